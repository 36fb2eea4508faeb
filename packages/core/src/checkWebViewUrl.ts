import { createError, type SobotContactError } from './errors'
import { isAllowedSobotUrl, readHttpsUrl } from './isAllowedSobotUrl'

/** What the chat page received. */
export interface WebViewUrlCheck {
  /** The link the app handed over (the contact button's `handOverChat`). */
  handedOver?: unknown
  /** A `url` from the page's query (a deep link, a shared path): loaded only when its host is allowed. */
  fromQuery?: unknown
  /** Your own host names for Sobot's chat, besides `*.sobot.com` and `*.soboten.com`. */
  allowedHosts?: readonly string[] | undefined
}

/** A query value as WeChat hands it over: still percent-encoded when the app encoded it. */
function fromQueryValue(value: unknown): unknown {
  if (typeof value !== 'string' || !/^https%3a/i.test(value)) return value
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** What a message may show of a refused value: its origin, never its query (it may carry ids). */
function origin(value: unknown): string {
  // (never undefined: the caller names only what was received)
  if (value === null || value === '') return 'nothing'
  if (typeof value !== 'string') return 'a ' + typeof value
  const read = readHttpsUrl(value)
  if (typeof read !== 'string') return JSON.stringify('https://' + read.host)
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(value)
  return scheme ? JSON.stringify(scheme[0] + '…') : 'a string that is not a URL'
}

/**
 * The web-view guard of the chat page: returns the URL to load, or an error and never a URL.
 * Loads the link handed over by the app when it is a valid Sobot web link (https, a Sobot host
 * or one of `allowedHosts`, `sysnum`); otherwise a `url` from the page query only when
 * {@link isAllowedSobotUrl} accepts it (a percent-encoded `https%3A…` value is decoded once
 * first). Anything else — a foreign origin, `http:`, `javascript:`, `data:`, a look-alike host
 * such as `chat.sobot.com.evil.example`, `https://chat.sobot.com@evil.example` — is
 * `WEB_VIEW_URL_REFUSED` (path `url`): show the error and load nothing.
 *
 * @param check - `handedOver`, `fromQuery` and `allowedHosts`.
 * @example
 * checkWebViewUrl({ fromQuery: 'https://evil.example/phish' }).error?.code // 'WEB_VIEW_URL_REFUSED'
 * checkWebViewUrl({ handedOver: 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=abc' }).url
 * // 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=abc'
 */
export function checkWebViewUrl(
  check: WebViewUrlCheck,
): { url: string; error?: undefined } | { url?: undefined; error: SobotContactError } {
  const { handedOver, allowedHosts } = check || {}
  // A Sobot web link: an allowed https URL with a sysnum (the full reading is parseSobotWebLink's;
  // the guard needs only the host, and stays small for the chat page's bundle).
  // Stryker disable next-line ConditionalExpression: equivalent — isAllowedSobotUrl is false for a non-string; the typeof only narrows the type for .test
  if (typeof handedOver === 'string' && isAllowedSobotUrl(handedOver, allowedHosts) && /[?&]sysnum=[^&#]/.test(handedOver)) {
    return { url: handedOver }
  }
  const fromQuery = fromQueryValue(check && check.fromQuery)
  // Stryker disable next-line ConditionalExpression: equivalent — isAllowedSobotUrl is false for a non-string; the typeof only narrows the type
  if (typeof fromQuery === 'string' && isAllowedSobotUrl(fromQuery, allowedHosts)) return { url: fromQuery }
  return { error: createError('WEB_VIEW_URL_REFUSED', 'url', process.env.NODE_ENV !== 'production' ? refusal(handedOver, fromQuery) : '') }
}

/** The development message of a refusal: what was received (origins only) and what the page loads. */
function refusal(handedOver: unknown, fromQuery: unknown): string {
  const seen: string[] = []
  if (handedOver !== undefined) seen.push(`the link handed over (${origin(handedOver)})`)
  if (fromQuery !== undefined) seen.push(`the url in the query (${origin(fromQuery)})`)
  const reason = seen.length ? 'refused ' + seen.join(' and ') : 'no link was handed over and the query has no url'
  return `${reason}: this page loads only a Sobot web link handed over by the contact button (handOverChat, right before it navigates here) or an https URL on Sobot's hosts (*.sobot.com, *.soboten.com) or allowedHosts; nothing was loaded`
}
