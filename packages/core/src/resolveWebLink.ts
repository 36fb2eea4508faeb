import { buildSobotWebLink, type SobotWebLinkConfig } from './buildSobotWebLink'
import { decodeSessionFrom } from './decodeSessionFrom'
import { SobotContactError, type SobotContactIssue } from './errors'
import type { ContactButtonInput } from './getContactButtonProps'
import { webLinkConfig } from './handOverChat'
import type { SessionFromInput } from './types'

/** A web link to open, or why there is none; `errors` and `warnings` go to a resolver's `report`. */
export interface ResolvedWebLink {
  /** The visitor's Sobot web link, when the link itself is valid (with only the session's valid fields when some are not). */
  url?: string | undefined
  /** What was wrong (a bad link; a bad session, whose valid fields were still sent), at most one. */
  errors: SobotContactError[]
  /** Fields with no web equivalent (`WEB_LINK_FIELD_DROPPED`). */
  warnings: SobotContactIssue[]
}

/** The session without the fields an error names (`transferAction[0].optionId` → `transferAction`); `undefined` when none is left to try. */
function validFieldsOf(session: SessionFromInput | string | undefined, error: SobotContactError): SessionFromInput | undefined {
  let input: unknown = session
  try {
    if (typeof session === 'string') input = decodeSessionFrom(session)
  } catch {
    return undefined
  }
  if (typeof input !== 'object' || input === null) return undefined
  const kept: Record<string, unknown> = Object.assign({}, input as Record<string, unknown>)
  for (const issue of error.issues) {
    const field = issue.path.split(/[.[]/)[0]
    if (!field) return undefined
    delete kept[field]
  }
  return kept as SessionFromInput
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
  const build = (session: SessionFromInput | string | undefined) => buildSobotWebLink(session, config, { card: input.card })
  let error: SobotContactError
  try {
    const built = build(input.session)
    return { url: built.url, errors: [], warnings: built.warnings }
  } catch (e) {
    if (!(e instanceof SobotContactError)) throw e
    error = e
  }
  for (const session of [validFieldsOf(input.session, error), undefined]) {
    try {
      const built = build(session)
      return { url: built.url, errors: [error], warnings: built.warnings }
    } catch {
      // fewer fields next: the bare link
    }
  }
  return { errors: [error], warnings: [] }
}
