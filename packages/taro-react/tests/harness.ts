import { document, eventHandler, getComponentsAlias, type TaroRootElement } from '@tarojs/runtime'
import { render, unmountComponentAtNode } from '@tarojs/react'
import type { ReactElement } from 'react'

/** A node of the page data Taro sends to WeChat with `setData` (`nn` = node name alias, `cn` = children). */
export interface MiniNode {
  nn: string
  sid: string
  cn?: MiniNode[]
  v?: string
  [alias: string]: unknown
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

/** Applies one `setData` payload (`{ 'root.cn.[0].cn.[1].p16': 'x' }`) to a data tree, as WeChat does. */
function applySetData(tree: Record<string, unknown>, payload: Record<string, unknown>) {
  for (const [path, value] of Object.entries(payload)) {
    const keys = path.replace(/\[(\d+)\]/g, '$1').split('.')
    let node: Record<string, unknown> = tree
    keys.slice(0, -1).forEach((key, i) => {
      if (node[key] === undefined || node[key] === null) node[key] = /^\d+$/.test(keys[i + 1] as string) ? [] : {}
      node = node[key] as Record<string, unknown>
    })
    node[keys[keys.length - 1] as string] = structuredClone(value)
  }
}

/** Taro's attribute aliases for a component, e.g. `button.sessionFrom` → `p16` (derived, never hard-coded). */
export function aliasesOf(component: string): { nodeName: string; attrs: Record<string, string> } {
  const table = getComponentsAlias() as Record<string, Record<string, string>>
  const entry = table[component]
  if (!entry) throw new Error(`no ${component} in Taro's components alias table`)
  const { _num, ...attrs } = entry
  return { nodeName: _num as string, attrs }
}

/** The decoded props of a rendered node: alias keys turned back into Taro prop names. */
export function propsOf(node: MiniNode, component: string): Record<string, unknown> {
  const { attrs } = aliasesOf(component)
  const back = Object.fromEntries(Object.entries(attrs).map(([name, alias]) => [alias, name]))
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) if (back[key]) out[back[key] as string] = value
  if (node.cl !== undefined) out.className = node.cl
  if (node.st !== undefined) out.style = node.st
  return out
}

/** Every node with this component's node name, depth first. */
export function findAll(node: MiniNode | { cn?: MiniNode[] }, component: string, into: MiniNode[] = []): MiniNode[] {
  const { nodeName } = aliasesOf(component)
  if ('nn' in node && node.nn === nodeName) into.push(node)
  for (const child of node.cn ?? []) findAll(child, component, into)
  return into
}

/** The text under a node. */
export function textOf(node: MiniNode): string {
  return (node.v ?? '') + (node.cn ?? []).map(textOf).join('')
}

/**
 * Renders a React element with Taro's mini-program reconciler into a Taro page root whose page
 * instance records every `setData` — what WeChat's page would receive.
 */
export async function renderMini(element: ReactElement) {
  const root = document.createElement('root') as TaroRootElement
  const payloads: Record<string, unknown>[] = []
  const data: Record<string, unknown> = {}
  root.ctx = {
    setData(payload: Record<string, unknown>, cb?: () => void) {
      payloads.push(payload)
      applySetData(data, payload)
      cb?.()
    },
  } as unknown as TaroRootElement['ctx']
  const settle = async () => {
    // React commits, effects run, then the root flushes setData on a timer.
    for (let i = 0; i < 4; i++) await tick()
  }
  render(element, root as never, () => {})
  await settle()
  return {
    payloads,
    data,
    /** The page tree WeChat holds after every setData so far. */
    get tree(): { cn?: MiniNode[] } {
      return (data.root ?? {}) as { cn?: MiniNode[] }
    },
    async rerender(next: ReactElement) {
      render(next, root as never, () => {})
      await settle()
    },
    /** Fires a WeChat event on a node the way the page's `eh` handler receives it from WXML. */
    async fire(node: MiniNode, type: string, detail: unknown) {
      const target = { id: node.sid, dataset: { sid: node.sid } }
      eventHandler({ type, detail, target, currentTarget: target, timeStamp: Date.now() } as never)
      await settle()
    },
    settle,
    unmount() {
      unmountComponentAtNode(root as never)
    },
  }
}
