import { createError, type SobotContactError } from './errors'
import { isPagePath } from './isPagePath'

/**
 * The build target: Taro's `process.env.TARO_ENV` or uni-app's `process.env.UNI_PLATFORM` as they
 * are (`mp-weixin` is `weapp`, `web` is `h5`; `app` for uni-app's App and an APICloud App web-view).
 * Any other string is treated like a mini-program other than WeChat.
 */
export type ContactPlatform =
  | 'weapp'
  | 'h5'
  | 'alipay'
  | 'tt'
  | 'swan'
  | 'qq'
  | 'jd'
  | 'app'
  | 'mp-weixin'
  | 'web'
  | 'mp-alipay'
  | 'mp-toutiao'
  | 'mp-baidu'
  | 'mp-qq'
  | 'mp-jd'
  | (string & {})

/** What {@link resolveContactChannel} decides from. */
export interface ContactChannelInput {
  /** The build target, see {@link ContactPlatform}. */
  platform: ContactPlatform
  /** WeChat on Windows or Mac (`wx.getSystemInfoSync().platform` is `windows` or `mac`). */
  desktopWeChat?: boolean | undefined
  /** Whether a web link is configured. */
  hasWebLink: boolean
  /** The app's own chat page (a `<web-view>` on the link), e.g. `/pages/sobot-chat/index`. */
  chatPage?: string | undefined
  /** On desktop WeChat, keep the native contact button even when a link and a chat page are set. @default false */
  keepNativeOnDesktop?: boolean | undefined
}

/** What the wrapper must do when the button is tapped. */
export type ContactChannel =
  | { kind: 'native-button' }
  /** H5: open the web link in the browser. */
  | { kind: 'open-link' }
  /** Navigate to the app's chat page (always starting with `/`), handing it the link. */
  | { kind: 'open-chat-page'; page: string }
  /** Nothing can open Sobot: report `error` (`MISSING_WEB_LINK` or `MISSING_CHAT_PAGE`) once. */
  | { kind: 'unavailable'; error: SobotContactError }

const missingLink = (platform: string) =>
  createError(
    'MISSING_WEB_LINK',
    'webLink',
    process.env.NODE_ENV !== 'production'
      ? `WeChat's contact button does not exist on ${platform}: set webLink to the link copied from Sobot's console (渠道 → 部署 → 链接), e.g. https://chat.sobot.com/chat/h5/v2/index.html?sysnum=…`
      : '',
  )

/** The chat page as navigateTo wants it (absolute), or the error saying what to set. */
function chatPageOf(chatPage: string | undefined, platform: string): ContactChannel {
  if (chatPage && isPagePath(chatPage)) return { kind: 'open-chat-page', page: chatPage.charAt(0) === '/' ? chatPage : '/' + chatPage }
  const message =
    process.env.NODE_ENV === 'production'
      ? ''
      : !chatPage
        ? `on ${platform} Sobot opens in a <web-view> page of your app: add that page and set chatPage to its path, e.g. "/pages/sobot-chat/index"`
        : `${JSON.stringify(String(chatPage)).slice(0, 80)} is not a page path: use one such as "/pages/sobot-chat/index"`
  return { kind: 'unavailable', error: createError('MISSING_CHAT_PAGE', 'chatPage', message) }
}

/**
 * Decides, for one build target, how the contact button opens Sobot. Every wrapper asks this
 * function; none decides alone.
 *
 * | platform | result |
 * |---|---|
 * | `weapp` / `mp-weixin`, phone | `native-button` |
 * | `weapp`, desktop WeChat | `open-chat-page` with a link and a chat page (unless `keepNativeOnDesktop`), else `native-button` |
 * | `h5` / `web` | `open-link`, or `unavailable` (`MISSING_WEB_LINK`) |
 * | `alipay`, `tt`, `swan`, `qq`, `jd`, `app`, any other | `open-chat-page`, or `unavailable` (`MISSING_WEB_LINK` first, then `MISSING_CHAT_PAGE`) |
 *
 * A chat page that is not a page path (a URL, `..`) is `unavailable` with `MISSING_CHAT_PAGE`.
 *
 * @param input - See {@link ContactChannelInput}.
 * @example
 * resolveContactChannel({ platform: 'alipay', hasWebLink: true, chatPage: '/pages/sobot-chat/index' })
 * // { kind: 'open-chat-page', page: '/pages/sobot-chat/index' }
 * resolveContactChannel({ platform: 'h5', hasWebLink: false })
 * // { kind: 'unavailable', error: SobotContactError { code: 'MISSING_WEB_LINK', path: 'webLink' } }
 * @see https://github.com/xiaweiss/miniprogram-bug-report/issues/182 (the contact button on desktop WeChat)
 */
export function resolveContactChannel(input: ContactChannelInput): ContactChannel {
  const { platform, hasWebLink, chatPage } = input
  if (platform === 'weapp' || platform === 'mp-weixin') return resolveWeChatChannel(input)
  if (!hasWebLink) return { kind: 'unavailable', error: missingLink(platform) }
  if (platform === 'h5' || platform === 'web') return { kind: 'open-link' }
  return chatPageOf(chatPage, platform)
}

/**
 * The WeChat row of {@link resolveContactChannel}'s table on its own, for a WeChat build that must
 * not carry the other targets' rows: the native button, or on desktop WeChat with a web link and a
 * chat page (unless `keepNativeOnDesktop`) that chat page.
 *
 * @example
 * resolveWeChatChannel({ desktopWeChat: true, hasWebLink: true, chatPage: '/pages/sobot-chat/index' })
 * // { kind: 'open-chat-page', page: '/pages/sobot-chat/index' }
 */
export function resolveWeChatChannel(input: Omit<ContactChannelInput, 'platform'>): ContactChannel {
  const { chatPage } = input
  if (!input.desktopWeChat || !input.hasWebLink || input.keepNativeOnDesktop || !chatPage) return { kind: 'native-button' }
  // Stryker disable next-line StringLiteral: equivalent — chatPage is set here, and the platform only appears in the message for a missing one
  return chatPageOf(chatPage, 'desktop WeChat')
}
