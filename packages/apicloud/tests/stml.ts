// Reads an AVM single-file component (.stml) the way a compiler would: the markup parsed with a
// real HTML/XML parser (htmlparser2), the <script> loaded as an ES module with its imports pointed
// at real files, and {expression} bindings evaluated on a component instance. No AVM compiler is
// published outside APICloud Studio, so the instance is a plain object with AVM's component
// surface: props, data, fire(name, detail), the methods, and the lifecycle hooks.
// Shared by this package's tests and apps/apicloud-demo's.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Element } from 'domhandler'
import { parseDocument } from 'htmlparser2'

export type { Element }

/** An AVM component or page definition (the script's default export). */
export interface StmlDefinition {
  name: string
  data?: () => Record<string, unknown>
  methods?: Record<string, (...args: unknown[]) => unknown>
  installed?: () => void
  afterUpdate?: () => void
}
export type Instance = Record<string, unknown> & { props: Record<string, unknown>; data: Record<string, unknown> }
export type Fired = [string, unknown][]

/** Every element named `name` under `node`, depth first. */
export function elements(node: { children?: unknown[] }, name: string): Element[] {
  return (node.children || []).flatMap((c) => {
    const el = c as Element
    return el.type === 'tag' || el.type === 'script' || el.type === 'style'
      ? [...(el.name === name ? [el] : []), ...elements(el, name)]
      : []
  })
}

/** Parses an .stml file: its <template> element and the text of its <script>. */
export function parseStml(file: string): { template: Element; script: string } {
  const doc = parseDocument(readFileSync(file, 'utf8'), { lowerCaseAttributeNames: false, recognizeSelfClosing: true })
  const template = elements(doc, 'template')[0]
  const script = elements(doc, 'script')[0]
  if (!template || !script) throw new Error(`${file}: no <template> or <script>`)
  return { template, script: (script.children[0] as { data: string }).data }
}

/**
 * Loads a script as an ES module. `imports` maps each import specifier in it to a real file; an
 * import of an .stml (AVM registers the component) is dropped. Every other import is an error.
 */
export async function loadScript(script: string, imports: Record<string, string>): Promise<StmlDefinition> {
  let code = script.replace(/^\s*import\s+'[^']+\.stml'\s*;?\s*$/gm, '')
  code = code.replace(/from\s+'([^']+)'/g, (_m, spec: string) => {
    const target = imports[spec]
    if (!target) throw new Error(`unexpected import '${spec}'`)
    return `from '${pathToFileURL(target).href}'`
  })
  const dir = mkdtempSync(join(tmpdir(), 'sobot-stml-'))
  try {
    const file = join(dir, 'script.mjs')
    writeFileSync(file, code)
    return ((await import(pathToFileURL(file).href)) as { default: StmlDefinition }).default
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Evaluates an `{expression}` binding on an instance. */
export function evaluate(binding: string, vm: Instance): unknown {
  const m = /^\{([\s\S]*)\}$/.exec(binding.trim())
  if (!m) throw new Error(`not a {binding}: ${binding}`)
  return new Function(`return (${m[1]})`).call(vm)
}

/** An instance of a definition with the given props, `installed()` already run. */
export function mount(definition: StmlDefinition, props: Record<string, unknown> = {}): { vm: Instance; fired: Fired } {
  const fired: Fired = []
  const vm: Instance = { props, data: {}, fire: (name: string, detail: unknown) => fired.push([name, detail]) }
  for (const [k, fn] of Object.entries(definition.methods || {})) vm[k] = fn.bind(vm)
  if (definition.data) vm.data = definition.data.call(vm)
  if (definition.installed) definition.installed.call(vm)
  return { vm, fired }
}

/** The element's attributes, `{bindings}` evaluated on `vm`, event handlers (`on…`) left out. */
export function renderAttributes(el: Element, vm: Instance): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(el.attribs)) {
    if (name.startsWith('on')) continue
    out[name] = value.startsWith('{') ? evaluate(value, vm) : value
  }
  return out
}
