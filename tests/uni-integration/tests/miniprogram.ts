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
  toJSON(): RenderedNode
  /** WeChat selectors: classes and ids, not tag names. */
  querySelector(selector: string): RenderedElement | undefined
}

/** A page as miniprogram-simulate renders it. */
export interface RenderedPage extends RenderedElement {
  instance: Record<string, unknown> & { onLoad?: (query: Record<string, string>) => void }
  attach(parent: Element): void
  detach(): void
}

interface Simulate {
  load(path: string, options: { rootPath: string; compiler: 'official' }): string
  render(id: string, props?: Record<string, unknown>): RenderedPage
  sleep(ms?: number): Promise<void>
}

/** Every `wx.*` call the mini-program made, in order. */
export type WxCall = [name: string, args: unknown[]]

/**
 * Runs the uni-app mp-weixin output in Node with miniprogram-simulate and WeChat's own WXML
 * compiler (`compiler: 'official'`, the `miniprogram-compiler` package's wcc).
 *
 * STAND-INS for the WeChat client, which cannot run here: `wx` (miniprogram-simulate's polyfill, every call recorded),
 * `App`, `Page`, `getApp`, `getCurrentPages`. Everything else is the real build output: uni's runtime in
 * `common/vendor.js`, the pages, and the `<sobot-contact-button>` component.
 */
export function startMiniProgram(root: string) {
  const calls: WxCall[] = []
  const pages: Record<string, unknown>[] = []
  let app: (Record<string, unknown> & { onLaunch?: (o: unknown) => void }) | undefined
  Object.assign(globalThis, {
    App: (options: typeof app) => {
      app = options
    },
    getApp: () => app,
    getCurrentPages: () => pages,
    Page: () => {
      throw new Error('unexpected Page(): uni-app registers its pages with Component()')
    },
  })
  // Requiring miniprogram-simulate installs its `Component` (j-component) and its `wx` polyfill
  // (navigateTo answers "navigateTo:ok", …) before uni's runtime wraps them.
  const simulate = require('miniprogram-simulate') as Simulate
  const polyfill = (globalThis as unknown as { wx: Record<string, unknown> }).wx
  // Every wx.* call is recorded, then answered by the polyfill (or ignored when it has no such API).
  ;(globalThis as unknown as { wx: unknown }).wx = new Proxy(polyfill, {
    get(target, name) {
      if (typeof name !== 'string') return undefined
      const real = target[name]
      if (real !== undefined && typeof real !== 'function') return real
      return (...args: unknown[]) => {
        calls.push([name, args])
        return typeof real === 'function' ? real.apply(target, args) : name.endsWith('Sync') ? {} : undefined
      }
    },
  })
  require(join(root, 'app.js'))
  if (!app) throw new Error('app.js did not call App()')
  app.onLaunch?.call(app, { path: 'pages/index/index', query: {}, scene: 1001 })

  return {
    calls,
    app,
    /** Loads, attaches and `onLoad`s a page, as WeChat does when it is opened with `query`. */
    async openPage(path: string, query: Record<string, string> = {}): Promise<RenderedPage> {
      const id = simulate.load(join(root, path), { rootPath: root, compiler: 'official' })
      const page = simulate.render(id)
      page.attach(document.createElement('parent-wrapper'))
      pages.push(page.instance)
      page.instance.onLoad?.call(page.instance, query)
      await simulate.sleep(0)
      return page
    },
    sleep: simulate.sleep,
    /**
     * Fires a native component event the way WeChat does for `contact`: not bubbling, not composed
     * (only touch events bubble in WeChat). j-component's own `dispatchEvent` makes every event
     * bubble and cross component boundaries, which would also hand the raw event to the page.
     */
    fireNativeEvent(node: RenderedElement, name: string, detail: unknown) {
      const exparserNode = (node as unknown as { _exparserNode: unknown })._exparserNode
      exparser.Event.dispatchEvent(exparserNode, exparser.Event.create(name, detail, { bubbles: false, composed: false }))
    },
  }
}

// j-component's element engine (WeChat's exparser), resolved from miniprogram-simulate's own dependencies.
const exparser = createRequire(require.resolve('j-component', { paths: [dirname(require.resolve('miniprogram-simulate'))] }))(
  'miniprogram-exparser',
) as { Event: { create(name: string, detail: unknown, options: object): unknown; dispatchEvent(node: unknown, event: unknown): void } }

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
