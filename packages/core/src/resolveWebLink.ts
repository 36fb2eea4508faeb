import { buildSobotWebLink, type SobotWebLinkConfig } from './buildSobotWebLink'
import type { SobotContactError, SobotContactIssue } from './errors'
import type { ContactButtonInput } from './getContactButtonProps'
import { webLinkConfig } from './handOverChat'
import { withValidSession } from './withValidSession'

/** A web link to open, or why there is none; `errors` and `warnings` go to a resolver's `report`. */
export interface ResolvedWebLink {
  /** The visitor's Sobot web link, when the link itself is valid (with only the session's valid fields when some are not). */
  url?: string | undefined
  /** What was wrong (a bad link; a bad session, whose valid fields were still sent), at most one. */
  errors: SobotContactError[]
  /** Fields with no web equivalent (`WEB_LINK_FIELD_DROPPED`). */
  warnings: SobotContactIssue[]
}

/**
 * The web link a tap opens (H5, or a chat page's `<web-view>`): `buildSobotWebLink` for the same
 * input the contact button takes, never throwing — what went wrong comes back in the shape a
 * resolver reports, so each wrapper does only the opening. A bad session never blocks the visitor:
 * as on WeChat, where the button falls back to default routing, the link carries the session's
 * valid fields (else none) and the session's error is reported. Only a bad link gives no `url`.
 *
 * @param input - The button's `session` and `card`.
 * @param webLink - The link copied from Sobot's console, or its configuration.
 * @example
 * const link = resolveWebLink({ session: { nickname: '小明', partnerId: 'a|b' } }, 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=abc')
 * link.url // 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=abc&uname=%E5%B0%8F%E6%98%8E'
 * link.errors[0]?.code // 'SEPARATOR_IN_ID' (reported once with resolver.report(link))
 */
export function resolveWebLink(input: ContactButtonInput, webLink: SobotWebLinkConfig | string): ResolvedWebLink {
  const config = webLinkConfig(webLink)
  const { value, error } = withValidSession(input.session, (session) => buildSobotWebLink(session, config, { card: input.card }))
  return { url: value && value.url, errors: error ? [error] : [], warnings: value ? value.warnings : [] }
}
