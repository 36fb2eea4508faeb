import type { ContactCard } from './getContactButtonProps'
import type { SobotWebLinkConfig } from './buildSobotWebLink'
import type { SessionFromInput } from './types'

/** What a contact button hands to the app's chat page: the same configuration it was given. */
export interface ChatHandover {
  session?: SessionFromInput | string | undefined
  card?: ContactCard | undefined
  /** The link copied from Sobot's console, or its full configuration. */
  webLink: SobotWebLinkConfig | string
}

// One slot in the mini-program's single JavaScript context, shared by the button and the chat
// page (core is one module for every page of a build): set right before navigating, taken once.
let pending: ChatHandover | undefined

/**
 * Hands the button's configuration to the chat page it is about to open. The page takes it with
 * {@link takeHandedOverChat}; a link that did not come this way must pass the web-view guard's
 * allow-list (`checkWebViewUrl`).
 *
 * @example
 * handOverChat({ session, webLink: 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=…' })
 * Taro.navigateTo({ url: '/pages/sobot-chat/index' })
 */
export function handOverChat(handover: ChatHandover): void {
  pending = handover
}

/**
 * The configuration a contact button handed over, once (a second call, or a page opened any other
 * way — a deep link, a shared path — gets `undefined`).
 *
 * @example
 * const handover = takeHandedOverChat()
 * const url = handover && buildSobotWebLink(handover.session, webLinkConfig(handover.webLink)).url
 */
export function takeHandedOverChat(): ChatHandover | undefined {
  const taken = pending
  pending = undefined
  return taken
}

/**
 * A web link given as a string or as its configuration, as its configuration.
 *
 * @example
 * webLinkConfig('https://chat.sobot.com/chat/h5/v2/index.html?sysnum=abc') // { link: 'https://…' }
 */
export function webLinkConfig(webLink: SobotWebLinkConfig | string): SobotWebLinkConfig {
  return typeof webLink === 'string' ? { link: webLink } : webLink
}
