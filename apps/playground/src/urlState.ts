import { emptyState, OVERFLOW_CONDITIONS, type KeyValueRow, type PlaygroundState, type RoutingRow } from './playgroundState'
import type { Lang } from './messages'

/** The page's tabs. */
export type Tab = 'build' | 'inspect' | 'errors'

/** Everything a shared link reproduces. */
export interface UrlState {
  lang: Lang
  tab: Tab
  form: PlaygroundState
  /** What is pasted into the Inspect tab. */
  inspect: string
  /** An error code to scroll to on the Errors tab. */
  code: string
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '')
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const bag = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {})

function keyValueRows(v: unknown): KeyValueRow[] {
  return list(v).map((x) => {
    const r = bag(x)
    const type = r.type === 'number' || r.type === 'boolean' ? r.type : 'string'
    return { key: str(r.k), value: str(r.v), type }
  })
}

function routingRows(v: unknown): RoutingRow[] {
  return list(v).map((x) => {
    const r = bag(x)
    const kind = r.kind === 'agent' ? 'agent' : 'group'
    const when = str(r.when)
    const known = (OVERFLOW_CONDITIONS[kind] as readonly string[]).indexOf(when) >= 0
    return { kind, id: str(r.id), overflowWhen: (known ? when : '') as RoutingRow['overflowWhen'] }
  })
}

/**
 * The form as compact JSON for the URL: short keys, empty values left out.
 *
 * @example
 * formToJson({ ...emptyState(), nickname: 'Tom' }) // '{"n":"Tom"}'
 */
export function formToJson(form: PlaygroundState): string {
  const out: Record<string, unknown> = {}
  const put = (key: string, v: unknown) => {
    if (v === '' || v === false || (Array.isArray(v) && !v.length)) return
    out[key] = v
  }
  const kv = (rows: KeyValueRow[]) => rows.map((r) => (r.type === 'string' ? { k: r.key, v: r.value } : { k: r.key, v: r.value, type: r.type }))
  put('n', form.nickname)
  put('a', form.avatarUrl)
  put('p', kv(form.params))
  put('r', form.routing.map((r) => (r.overflowWhen ? { kind: r.kind, id: r.id, when: r.overflowWhen } : { kind: r.kind, id: r.id })))
  put('cc', form.customerCode)
  put('fg', form.flowGroupId)
  put('pid', form.partnerId)
  put('rid', form.robotId)
  put('uid', form.unionId)
  put('cf', kv(form.customerFields))
  put('card', form.cardEnabled)
  put('ct', form.cardTitle)
  put('cp', form.cardPath)
  put('ci', form.cardImageUrl)
  put('short', form.shorten)
  put('wl', form.webLink)
  return JSON.stringify(out)
}

/**
 * Reads what {@link formToJson} wrote. Anything unreadable becomes the empty value, never an exception.
 *
 * @example
 * formFromJson('{"n":"Tom"}').nickname // 'Tom'
 */
export function formFromJson(json: string): PlaygroundState {
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch {
    raw = {}
  }
  const r = bag(raw)
  return Object.assign(emptyState(), {
    nickname: str(r.n),
    avatarUrl: str(r.a),
    params: keyValueRows(r.p),
    routing: routingRows(r.r),
    customerCode: str(r.cc),
    flowGroupId: str(r.fg),
    partnerId: str(r.pid),
    robotId: str(r.rid),
    unionId: str(r.uid),
    customerFields: keyValueRows(r.cf),
    cardEnabled: r.card === true,
    cardTitle: str(r.ct),
    cardPath: str(r.cp),
    cardImageUrl: str(r.ci),
    shorten: r.short === true,
    webLink: str(r.wl),
  })
}

/**
 * The URL hash for a state. The hash never reaches a server, so what is typed (a UnionID, say)
 * stays in the browser and in the link the user chooses to share.
 *
 * @example
 * writeUrlState({ lang: 'en', tab: 'build', form, inspect: '', code: '' }) // '#lang=en&s=%7B…'
 */
export function writeUrlState(state: UrlState): string {
  const q = new URLSearchParams()
  if (state.lang !== 'zh') q.set('lang', state.lang)
  if (state.tab !== 'build') q.set('tab', state.tab)
  q.set('s', formToJson(state.form))
  if (state.inspect) q.set('in', state.inspect)
  if (state.code) q.set('code', state.code)
  return '#' + q.toString()
}

/**
 * Reads a URL hash written by {@link writeUrlState}; `fallback` supplies the form when the hash has none.
 *
 * @example
 * readUrlState(location.hash, sampleState)
 */
export function readUrlState(hash: string, fallback: () => PlaygroundState): UrlState {
  const q = new URLSearchParams(hash.replace(/^#/, ''))
  const tab = q.get('tab')
  const s = q.get('s')
  return {
    lang: q.get('lang') === 'en' ? 'en' : 'zh',
    tab: tab === 'inspect' || tab === 'errors' ? tab : 'build',
    form: s === null ? fallback() : formFromJson(s),
    inspect: q.get('in') || '',
    code: q.get('code') || '',
  }
}
