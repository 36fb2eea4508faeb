/** Sobot's own domains: the host is one of these or a subdomain of one (`*.sobot.com`, `*.soboten.com`, Tencent Cloud). */
const SOBOT_DOMAINS = ['sobot.com', 'soboten.com']

/** @internal An https URL cut into its parts; `host` lower-cased, `query` without `?`, `hash` with `#`. */
export interface HttpsUrl {
  host: string
  /** `https://host[:port]/path`, as written but for the lower-cased scheme and host. */
  base: string
  query: string
  hash: string
}

/** @internal A lower-case host name: letters, digits and inner hyphens per label; no empty label (so no trailing dot), no `%`, `\`, `@`, `_`. */
export const HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/
const URL_PARTS = /^https:\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?(#.*)?$/i

/**
 * @internal Characters no URL here may carry anywhere: spaces and other whitespace, control
 * characters, and the invisible ones a copy-paste brings (zero-width, BOM).
 */
export const URL_FORBIDDEN = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/

/**
 * @internal Reads an `https://` URL strictly, or says in a few words why not. Stricter than a
 * browser on purpose: anything a browser would read differently from this function (control
 * characters and spaces it strips, `\` it turns into `/`, `user@` before the host, percent-encoded
 * or non-ASCII hosts) is refused, so the host checked here is the host the browser loads.
 */
export function readHttpsUrl(url: unknown): HttpsUrl | string {
  if (typeof url !== 'string' || !url) return process.env.NODE_ENV !== 'production' ? 'is empty: give an https:// URL' : ''
  if (URL_FORBIDDEN.test(url)) {
    return process.env.NODE_ENV !== 'production' ? 'contains spaces or control characters: remove them (encode them in values with encodeURIComponent)' : ''
  }
  const m = URL_PARTS.exec(url)
  if (!m) return process.env.NODE_ENV !== 'production' ? (/^http:/i.test(url) ? 'uses http: use the https:// link' : 'is not an https:// URL') : ''
  const authority = m[1] as string
  if (authority.indexOf('@') >= 0) return process.env.NODE_ENV !== 'production' ? 'carries "user@" before the host: remove it' : ''
  const colon = authority.lastIndexOf(':')
  const port = colon >= 0 ? authority.slice(colon + 1) : ''
  const host = (colon >= 0 ? authority.slice(0, colon) : authority).toLowerCase()
  if ((colon >= 0 && !/^\d{1,5}$/.test(port)) || !HOST.test(host)) {
    return process.env.NODE_ENV !== 'production' ? `has an invalid host "${authority.slice(0, 60)}": write the host name in ASCII, e.g. chat.sobot.com` : ''
  }
  return {
    host,
    base: 'https://' + host + (colon >= 0 ? ':' + port : '') + m[2],
    query: m[3] || '',
    hash: m[4] || '',
  }
}

/** @internal Whether a lower-cased host is Sobot's or one of `allowedHosts` (exact host names, any case). */
export function isAllowedHost(host: string, allowedHosts: readonly string[] | undefined): boolean {
  for (const domain of SOBOT_DOMAINS) {
    if (host === domain || host.slice(-domain.length - 1) === '.' + domain) return true
  }
  return !!allowedHosts && allowedHosts.some((h) => typeof h === 'string' && h.toLowerCase() === host)
}

/**
 * Whether a URL may be loaded as Sobot's chat: `https`, and a host that is Sobot's (`sobot.com`,
 * `soboten.com` or a subdomain of either) or exactly one of `allowedHosts` (your own domain for
 * Sobot's chat). Anything a browser could read as another host is refused: look-alikes such as
 * `chat.sobot.com.evil.example` or `evilsobot.com`, `https://chat.sobot.com@evil.example`, `\`,
 * spaces, `http:`, `javascript:`, `data:`.
 *
 * @param url - Any value (a query parameter, a message…); a non-string is `false`.
 * @param allowedHosts - Extra exact host names, e.g. `['kefu.example.com']`; no wildcards.
 * @example
 * isAllowedSobotUrl('https://chat.sobot.com/chat/h5/v2/index.html?sysnum=abc') // true
 * isAllowedSobotUrl('https://chat.sobot.com.evil.example/') // false
 * isAllowedSobotUrl('https://kefu.example.com/chat', ['kefu.example.com']) // true
 */
export function isAllowedSobotUrl(url: unknown, allowedHosts?: readonly string[]): boolean {
  const read = readHttpsUrl(url)
  return typeof read !== 'string' && isAllowedHost(read.host, allowedHosts)
}
