import { issue, shown, SobotContactError, throwIssues, type SobotContactIssue } from './errors'
import { decodeSessionFrom } from './decodeSessionFrom'
import { prepareSessionFrom, type EncodeSessionFromOptions } from './encodeSessionFrom'
import { isPagePath } from './isPagePath'
import type { SessionFromInput } from './types'

/**
 * The mini-program card the user can send into the chat (会话内消息卡片). Every field is optional;
 * WeChat's defaults are the current page's title, path and a screenshot.
 */
export interface ContactCard {
  /** `send-message-title`. */
  title?: string
  /** `send-message-path`: a mini-program page path such as `pages/product/index?id=42`, not a URL. */
  path?: string
  /** `send-message-img`: an `https://` image or a path inside the package. */
  imageUrl?: string
}

/** The one canonical attribute object of the contact button, in camelCase (Taro's spelling). */
export interface ContactButtonProps {
  openType: 'contact'
  sessionFrom: string
  showMessageCard?: true
  sendMessageTitle?: string
  sendMessagePath?: string
  sendMessageImg?: string
}

/** What the button is configured with: the session (fields, or an already-encoded string) and an optional card. */
export interface ContactButtonInput {
  session?: SessionFromInput | string | undefined
  card?: ContactCard | undefined
}

/**
 * Every attribute of {@link ContactButtonProps} and its name in WXML (uni-app and APICloud use
 * these; Taro uses the camelCase keys).
 * @see https://developers.weixin.qq.com/miniprogram/dev/component/button.html
 */
export const CONTACT_BUTTON_ATTRIBUTES = {
  openType: 'open-type',
  sessionFrom: 'session-from',
  showMessageCard: 'show-message-card',
  sendMessageTitle: 'send-message-title',
  sendMessagePath: 'send-message-path',
  sendMessageImg: 'send-message-img',
} as const satisfies { [K in keyof ContactButtonProps]-?: string }

const IMAGE = /^(https?:\/\/[^\s/]\S*|\/\S+)$/i

/** Checks a card; the issues carry code `INVALID_CARD` and paths such as `card.path`. */
export function validateContactCard(card: ContactCard): SobotContactIssue[] {
  const issues: SobotContactIssue[] = []
  const bad = (path: string, message: string) => issues.push(issue('INVALID_CARD', 'card' + path, message))
  if (typeof card !== 'object' || card === null) {
    bad('', process.env.NODE_ENV !== 'production' ? 'must be an object { title?, path?, imageUrl? }' : '')
    return issues
  }
  const c = card as Record<string, unknown>
  for (const key of Object.keys(c)) {
    if (key !== 'title' && key !== 'path' && key !== 'imageUrl' && c[key] !== undefined) {
      issues.push(issue('UNKNOWN_FIELD', 'card.' + key, process.env.NODE_ENV !== 'production' ? 'unknown field; use title, path or imageUrl' : ''))
    }
  }
  const check = (key: string, ok: (v: string) => boolean, hint: string) => {
    const v = c[key]
    if (v !== undefined && (typeof v !== 'string' || !v || !ok(v))) bad('.' + key, process.env.NODE_ENV !== 'production' ? hint + `, got ${shown(v)}` : '')
  }
  check('title', () => true, process.env.NODE_ENV !== 'production' ? 'must be a non-empty string' : '')
  check('path', isPagePath, process.env.NODE_ENV !== 'production' ? 'must be a mini-program page path such as "pages/product/index?id=42", not a URL' : '')
  check('imageUrl', (v) => IMAGE.test(v), process.env.NODE_ENV !== 'production' ? 'must be an http(s) image URL or an absolute path inside the package' : '')
  return issues
}

function sessionString(session: SessionFromInput | string | undefined, options: EncodeSessionFromOptions) {
  // An encoded string (say, built on your server) is read back and re-checked like any input.
  const input = typeof session === 'string' ? decodeSessionFrom(session) : session || {}
  return prepareSessionFrom(input, options).value
}

function cardProps(card: ContactCard): Omit<ContactButtonProps, 'openType' | 'sessionFrom'> {
  throwIssues(validateContactCard(card))
  const out: Omit<ContactButtonProps, 'openType' | 'sessionFrom'> = { showMessageCard: true }
  if (card.title !== undefined) out.sendMessageTitle = card.title
  if (card.path !== undefined) out.sendMessagePath = card.path
  if (card.imageUrl !== undefined) out.sendMessageImg = card.imageUrl
  return out
}

/**
 * The contact button's attributes, computed and validated once: `openType: 'contact'`,
 * `sessionFrom`, and with a card `showMessageCard`, `sendMessageTitle`, `sendMessagePath`,
 * `sendMessageImg`. Taro spreads it; uni-app and APICloud bind it in kebab-case
 * ({@link CONTACT_BUTTON_ATTRIBUTES}).
 *
 * @param input - `session` (fields or an encoded string) and an optional `card`.
 * @param options - Passed to the encoder (over-limit policy, warnings).
 * @throws SobotContactError on an invalid session or card.
 * @example
 * getContactButtonProps({
 *   session: { nickname: 'Tom', partnerId: 'u-42' },
 *   card: { title: 'Blue mug', path: 'pages/product/index?id=42' },
 * })
 * @see https://developers.weixin.qq.com/miniprogram/dev/component/button.html
 */
export function getContactButtonProps(input: ContactButtonInput = {}, options: EncodeSessionFromOptions = {}): ContactButtonProps {
  const props: ContactButtonProps = { openType: 'contact', sessionFrom: sessionString(input.session, options) }
  return input.card === undefined ? props : Object.assign(props, cardProps(input.card))
}

/** What {@link resolveContactButtonProps} returns. */
export interface ResolvedContactButton {
  /** Always usable: the button opens customer service even when the input was bad. */
  props: ContactButtonProps
  /** The session error and/or the card error; empty when all was well. */
  errors: SobotContactError[]
  /** Changes made on the way (see {@link EncodeSessionFromOptions.onWarning}). */
  warnings: SobotContactIssue[]
}

/** `session-from` used when the session input is invalid: Sobot's default routing, no fields. */
export const FALLBACK_SESSION_FROM = 'sobot||||'

/**
 * Like {@link getContactButtonProps}, but never throws: this is what a UI wrapper renders, so a
 * bad input never breaks the page. On a bad session the button gets `sessionFrom: 'sobot||||'`
 * (default routing, no visitor fields); on a bad card, no card attributes. The errors are returned
 * for the wrapper to report.
 *
 * @example
 * const { props, errors } = resolveContactButtonProps({ session: { partnerId: 'a|b' } })
 * // props.sessionFrom === 'sobot||||', errors[0].code === 'SEPARATOR_IN_ID'
 */
export function resolveContactButtonProps(input: ContactButtonInput = {}, options: EncodeSessionFromOptions = {}): ResolvedContactButton {
  const errors: SobotContactError[] = []
  const warnings: SobotContactIssue[] = []
  const attempt = <T>(run: () => T, fallback: T): T => {
    try {
      return run()
    } catch (e) {
      if (!(e instanceof SobotContactError)) throw e
      errors.push(e)
      return fallback
    }
  }
  const collect = Object.assign({}, options, {
    onWarning: (w: SobotContactIssue) => (warnings.push(w), options.onWarning && options.onWarning(w)),
  })
  const props: ContactButtonProps = {
    openType: 'contact',
    sessionFrom: attempt(() => sessionString(input.session, collect), FALLBACK_SESSION_FROM),
  }
  const card = input.card === undefined ? {} : attempt(() => cardProps(input.card as ContactCard), {})
  return { props: Object.assign(props, card), errors, warnings }
}
