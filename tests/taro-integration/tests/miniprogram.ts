import { createRequire } from 'node:module'
import { join } from 'node:path'

const require = createRequire(import.meta.url)

/** One node of j-component's `toJSON()` (miniprogram-simulate): what WeChat's WXML rendered. */
export interface RenderedNode {
  tagName: string
  attrs: { name: string; value: unknown }[]
  event: Record<string, { name: string; handler: string }>
  children: (RenderedNode | string)[]
}

/** A page rendered by miniprogram-simulate (the part of j-component's API used here). */
export interface RenderedPage {
  instance: Record<string, unknown>
  toJSON(): RenderedNode
  querySelector(selector: string): RenderedElement | undefined
  querySelectorAll(selector: string): RenderedElement[]
  attach(parent: Element): void
  detach(): void
}

/** A rendered element (j-component). */
export interface RenderedElement {
  dom: Element
  toJSON(): RenderedNode
  dispatchEvent(name: string, options?: { detail?: unknown }): void
  querySelector(selector: string): RenderedElement | undefined
}

interface Simulate {
  load(path: string, options: { rootPath: string; compiler: 'official' }): string
  render(id: string, props?: Record<string, unknown>): RenderedPage
  sleep(ms?: number): Promise<void>
}

/** A `wx.*` call the mini-program made. */
export type WxCall = [name: string, args: unknown[]]

type Options = Record<string, unknown>

/**
 * Runs Taro's weapp output in Node with miniprogram-simulate and WeChat's own WXML compiler
 * (`compiler: 'official'`: the wcc binary shipped in the `miniprogram-compiler` package).
 *
 * STAND-INS for the WeChat client, which cannot run here: `wx` (miniprogram-simulate's polyfill,
 * every call recorded), `App`, `getApp`, `getCurrentPages`, and `Page`, which registers the page
 * through j-component's `Component` as WeChat's page-as-component model does. Everything else is the
 * real build: app.js, runtime.js/taro.js/vendors.js/common.js, the pages, base.wxml, comp.
 */
export function startMiniProgram(root: string) {
  const calls: WxCall[] = []
  const pages: Options[] = []
  let app: Options | undefined
  const simulate = require('miniprogram-simulate') as Simulate
  // j-component's Component(), installed globally by miniprogram-simulate.
  const Component = (globalThis as unknown as { Component: (o: Options) => void }).Component
  Object.assign(globalThis, {
    App(options: Options) {
      app = options
    },
    getApp: () => app,
    getCurrentPages: () => pages,
    // A page is a component whose functions are its methods (lifecycle + Taro's `eh` event handler).
    Page(options: Options) {
      const methods: Options = {}
      const rest: Options = {}
      for (const [key, value] of Object.entries(options)) (typeof value === 'function' ? methods : rest)[key] = value
      Component({ ...rest, methods })
    },
  })
  const polyfill = (globalThis as unknown as { wx: Options }).wx
  // Every wx.* API call is recorded, then answered by the polyfill (navigateTo → "navigateTo:ok").
  // Other properties (webpack's `wx.webpackJsonp` chunk queue) are left as they are.
  ;(globalThis as unknown as { wx: unknown }).wx = new Proxy(polyfill, {
    get(target, name) {
      const real = typeof name === 'string' ? target[name] : undefined
      if (typeof name !== 'string' || typeof real !== 'function') return real
      return (...args: unknown[]) => {
        calls.push([name, args])
        return (real as (...a: unknown[]) => unknown).apply(target, args)
      }
    },
  })
  require(join(root, 'app.js'))
  if (!app) throw new Error('app.js did not call App()')
  const launched = app
  ;(launched.onLaunch as ((o: unknown) => void) | undefined)?.call(launched, { path: 'pages/index/index', query: {}, scene: 1001 })

  const loaded = new Map<string, string>()
  return {
    calls,
    app: launched,
    /** Loads, attaches and `onLoad`s a page the way WeChat opens it with `query`, then waits for Taro's setData. */
    async openPage(path: string, query: Record<string, string> = {}): Promise<RenderedPage> {
      // A page's js registers its Page() once (Node caches the module), as WeChat does: load once,
      // then every open is a new instance of the same definition.
      let id = loaded.get(path)
      if (id === undefined) loaded.set(path, (id = simulate.load(join(root, path), { rootPath: root, compiler: 'official' })))
      const page = simulate.render(id)
      page.attach(document.createElement('parent-wrapper'))
      pages.push(page.instance)
      const instance = page.instance as Options & { onLoad?: (q: unknown) => void; onReady?: () => void; onShow?: () => void }
      instance.onLoad?.call(instance, query)
      instance.onShow?.call(instance)
      instance.onReady?.call(instance)
      await settle(simulate)
      return page
    },
    settle: () => settle(simulate),
  }
}

async function settle(simulate: Simulate) {
  // Taro flushes setData on a timer after React commits; effects may render again.
  for (let i = 0; i < 5; i++) await simulate.sleep(0)
}

/** The nodes with this tag name, depth first. */
export function findAll(node: RenderedNode, tagName: string, into: RenderedNode[] = []): RenderedNode[] {
  if (node.tagName === tagName) into.push(node)
  for (const child of node.children) if (typeof child !== 'string') findAll(child, tagName, into)
  return into
}

/** A rendered node's attributes (the official compiler camelCases names: `sessionFrom`). */
export function attrsOf(node: RenderedNode): Record<string, unknown> {
  return Object.fromEntries(node.attrs.map((a) => [a.name, a.value]))
}

/** The text inside a node. */
export function textOf(node: RenderedNode): string {
  return node.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('')
}
