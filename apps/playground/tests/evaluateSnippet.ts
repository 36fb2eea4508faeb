// Runs the playground's snippets for real, so a test can compare what each yields with the string
// the page shows. The snippets are compiled with TypeScript's own transpiler and executed; the
// imports resolve to core (the wrappers re-export core, `export * from '@sobot-contact/core'`).
// What cannot run here is the frameworks' button itself (Taro's and uni-app's runtimes, APICloud
// Studio): each wrapper hands `session`/`card` to core's `resolveContactButtonProps` and binds the
// result, which the wrappers' own tests prove on the frameworks' compilers. So the stand-in below
// computes the button's attributes with core's `getContactButtonProps` from exactly the props the
// snippet passes.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import * as core from '@sobot-contact/core'
import ts from 'typescript'

const STAND_IN = Symbol('SobotContactButton stand-in')

interface Element {
  type: unknown
  props: Record<string, unknown>
}

/**
 * Compiles TS/TSX to CommonJS and runs it with `modules` as the only importable modules; returns its
 * exports and, as `locals`, the top-level bindings named in `expose` (what a `<script setup>` hands
 * its template). They are exposed in the source, before compiling, so that an import the template
 * alone uses is kept, as Vue's compiler keeps it.
 */
function run(source: string, modules: Record<string, unknown>, options: { tsx?: boolean; expose?: string[] } = {}) {
  const expose = (options.expose || []).map((n) => `${n}: typeof ${n} === 'undefined' ? undefined : ${n}`).join(', ')
  const { outputText } = ts.transpileModule(expose ? `${source}\nexport const __exposed = { ${expose} }\n` : source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, jsx: ts.JsxEmit.React, jsxFactory: 'h', esModuleInterop: false },
    fileName: options.tsx ? 'snippet.tsx' : 'snippet.ts',
  })
  const exports: Record<string, unknown> = {}
  const require = (name: string) => {
    if (!(name in modules)) throw new Error(`the snippet imports ${name}, which it should not`)
    return modules[name]
  }
  const h = (type: unknown, props: Record<string, unknown> | null, ...children: unknown[]): Element => ({ type, props: Object.assign({}, props, { children }) })
  new Function('require', 'exports', 'h', outputText)(require, exports, h)
  return { exports, locals: (exports.__exposed || {}) as Record<string, unknown> }
}

type Props = core.ContactButtonProps

/** The Taro snippet: renders its `ContactButton` and returns the attributes the button would get. */
export function evaluateTaroSnippet(snippet: string): Props {
  const { exports } = run(snippet, { '@sobot-contact/taro-react': Object.assign({}, core, { SobotContactButton: STAND_IN }) }, { tsx: true })
  const render = exports.ContactButton as () => Element
  const el = render()
  if (el.type !== STAND_IN) throw new Error('ContactButton does not render <SobotContactButton>')
  const { session, card, overflow } = el.props as { session: core.SessionFromInput; card?: core.ContactCard; overflow?: core.OverflowPolicy }
  return core.getContactButtonProps({ session, card }, overflow ? { overflow } : {})
}

/** The template and `<script setup>` of a uni-app SFC; the template must bind the script's `session` (and `card`, `overflow`). */
export function evaluateUniSnippet(snippet: string): Props {
  const template = /<template>([\s\S]*?)<\/template>/.exec(snippet)?.[1] || ''
  const script = /<script setup lang="ts">([\s\S]*?)<\/script>/.exec(snippet)?.[1]
  if (script === undefined) throw new Error('no <script setup lang="ts">')
  const overflowName = /<sobot-contact-button[^>]*\s:overflow="(\w+)"/.exec(template)?.[1]
  const { locals } = run(script, { '@sobot-contact/uni-vue': core }, { expose: ['session', 'card'].concat(overflowName ? [overflowName] : []) })
  const bound = (attr: string) => new RegExp(`<sobot-contact-button[^>]*\\s:${attr}="${attr}"`).test(template)
  if (!bound('session')) throw new Error('the template does not bind :session="session"')
  if (locals.card !== undefined && !bound('card')) throw new Error('the template does not bind :card="card"')
  const overflow = overflowName ? (locals[overflowName] as core.OverflowPolicy) : undefined
  if (overflowName && typeof overflow !== 'function') throw new Error(`:overflow="${overflowName}" is not a function in the script`)
  return core.getContactButtonProps({ session: locals.session as core.SessionFromInput, card: locals.card as core.ContactCard | undefined }, overflow ? { overflow } : {})
}

/** The APICloud AVM page: its `data()` gives the component's `session` and `card`. */
export function evaluateApicloudSnippet(snippet: string): Props {
  const template = /<template>([\s\S]*?)<\/template>/.exec(snippet)?.[1] || ''
  const script = /<script>([\s\S]*?)<\/script>/.exec(snippet)?.[1]
  if (script === undefined) throw new Error('no <script>')
  const { exports } = run(script, { '../../components/sobot-contact-button.stml': {}, '../../script/sobot-contact.js': core })
  const page = exports.default as { data(): { session: core.SessionFromInput | string; card?: core.ContactCard } }
  const data = page.data()
  if (!/<sobot-contact-button[^>]*\ssession=\{this\.data\.session\}/.test(template)) throw new Error('the template does not bind session')
  if (data.card !== undefined && !/\scard=\{this\.data\.card\}/.test(template)) throw new Error('the template does not bind card')
  return core.getContactButtonProps({ session: data.session, card: data.card })
}

/** Runs the CLI snippet in a shell with this package's `sobot-contact` (the workspace CLI) on PATH; returns stdout without the newline. */
export function runCliSnippet(snippet: string): string {
  const bin = fileURLToPath(new URL('../node_modules/.bin', import.meta.url))
  const out = execFileSync('sh', ['-c', snippet], { env: Object.assign({}, process.env, { PATH: `${bin}:${process.env.PATH}` }), encoding: 'utf8' })
  return out.replace(/\n$/, '')
}
