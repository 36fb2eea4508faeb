import { checkWebViewUrl } from './checkWebViewUrl'
import type { ResolvedWebLink } from './resolveWebLink'
import { resolveWebLink } from './resolveWebLink'
import { takeHandedOverChat, webLinkConfig } from './handOverChat'

/**
 * What the app's chat page loads: the link a contact button handed over (built for its visitor),
 * else a `url` from the page's query when the web-view guard allows it (`checkWebViewUrl`). Takes
 * the hand-over (once). No `url` means load nothing and show `errors` (`WEB_VIEW_URL_REFUSED`, or
 * why the handed-over link could not be built); report `errors` and `warnings` with a resolver.
 *
 * @param fromQuery - The page query's `url` (a deep link, a shared path), if any.
 * @param allowedHosts - Your own host names for Sobot's chat besides `*.sobot.com` / `*.soboten.com`.
 * @example
 * // the chat page, on load
 * const page = resolveChatPageUrl(query.url)
 * resolver.report(page)
 * // page.url ? <web-view src={page.url}> : the errors
 */
export function resolveChatPageUrl(fromQuery: unknown, allowedHosts?: readonly string[]): ResolvedWebLink {
  const handover = takeHandedOverChat()
  const built: ResolvedWebLink = handover ? resolveWebLink(handover, handover.webLink) : { errors: [], warnings: [] }
  // buildSobotWebLink already held the handed-over link to the guard's rules (https, a Sobot host or
  // one its configuration allows, sysnum): only a query url needs checking here.
  if (built.url !== undefined) return built
  // A hand-over whose link could not be built is named as refused (never "no link was handed over").
  const handedOver = handover ? webLinkConfig(handover.webLink).link : undefined
  const checked = checkWebViewUrl({ handedOver, fromQuery, allowedHosts })
  if (checked.error) return { errors: [...built.errors, checked.error], warnings: built.warnings }
  return { url: checked.url, errors: built.errors, warnings: built.warnings }
}
