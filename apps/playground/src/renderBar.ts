import { SESSION_FROM_BYTE_LIMIT, SESSION_FROM_FIELDS, type SessionFromMeasure } from '@sobot-contact/core'
import { h } from './h'
import { format, type Messages } from './messages'

/**
 * WeChat's 1000 bytes as a bar split by field (each segment focusable, its bytes shown on hover or
 * focus), the total against the limit, and the breakdown table core's `measureSessionFrom` gives.
 *
 * @example
 * container.append(renderBar(measureSessionFrom(input), messages('zh')))
 */
export function renderBar(measure: SessionFromMeasure, t: Messages, id: string): HTMLElement {
  const scale = Math.max(measure.bytes, SESSION_FROM_BYTE_LIMIT)
  const pct = (n: number) => ((n / scale) * 100).toFixed(3) + '%'
  const parts: [string, string, number][] = SESSION_FROM_FIELDS.filter((f) => measure.fields[f] > 0).map((f) => [f, f, measure.fields[f]])
  parts.push(['overhead', t.separators, measure.overhead])
  const segments = parts.map(([key, name, bytes]) =>
    h(
      'span',
      { class: `seg seg-${key}`, style: `width:${pct(bytes)}`, tabindex: 0, role: 'img', 'aria-label': `${name}: ${bytes} ${t.bytes}`, 'data-field': key, 'data-bytes': bytes },
      h('span', { class: 'tip', 'aria-hidden': 'true' }, `${name}: ${bytes} ${t.bytes}`),
    ),
  )
  const status = measure.fits ? format(t.remaining, { n: measure.remaining }) : format(t.over, { n: -measure.remaining })
  return h(
    'div',
    { class: 'bytes' + (measure.fits ? '' : ' over'), id },
    h(
      'p',
      { class: 'total' },
      h('strong', { class: 'byte-count', 'data-bytes': measure.bytes }, String(measure.bytes)),
      ` / ${measure.limit} ${t.bytes} · `,
      h('span', { class: 'remaining' }, status),
    ),
    h(
      'div',
      { class: 'bar', role: 'group', 'aria-label': t.bar },
      segments,
      h('span', { class: 'limit', style: `left:${pct(SESSION_FROM_BYTE_LIMIT)}`, 'aria-hidden': 'true' }),
    ),
    h(
      'table',
      { class: 'breakdown' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t.field), h('th', { scope: 'col' }, t.bytes))),
      h(
        'tbody',
        {},
        parts.map(([key, name, bytes]) => h('tr', { 'data-field': key }, h('th', { scope: 'row' }, h('span', { class: `swatch seg-${key}` }), name), h('td', {}, String(bytes)))),
      ),
    ),
  )
}
