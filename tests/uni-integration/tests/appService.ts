// Runs the logic of a uni-app App build (`uni build -p app`: dist/build/app/app-service.js) in Node.
// There is no App runtime here (HBuilderX's base or a device), so what the base provides is stood in
// for, and each stand-in says so:
// - `Vue`: the app's own Vue (the demo's `vue`, @vue/runtime-core) with a renderer that keeps a plain
//   node tree instead of sending it to the App's view layer;
// - `plus` (HTML5+, the device's native modules) and `uni`'s few calls the pages make: given by the test;
// - `__definePage`: records the pages the build registers, which the test mounts one at a time.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import vm from 'node:vm'

/** A node of the stand-in renderer's tree: an element (its props as Vue patched them) or a text. */
export interface AppNode {
  tag: string
  props: Record<string, unknown>
  children: AppNode[]
  text?: string
  parent?: AppNode | undefined
}

/** What the built service gets in place of the App base's globals. */
export interface AppGlobals {
  /** Stand-in for HTML5+'s `plus`. */
  plus: unknown
  /** Stand-in for the calls of `uni` the pages make (`navigateTo`…). */
  uni: Record<string, unknown>
}

/** One page of the built App, mounted on the stand-in renderer. */
export interface MountedPage {
  /** Every node now (after Vue's updates). */
  nodes(): AppNode[]
  /** The text of the nodes under the first element whose class contains `className`. */
  textOf(className: string): string
  /** The first element with this tag whose class contains `className`. */
  find(tag: string, className: string): AppNode
}

function node(tag: string, text?: string): AppNode {
  const made: AppNode = { tag, props: {}, children: [] }
  if (text !== undefined) made.text = text
  return made
}

/** Vue's node operations on a plain tree (what the App's view layer would draw). */
const nodeOps = {
  createElement: (tag: string) => node(tag),
  createText: (text: string) => node('#text', text),
  createComment: (text: string) => node('#comment', text),
  setText: (n: AppNode, text: string) => {
    n.text = text
  },
  setElementText: (el: AppNode, text: string) => {
    el.children = [Object.assign(node('#text', text), { parent: el })]
  },
  insert: (child: AppNode, parent: AppNode, anchor?: AppNode | null) => {
    nodeOps.remove(child)
    const at = anchor ? parent.children.indexOf(anchor) : -1
    if (at < 0) parent.children.push(child)
    else parent.children.splice(at, 0, child)
    child.parent = parent
  },
  remove: (child: AppNode) => {
    const parent = child.parent
    if (parent) parent.children.splice(parent.children.indexOf(child), 1)
    child.parent = undefined
  },
  parentNode: (n: AppNode) => n.parent || null,
  nextSibling: (n: AppNode) => (n.parent && n.parent.children[n.parent.children.indexOf(n) + 1]) || null,
  patchProp: (el: AppNode, key: string, _prev: unknown, next: unknown) => {
    el.props[key] = next
  },
}

/**
 * Loads a built App's `app-service.js` with the stand-ins above and `globals`, and returns a
 * function that mounts one of the pages it registered.
 */
export function loadAppService(appDir: string, projectDir: string, globals: AppGlobals): (page: string) => MountedPage {
  // The demo's own Vue (the version its build compiled the pages against).
  const runtime = createRequire(createRequire(join(projectDir, 'package.json')).resolve('vue'))('@vue/runtime-core')
  const pages: Record<string, unknown> = {}
  // `createVueApp` is the base's: the App component is not mounted here, only the pages.
  const Vue = { ...runtime, createVueApp: () => ({ provide() {}, use() {}, _component: {}, mount() {} }) }
  const context = vm.createContext({
    ...globals,
    Vue,
    weex: {},
    __uniConfig: { styles: [] },
    __definePage: (name: string, component: unknown) => {
      pages[name] = component
    },
    getCurrentPages: () => [],
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
  })
  vm.runInContext(readFileSync(join(appDir, 'app-service.js'), 'utf8'), context, { filename: 'app-service.js' })
  const renderer = runtime.createRenderer(nodeOps)
  return (page) => {
    if (!pages[page]) throw new Error(`the App build registers no page ${page} (it has ${Object.keys(pages).join(', ')})`)
    const root = node('page')
    renderer.createApp(pages[page]).mount(root)
    const nodes = () => {
      const all: AppNode[] = []
      const walk = (n: AppNode) => {
        all.push(n)
        n.children.forEach(walk)
      }
      walk(root)
      return all
    }
    const find = (tag: string, className: string) => {
      const found = nodes().find((n) => (tag === '*' || n.tag === tag) && String(n.props.class || '').split(/\s+/).indexOf(className) >= 0)
      if (!found) throw new Error(`no <${tag}> with class ${className} on ${page}`)
      return found
    }
    const textOf = (className: string) => {
      const parts: string[] = []
      const walk = (n: AppNode) => {
        if (n.text !== undefined && n.tag === '#text') parts.push(n.text)
        n.children.forEach(walk)
      }
      walk(find('*', className))
      return parts.join('')
    }
    return { nodes, find, textOf }
  }
}
