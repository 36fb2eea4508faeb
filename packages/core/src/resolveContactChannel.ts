import { createError, type SobotContactError } from './errors'
import { absolutePagePath } from './isPagePath'
import { weChatClientName } from './weChatClients'

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
  /**
   * The WeChat client (`wx.getDeviceInfo().platform`: `ios`, `android`, `ohos`, `windows`, `mac`,
   * `devtools`; uni-app says `harmonyos` for `ohos`). Read only on a WeChat build.
   */
  client?: string | undefined
  /** @deprecated Use `client` (`'windows'`). WeChat on Windows or Mac. */
  desktopWeChat?: boolean | undefined
  /** Whether a web link is configured. */
  hasWebLink: boolean
  /** The app's own chat page (a `<web-view>` on the link), e.g. `/pages/sobot-chat/index`. */
  chatPage?: string | undefined
  /**
   * The WeChat clients on which the native contact button stays even with a link and a chat page
   * (`'ohos'`, `'windows'`, `'mac'`; `'harmonyos'` is `'ohos'`): say so once a client opens it.
   * @default []
   */
  keepNativeOn?: readonly string[] | undefined
  /** @deprecated Use `keepNativeOn: ['windows', 'mac']`. @default false */
  keepNativeOnDesktop?: boolean | undefined
}

/** What the wrapper must do when the button is tapped. */
export type ContactChannel =
  /**
   * WeChat's contact button. `error` (`MISSING_WEB_LINK` / `MISSING_CHAT_PAGE`): this WeChat client
   * does not open it and nothing else is configured — report it once; the button stays in case it does.
   */
  | { kind: 'native-button'; error?: SobotContactError | undefined }
  /** H5: open the web link in the browser. */
  | { kind: 'open-link' }
  /** Navigate to the app's chat page (always starting with `/`), handing it the link. */
  | { kind: 'open-chat-page'; page: string }
  /**
   * Open Sobot's 微信客服 (a native WeChat chat): `openCustomerServiceChat` in a mini-program, the link
   * in WeChat's browser, WeChat's SDK in an App. `fallback`: what the table decided without it (the
   * chat page, the web link…), done when 微信客服 fails.
   */
  | { kind: 'open-kf'; fallback: ContactChannel }
  /** Nothing can open Sobot: report `error` (`MISSING_WEB_LINK` or `MISSING_CHAT_PAGE`) once. */
  | { kind: 'unavailable'; error: SobotContactError }

const missingLink = (where: string) =>
  createError(
    'MISSING_WEB_LINK',
    'webLink',
    process.env.NODE_ENV !== 'production'
      ? `WeChat's contact button does not open on ${where}: set webLink to the link copied from Sobot's console (渠道 → 部署 → 链接), e.g. https://chat.sobot.com/chat/h5/v2/index.html?sysnum=…, and chatPage to your chat page`
      : '',
  )

/** The chat page as navigateTo wants it (absolute), or the error saying what to set. */
function chatPageOf(chatPage: string | undefined, where: string): { page: string } | { error: SobotContactError } {
  const page = absolutePagePath(chatPage)
  if (page) return { page }
  const message =
    process.env.NODE_ENV === 'production'
      ? ''
      : !chatPage
        ? `on ${where} Sobot opens in a <web-view> page of your app: add that page and set chatPage to its path, e.g. "/pages/sobot-chat/index"`
        : `${JSON.stringify(String(chatPage)).slice(0, 80)} is not a page path: use one such as "/pages/sobot-chat/index"`
  return { error: createError('MISSING_CHAT_PAGE', 'chatPage', message) }
}

/** @internal A WeChat mini-program build (Taro's `weapp`, uni-app's `mp-weixin`). */
export const isWeChatTarget = (target: string) => target === 'weapp' || target === 'mp-weixin'
/** @internal A browser build (Taro's `h5`, uni-app's `h5` / `web`). */
export const isH5Target = (target: string) => target === 'h5' || target === 'web'

/**
 * Decides, for one build target and WeChat client, how the contact button opens Sobot. Every
 * wrapper asks this function (through `createContactController`); none decides alone.
 *
 * | platform | result |
 * |---|---|
 * | `weapp` / `mp-weixin` on `ios`, `android`, `devtools` or a client not in `WECHAT_CLIENTS` | `native-button` |
 * | `weapp` on `ohos` / `harmonyos`, `windows`, `mac` | `open-chat-page` with a link and a chat page (unless in `keepNativeOn`); else `native-button` with `error` to report |
 * | `h5` / `web` | `open-link`, or `unavailable` (`MISSING_WEB_LINK`) |
 * | `alipay`, `tt`, `swan`, `qq`, `jd`, `app`, any other | `open-chat-page`, or `unavailable` (`MISSING_WEB_LINK` first, then `MISSING_CHAT_PAGE`) |
 *
 * A chat page that is not a page path (a URL, `..`) is `MISSING_CHAT_PAGE`.
 *
 * @param input - See {@link ContactChannelInput}.
 * @example
 * resolveContactChannel({ platform: 'weapp', client: 'ohos', hasWebLink: true, chatPage: '/pages/sobot-chat/index' })
 * // { kind: 'open-chat-page', page: '/pages/sobot-chat/index' }
 * resolveContactChannel({ platform: 'h5', hasWebLink: false })
 * // { kind: 'unavailable', error: SobotContactError { code: 'MISSING_WEB_LINK', path: 'webLink' } }
 * @see https://developers.weixin.qq.com/miniprogram/dev/component/button.html (鸿蒙 OS 暂不支持)
 */
export function resolveContactChannel(input: ContactChannelInput): ContactChannel {
  const { platform, hasWebLink, chatPage } = input
  if (isWeChatTarget(platform)) return resolveWeChatChannel(input)
  if (!hasWebLink) return { kind: 'unavailable', error: missingLink(platform) }
  if (isH5Target(platform)) return { kind: 'open-link' }
  const opened = chatPageOf(chatPage, platform)
  return 'page' in opened ? { kind: 'open-chat-page', page: opened.page } : { kind: 'unavailable', error: opened.error }
}

/**
 * The WeChat row of {@link resolveContactChannel}'s table on its own, for a WeChat build that must
 * not carry the other targets' rows: the native button, or on a client where it does not open
 * (`WECHAT_CLIENTS`) the chat page — or, with nothing configured, the native button and the error.
 *
 * @example
 * resolveWeChatChannel({ client: 'windows', hasWebLink: true, chatPage: '/pages/sobot-chat/index' })
 * // { kind: 'open-chat-page', page: '/pages/sobot-chat/index' }
 * resolveWeChatChannel({ client: 'ohos', hasWebLink: false }).error?.code // 'MISSING_WEB_LINK'
 */
export function resolveWeChatChannel(input: Omit<ContactChannelInput, 'platform'>): ContactChannel {
  const client = input.client || (input.desktopWeChat ? 'windows' : '')
  const name = weChatClientName(client)
  const kept = input.keepNativeOn || (input.keepNativeOnDesktop ? ['windows', 'mac'] : [])
  if (!name || kept.some((k) => weChatClientName(k) === name)) return { kind: 'native-button' }
  if (!input.hasWebLink) return { kind: 'native-button', error: missingLink(name) }
  const opened = chatPageOf(input.chatPage, name)
  return 'page' in opened ? { kind: 'open-chat-page', page: opened.page } : { kind: 'native-button', error: opened.error }
}
