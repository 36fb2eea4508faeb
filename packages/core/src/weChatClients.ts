/**
 * The WeChat clients on which `<button open-type="contact">` does not open the chat, by the
 * `platform` their `wx.getDeviceInfo()` reports, with the name messages use. Every other client
 * (`ios`, `android`, `devtools`, one not known yet) keeps the native button and reports nothing.
 * One table for every wrapper: a client's support can change, and `keepNativeOn` overrides it.
 *
 * @example
 * CLIENTS_WITHOUT_CONTACT_BUTTON.ohos // 'WeChat for HarmonyOS'
 * @see https://developers.weixin.qq.com/miniprogram/dev/component/button.html (open-type contact: 鸿蒙 OS 暂不支持)
 * @see https://github.com/xiaweiss/miniprogram-bug-report/issues/294 (Windows), /182 (Mac)
 */
export const CLIENTS_WITHOUT_CONTACT_BUTTON: Readonly<Record<string, string>> = {
  ohos: 'WeChat for HarmonyOS',
  // uni-app's getSystemInfoSync normalises WeChat's `ohos` to `harmonyos`
  harmonyos: 'WeChat for HarmonyOS',
  windows: 'WeChat for Windows',
  mac: 'WeChat for Mac',
}

/** @internal The client's name when the contact button does not open on it, else `undefined`. */
export function weChatClientName(platform: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(CLIENTS_WITHOUT_CONTACT_BUTTON, platform) ? CLIENTS_WITHOUT_CONTACT_BUTTON[platform] : undefined
}

/** The part of `wx` / `Taro` / `uni` that {@link readWeChatClient} reads. */
export interface WeChatClientApi {
  getDeviceInfo?: (() => { platform?: unknown }) | undefined
  getSystemInfoSync?: (() => { platform?: unknown }) | undefined
}

/**
 * The WeChat client this mini-program runs in: `getDeviceInfo().platform` (base library ≥ 2.20.1),
 * else the deprecated `getSystemInfoSync().platform`; `undefined` when neither answers.
 *
 * @param framework - `wx`, `Taro` or `uni`.
 * @example
 * readWeChatClient(Taro) // 'ios' | 'android' | 'ohos' | 'windows' | 'mac' | 'devtools' | …
 */
export function readWeChatClient(framework: WeChatClientApi): string | undefined {
  for (const read of [framework.getDeviceInfo, framework.getSystemInfoSync]) {
    try {
      const platform = read && read.call(framework).platform
      if (typeof platform === 'string' && platform) return platform
    } catch {
      // an old base library without getDeviceInfo: try the next
    }
  }
  return undefined
}

/**
 * The WeChat clients on which `wx.openCustomerServiceChat` (微信客服) is listed as supported: iOS and
 * Android (base library ≥ 2.19.0), HarmonyOS and Windows; not Mac, not DevTools.
 *
 * @example
 * KF_CLIENTS.indexOf('windows') >= 0 // true
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/open-api/service-chat/wx.openCustomerServiceChat.html
 */
export const KF_CLIENTS: readonly string[] = ['ios', 'android', 'ohos', 'harmonyos', 'windows']

/** @internal Whether 微信客服 opens on this WeChat client. */
export const opensKf = (client: string): boolean => KF_CLIENTS.indexOf(client) >= 0

/**
 * The `client` an H5 build reports inside WeChat's own browser (a user agent with `MicroMessenger`),
 * where the 微信客服 link opens the chat: see {@link readBrowserClient}.
 */
export const WECHAT_BROWSER = 'wechat-browser'

/**
 * The client of an H5 page: {@link WECHAT_BROWSER} inside WeChat's browser, else `undefined`.
 *
 * @param userAgent - `navigator.userAgent`.
 * @example
 * readBrowserClient(navigator.userAgent) // 'wechat-browser' in WeChat, undefined elsewhere
 */
export function readBrowserClient(userAgent: unknown): string | undefined {
  return typeof userAgent === 'string' && /MicroMessenger/i.test(userAgent) ? WECHAT_BROWSER : undefined
}
