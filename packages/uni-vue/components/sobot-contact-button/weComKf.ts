import { plusKfOpener, weComKf as channel, type KfChannelConfig, type KfOpener, type PlusShareLike, type WeComKfOptions } from '@sobot-contact/core'
import { app, h5 } from './uniPlatform'

// uni-app replaces process.env.UNI_PLATFORM at build time (declared here, as in uniPlatform.ts).
declare const process: { env: { UNI_PLATFORM?: string } }
// WeChat's own API object in an mp-weixin build, and HTML5+'s in an App (uni-app's types declare neither).
declare const wx: { openCustomerServiceChat?: KfOpener } | undefined
declare const plus: PlusShareLike

/**
 * mp-weixin: WeChat's `wx.openCustomerServiceChat`, called synchronously inside the tap (uni's
 * wrapper only where `wx` lacks it); missing on a base library under 2.19.0, which core reports.
 */
function openInWeChat(request: Parameters<KfOpener>[0]): unknown {
  const api = (typeof wx !== 'undefined' && wx && wx.openCustomerServiceChat ? wx : uni) as { openCustomerServiceChat?: KfOpener }
  if (!api.openCustomerServiceChat) throw new TypeError('openCustomerServiceChat is undefined (base library under 2.19.0)')
  return api.openCustomerServiceChat(request)
}

/**
 * This build's opener (build-time `process.env.UNI_PLATFORM`, so a build carries only its own):
 * `openCustomerServiceChat` in mp-weixin, the link on H5, WeChat's SDK through HTML5+'s
 * `plus.share` in an App; none elsewhere, where 微信客服 does not route.
 */
function uniKfOpener(): KfOpener | undefined {
  if (process.env.UNI_PLATFORM === 'mp-weixin') return openInWeChat
  if (h5()) return (request) => window.location.assign(request.extInfo.url)
  if (app()) return (request) => plusKfOpener(plus)(request)
  return undefined
}

/**
 * Sobot's 微信客服 channel (WeChat Customer Service) for `<sobot-contact-button :kf="…">`: core's
 * `weComKf` with this uni-app build's opener — a native WeChat chat where the contact button does not
 * open (HarmonyOS and Windows WeChat; H5 inside WeChat's browser; the App, through WeChat's SDK),
 * before the chat page; with `prefer`, on phones too. A button without `kf` carries none of it.
 *
 * @param options - `link` and `corpId` (WeCom's), `prefer`, `extraFields` and `overflow` for the
 *   visitor's parameter; `open` to open it your own way.
 * @example
 * const kf = weComKf({ link: 'https://work.weixin.qq.com/kf/kfc0123456789abcdef?enc_scene=ENC1', corpId: 'ww0123456789abcdef' })
 * // <sobot-contact-button :session="visitor" :kf="kf" chat-page="/pages/sobot-chat/index" :web-link="WEB_LINK" />
 */
export function weComKf(options: WeComKfOptions): KfChannelConfig {
  return channel(Object.assign({}, options, { open: options.open || uniKfOpener() }))
}
