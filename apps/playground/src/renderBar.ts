import { KF_SESSION_FIELDS, SESSION_FROM_FIELDS, type KfFieldName, type KfSceneParamMeasure, type SessionFromMeasure } from '@sobot-contact/core'
import { h } from './h'
import { format, type Messages } from './messages'

/** What one bar shows: the total against a limit, and the parts (`[colour key, name, bytes]`) that make it up. */
interface Bar {
  bytes: number
  limit: number
  remaining: number
  fits: boolean
  parts: [string, string, number][]
  /** The bar's bytes per byte of a part (1; 4/3 where the parts are JSON and the total its Base64). */
  scale: number
  /** The bar's accessible name, and the breakdown's byte column. */
  label: string
  unit: string
}

/** A limit as a bar split by part (each segment focusable, its bytes shown on hover or focus), the total, and the breakdown table. */
function renderLimitBar(bar: Bar, t: Messages, id: string): HTMLElement {
  const scale = Math.max(bar.bytes, bar.limit)
  const pct = (n: number) => ((n / scale) * 100).toFixed(3) + '%'
  const segments = bar.parts.map(([key, name, bytes]) =>
    h(
      'span',
      { class: `seg seg-${key}`, style: `width:${pct(bytes * bar.scale)}`, tabindex: 0, role: 'img', 'aria-label': `${name}: ${bytes} ${bar.unit}`, 'data-field': key, 'data-bytes': bytes },
      h('span', { class: 'tip', 'aria-hidden': 'true' }, `${name}: ${bytes} ${bar.unit}`),
    ),
  )
  const status = bar.fits ? format(t.remaining, { n: bar.remaining }) : format(t.over, { n: -bar.remaining })
  return h(
    'div',
    { class: 'bytes' + (bar.fits ? '' : ' over'), id },
    h('p', { class: 'total' }, h('strong', { class: 'byte-count', 'data-bytes': bar.bytes }, String(bar.bytes)), ` / ${bar.limit} ${t.bytes} · `, h('span', { class: 'remaining' }, status)),
    h('div', { class: 'bar', role: 'group', 'aria-label': bar.label }, segments, h('span', { class: 'limit', style: `left:${pct(bar.limit)}`, 'aria-hidden': 'true' })),
    h(
      'table',
      { class: 'breakdown' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t.field), h('th', { scope: 'col' }, bar.unit))),
      h('tbody', {}, bar.parts.map(([key, name, bytes]) => h('tr', { 'data-field': key }, h('th', { scope: 'row' }, h('span', { class: `swatch seg-${key}` }), name), h('td', {}, String(bytes))))),
    ),
  )
}

/**
 * WeChat's 1000 bytes of `session-from` as a bar split by field, the total against the limit, and the
 * breakdown table core's `measureSessionFrom` gives.
 *
 * @example
 * container.append(renderBar(measureSessionFrom(input), messages('zh'), 'build-bytes'))
 */
export function renderBar(measure: SessionFromMeasure, t: Messages, id: string): HTMLElement {
  const parts: [string, string, number][] = SESSION_FROM_FIELDS.filter((f) => measure.fields[f] > 0).map((f) => [f, f, measure.fields[f]])
  parts.push(['overhead', t.separators, measure.overhead])
  return renderLimitBar({ ...measure, parts, scale: 1, label: t.bar, unit: t.bytes }, t, id)
}

/** The session field each of Sobot's 微信客服 names comes from (its colour); `extra` for the extra fields. */
const colourOf = (name: KfFieldName) => (Object.keys(KF_SESSION_FIELDS) as (keyof typeof KF_SESSION_FIELDS)[]).filter((k) => KF_SESSION_FIELDS[k] === name)[0] || 'extra'

/**
 * Sobot's 微信客服 128 bytes of Base64 as a bar split by field (by Sobot's names, each field's JSON
 * bytes drawn at 4/3, as Base64 writes them), beside the 1000-byte one; from core's `measureKfSceneParam`.
 *
 * @example
 * container.append(renderKfBar(measureKfSceneParam(input), messages('en'), 'build-kf-bytes'))
 */
export function renderKfBar(measure: KfSceneParamMeasure, t: Messages, id: string): HTMLElement {
  const names = Object.keys(measure.fields) as KfFieldName[]
  const parts: [string, string, number][] = names.map((name) => [colourOf(name), name, measure.fields[name] as number])
  if (measure.jsonBytes) parts.push(['overhead', t.jsonOverhead, measure.overhead])
  return renderLimitBar({ ...measure, parts, scale: measure.jsonBytes ? measure.bytes / measure.jsonBytes : 1, label: t.kfBar, unit: t.jsonBytes }, t, id)
}
