import { buildSobotWebLink, type SobotWebLinkConfig } from './buildSobotWebLink'
import { SobotContactError, type SobotContactIssue } from './errors'
import type { ContactButtonInput } from './getContactButtonProps'
import { webLinkConfig } from './handOverChat'

/** A web link to open, or why there is none; `errors` and `warnings` go to a resolver's `report`. */
export interface ResolvedWebLink {
  /** The visitor's Sobot web link, when it could be built. */
  url?: string | undefined
  /** Why it could not be built (a bad link, a bad session), at most one. */
  errors: SobotContactError[]
  /** Fields with no web equivalent (`WEB_LINK_FIELD_DROPPED`). */
  warnings: SobotContactIssue[]
}

/**
 * The web link a tap opens (H5, or a chat page's `<web-view>`): `buildSobotWebLink` for the same
 * input the contact button takes, never throwing — what went wrong comes back in the shape a
 * resolver reports, so each wrapper does only the opening.
 *
 * @param input - The button's `session` and `card`.
 * @param webLink - The link copied from Sobot's console, or its configuration.
 * @example
 * const link = resolveWebLink({ session: { nickname: '小明' } }, 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=abc')
 * resolver.report(link)
 * if (link.url) window.location.assign(link.url)
 */
export function resolveWebLink(input: ContactButtonInput, webLink: SobotWebLinkConfig | string): ResolvedWebLink {
  try {
    const built = buildSobotWebLink(input.session, webLinkConfig(webLink), { card: input.card })
    return { url: built.url, errors: [], warnings: built.warnings }
  } catch (error) {
    if (!(error instanceof SobotContactError)) throw error
    return { errors: [error], warnings: [] }
  }
}
