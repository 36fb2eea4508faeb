/** `bindcontact`'s `detail`: the card the user tapped in the chat (Taro types it `{ errMsg, path, query }`). */
export interface ContactEventDetail {
  path?: string
  query?: Record<string, unknown> | string
  errMsg?: string
}

/** Where to take the user after they tapped a mini-program card in the chat. */
export interface ContactTarget {
  /** A page URL for `navigateTo`, e.g. `/pages/product/index?id=42`. */
  url: string
  /** The page path without leading `/`, e.g. `pages/product/index`. */
  path: string
  /** The query, values as strings. */
  query: Record<string, string>
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '))
  } catch {
    return s
  }
}

function parseQuery(qs: string, into: Record<string, string>) {
  for (const pair of qs.split('&')) {
    if (!pair) continue
    const eq = pair.indexOf('=')
    into[decode(eq < 0 ? pair : pair.slice(0, eq))] = eq < 0 ? '' : decode(pair.slice(eq + 1))
  }
}

/**
 * Turns the contact button's `bindcontact` detail into a page URL a router can navigate to, or
 * `null` when the user came back from the chat without tapping a card.
 *
 * @param detail - `event.detail` of `bindcontact` / Taro `onContact` / uni-app `@contact`.
 * @example
 * parseContactEvent({ path: 'pages/product/index', query: { id: '42' } })
 * // { url: '/pages/product/index?id=42', path: 'pages/product/index', query: { id: '42' } }
 * @see https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/customer-message/customer-message.html
 */
export function parseContactEvent(detail: ContactEventDetail | null | undefined): ContactTarget | null {
  if (!detail || typeof detail.path !== 'string') return null
  const query: Record<string, string> = {}
  let path = detail.path.trim()
  const q = path.indexOf('?')
  if (q >= 0) {
    parseQuery(path.slice(q + 1), query)
    path = path.slice(0, q)
  }
  path = path.replace(/^\/+/, '').replace(/\.html$/, '')
  if (!path) return null
  const extra = detail.query
  if (typeof extra === 'string') parseQuery(extra.replace(/^\?/, ''), query)
  else if (extra && typeof extra === 'object') {
    for (const key of Object.keys(extra)) {
      const v = extra[key]
      if (v !== undefined && v !== null) query[key] = typeof v === 'string' ? v : JSON.stringify(v)
    }
  }
  const qs = Object.keys(query)
    .map((k) => encodeURIComponent(k) + '=' + encodeURIComponent(query[k] as string))
    .join('&')
  return { url: '/' + path + (qs ? '?' + qs : ''), path, query }
}
