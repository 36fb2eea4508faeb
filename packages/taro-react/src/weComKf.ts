import Taro from '@tarojs/taro'
import { weComKf as channel, type KfChannelConfig, type KfOpener, type WeComKfOptions } from '@sobot-contact/core'

/**
 * This build's opener (build-time `process.env.TARO_ENV`, so a build carries only its own):
 * `Taro.openCustomerServiceChat`, called synchronously inside the tap, in a weapp build (its promise
 * is settled through `fail` as well); the link in H5 (inside WeChat's browser); none elsewhere, where
 * 微信客服 does not route.
 */
function taroKfOpener(): KfOpener | undefined {
  if (process.env.TARO_ENV === 'weapp') {
    return (request) => Taro.openCustomerServiceChat(request as Taro.openCustomerServiceChat.Option).catch(() => {})
  }
  if (process.env.TARO_ENV === 'h5') return (request) => window.location.assign(request.extInfo.url)
  return undefined
}

/**
 * Sobot's 微信客服 channel (WeChat Customer Service) for `<SobotContactButton kf={…}>`: core's
 * `weComKf` with this Taro build's opener — a native WeChat chat where the contact button does not
 * open (HarmonyOS and Windows WeChat; H5 inside WeChat's browser), before the chat page; with
 * `prefer`, on phones too. A button without `kf` carries none of it.
 *
 * @param options - `link` and `corpId` (WeCom's), `prefer`, `extraFields` and `overflow` for the
 *   visitor's parameter; `open` to open it your own way.
 * @example
 * const kf = weComKf({ link: 'https://work.weixin.qq.com/kf/kfc0123456789abcdef?enc_scene=ENC1', corpId: 'ww0123456789abcdef' })
 * // <SobotContactButton session={visitor} kf={kf} chatPage="/pages/sobot-chat/index" webLink={WEB_LINK} />
 */
export function weComKf(options: WeComKfOptions): KfChannelConfig {
  return channel(Object.assign({}, options, { open: options.open || taroKfOpener() }))
}
