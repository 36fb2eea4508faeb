// The miniprogram-simulate harness both integration suites share (and the packed-tarball check):
// WeChat output of a real Taro or uni-app build, run in Node with WeChat's own WXML compiler.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

/** One node of j-component's `toJSON()` (miniprogram-simulate): what the WXML rendered. */
export interface RenderedNode {
  tagName: string
  attrs: { name: string; value: unknown }[]
  event: Record<string, { name: string; handler: string }>
  children: (RenderedNode | string)[]
}

/** A node miniprogram-simulate rendered (the subset of j-component's API used here). */
export interface RenderedElement {
  dom: Element
  toJSON(): RenderedNode
  /** WeChat selectors: classes and ids, not tag names; `>>>` pierces component boundaries. */
  querySelector(selector: string): RenderedElement | undefined
  querySelectorAll(selector: string): RenderedElement[]
  dispatchEvent(name: string, options?: { detail?: unknown }): void
}

/** A page as miniprogram-simulate renders it. */
export interface RenderedPage extends RenderedElement {
  instance: Record<string, unknown> & { onLoad?: (query: Record<string, string>) => void }
  attach(parent: Element): void
  detach(): void
}

interface Simulate {
  load(path: string, tagName: string, options: { rootPath: string; compiler: 'official'; usingComponents?: Record<string, string> }): string
  render(id: string, props?: Record<string, unknown>): RenderedPage
  sleep(ms?: number): Promise<void>
}

/** Every `wx.*` call the mini-program made, in order. */
export type WxCall = [name: string, args: unknown[]]

type Options = Record<string, unknown>

/** Options of {@link startMiniProgram}. */
export interface MiniProgramOptions {
  /** Single `wx` APIs answered differently, e.g. `getSystemInfoSync` answering `platform: 'windows'`. */
  overrides?: Record<string, (...args: unknown[]) => unknown>
  /**
   * Answer `wx` APIs the polyfill lacks with a recorded no-op (`{}` for `…Sync`), as uni's runtime
   * needs. Off for Taro, whose webpack runtime reads `wx.webpackJsonp` and must find nothing.
   */
  stubMissingApis?: boolean
}

/** A running mini-program: see {@link startMiniProgram}. */
export type MiniProgram = ReturnType<typeof startMiniProgram>

/**
 * Runs a WeChat build (Taro's `dist/` or uni's `mp-weixin/`) in Node with miniprogram-simulate and
 * WeChat's own WXML compiler (`compiler: 'official'`: the wcc binary of the `miniprogram-compiler`
 * package).
 *
 * STAND-INS for the WeChat client, which cannot run here: `wx` (miniprogram-simulate's polyfill,
 * every call recorded; see {@link MiniProgramOptions}), `App`, `getApp`, `getCurrentPages`, and `Page`, which registers the page
 * through j-component's `Component` as WeChat's page-as-component model does (Taro uses `Page`, uni
 * `Component`). Everything else is the real build output.
 *
 * @example
 * const mp = startMiniProgram('apps/taro-react-demo/dist')
 * const page = await mp.openPage('pages/index/index')
 * findAll(page.toJSON(), 'button')
 */
export function startMiniProgram(root: string, options: MiniProgramOptions = {}) {
  const overrides = options.overrides || {}
  const calls: WxCall[] = []
  const pages: Options[] = []
  let app: (Options & { onLaunch?: (o: unknown) => void }) | undefined
  // Requiring miniprogram-simulate installs j-component's `Component` and its `wx` polyfill.
  const simulate = require('miniprogram-simulate') as Simulate
  const Component = (globalThis as unknown as { Component: (o: Options) => void }).Component
  Object.assign(globalThis, {
    App(options: typeof app) {
      app = options
    },
    getApp: () => app,
    getCurrentPages: () => pages,
    // A page is a component whose functions are its methods (lifecycle + the framework's event handler).
    Page(options: Options) {
      const methods: Options = {}
      const rest: Options = {}
      for (const [key, value] of Object.entries(options)) (typeof value === 'function' ? methods : rest)[key] = value
      Component({ ...rest, methods })
    },
  })
  const polyfill = (globalThis as unknown as { wx: Options }).wx
  // Every wx.* call is recorded, then answered by an override, the polyfill, or nothing.
  // Other properties (webpack's `wx.webpackJsonp` chunk queue) are left as they are.
  ;(globalThis as unknown as { wx: unknown }).wx = new Proxy(polyfill, {
    get(target, name) {
      if (typeof name !== 'string') return undefined
      const real = overrides[name] || target[name]
      if (typeof real !== 'function' && (real !== undefined || !options.stubMissingApis)) return real
      return (...args: unknown[]) => {
        calls.push([name, args])
        return typeof real === 'function' ? real.apply(target, args) : name.endsWith('Sync') ? {} : undefined
      }
    },
  })
  require(join(root, 'app.js'))
  if (!app) throw new Error('app.js did not call App()')
  const launched = app
  launched.onLaunch?.call(launched, { path: 'pages/index/index', query: {}, scene: 1001 })

  const loaded = new Map<string, string>()
  // WeChat registers a custom component once and every page that uses it shares the definition.
  // miniprogram-simulate registers it again with each page, running its js again: a webpack build
  // (uni-app's Vue 2 CLI) then calls Component() only the first time (its module is cached), and the
  // second page would render no component. So each component is registered once, by its path, and
  // later pages get its id. A component that uses itself (Taro's `comp`) is left to
  // miniprogram-simulate inside its own registration.
  const components = new Map<string, string>()
  const registering = new Set<string>()
  const usingComponents = (path: string): Record<string, string> => {
    const json = readJson(join(root, path + '.json')) as { usingComponents?: Record<string, string> } | undefined
    const ids: Record<string, string> = {}
    for (const [tag, value] of Object.entries(json?.usingComponents || {})) {
      const file = value.startsWith('/') ? value.slice(1) : join(dirname(path), value)
      if (!existsSync(join(root, file + '.json')) || registering.has(file)) continue
      let id = components.get(file)
      if (id === undefined) {
        registering.add(file)
        try {
          id = simulate.load(join(root, file), tag, { rootPath: root, compiler: 'official', usingComponents: usingComponents(file) })
        } finally {
          registering.delete(file)
        }
        components.set(file, id)
      }
      ids[tag] = id
    }
    return ids
  }
  const settle = async () => {
    // Frameworks flush setData on a timer after a render; effects may render again.
    for (let i = 0; i < 5; i++) await simulate.sleep(0)
  }
  return {
    calls,
    app: launched,
    /** Loads, attaches and `onLoad`s a page the way WeChat opens it with `query`, then lets it settle. */
    async openPage(path: string, query: Record<string, string> = {}): Promise<RenderedPage> {
      // A page's js registers its definition once (Node caches the module), as in WeChat: load once,
      // then every open is a new instance of the same definition.
      let id = loaded.get(path)
      if (id === undefined) loaded.set(path, (id = simulate.load(join(root, path), '', { rootPath: root, compiler: 'official', usingComponents: usingComponents(path) })))
      const page = simulate.render(id)
      const instance = page.instance as Options & { onLoad?: (q: unknown) => void; onReady?: () => void; onShow?: () => void }
      // In WeChat the page is on the stack with its query as `options` before its components are
      // ready (components read it through getCurrentPages()); j-component readies them on attach.
      instance.options = { ...query }
      pages.push(page.instance)
      page.attach(document.createElement('parent-wrapper'))
      instance.onLoad?.call(instance, query)
      instance.onShow?.call(instance)
      instance.onReady?.call(instance)
      await settle()
      return page
    },
    settle,
    /**
     * Fires a native component event the way WeChat does for `contact`: not bubbling, not composed
     * (only touch events bubble in WeChat). j-component's own `dispatchEvent` makes every event
     * bubble and cross component boundaries, which would also hand the raw event to the page.
     */
    fireNativeEvent(node: RenderedElement, name: string, detail: unknown) {
      const exparserNode = (node as unknown as { _exparserNode: unknown })._exparserNode
      exparser().Event.dispatchEvent(exparserNode, exparser().Event.create(name, detail, { bubbles: false, composed: false }))
    },
  }
}

type Exparser = { Event: { create(name: string, detail: unknown, options: object): unknown; dispatchEvent(node: unknown, event: unknown): void } }

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined
}

/** j-component's element engine (WeChat's exparser), resolved from miniprogram-simulate's own dependencies. */
function exparser(): Exparser {
  const jComponent = require.resolve('j-component', { paths: [dirname(require.resolve('miniprogram-simulate'))] })
  return createRequire(jComponent)('miniprogram-exparser') as Exparser
}

/** The nodes with this tag name, depth first. */
export function findAll(node: RenderedNode, tagName: string, into: RenderedNode[] = []): RenderedNode[] {
  if (node.tagName === tagName) into.push(node)
  for (const child of node.children) if (typeof child !== 'string') findAll(child, tagName, into)
  return into
}

/** A rendered node's attributes as an object (the official compiler camelCases names: `sessionFrom`). */
export function attrsOf(node: RenderedNode): Record<string, unknown> {
  return Object.fromEntries(node.attrs.map((a) => [a.name, a.value]))
}

/** The text inside a node. */
export function textOf(node: RenderedNode): string {
  return node.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('')
}
