import {
  browserLinkOpener,
  plusKfOpener,
  readBrowserClient,
  readWeChatClient,
  resolveContactChannel,
  resolveWeChatChannel,
  type ContactControllerPlatform,
  type KfOpenRequest,
  type PlusShareLike,
} from '@sobot-contact/core'

// uni-app replaces process.env.UNI_PLATFORM at build time; declared here so that a project's vue-tsc
// checks this file without Node's types (uni-app's TypeScript template has only @dcloudio/types).
declare const process: { env: { UNI_PLATFORM?: string } }

type KfApi = { openCustomerServiceChat?: (request: KfOpenRequest) => unknown }
// WeChat's own API object in an mp-weixin build (uni-app's types do not declare it).
declare const wx: KfApi | undefined

/**
 * mp-weixin: WeChat's `wx.openCustomerServiceChat`, called synchronously inside the tap (uni's
 * wrapper only where `wx` lacks it); missing on a base library under 2.19.0, which core reports.
 */
function openKfInWeChat(request: KfOpenRequest): unknown {
  const api: KfApi = typeof wx !== 'undefined' && wx && wx.openCustomerServiceChat ? wx : (uni as unknown as KfApi)
  if (!api.openCustomerServiceChat) throw new TypeError('openCustomerServiceChat is undefined (base library under 2.19.0)')
  return api.openCustomerServiceChat(request)
}

const h5 = () => process.env.UNI_PLATFORM === 'h5' || process.env.UNI_PLATFORM === 'web'

/**
 * uni-app's functions (and this build's channel table) for core's contact controller, shared by
 * `<sobot-contact-button>` and `useContactChannel`. Build-time constants: an mp-weixin build reads the
 * WeChat client and opens 微信客服 through `openCustomerServiceChat`; only an H5 build carries the web
 * link opener and reads whether it runs in WeChat's browser; only an App build asks HTML5+'s `plus.share`.
 *
 * @example
 * const controller = createContactController(uniPlatform(), { onError })
 */
export function uniPlatform(): ContactControllerPlatform {
  return {
    target: process.env.UNI_PLATFORM || 'mp-weixin',
    table: process.env.UNI_PLATFORM === 'mp-weixin' ? resolveWeChatChannel : resolveContactChannel,
    navigateTo: (options) => uni.navigateTo(options),
    client: process.env.UNI_PLATFORM === 'mp-weixin' ? () => readWeChatClient(uni) : h5() ? () => readBrowserClient(navigator.userAgent) : undefined,
    openLink: h5() ? browserLinkOpener(window) : undefined,
    openKf:
      process.env.UNI_PLATFORM === 'mp-weixin'
        ? openKfInWeChat
        : h5()
          ? (request) => window.location.assign(request.extInfo.url)
          : process.env.UNI_PLATFORM === 'app' || process.env.UNI_PLATFORM === 'app-plus'
            ? (request) => plusKfOpener(plus as unknown as PlusShareLike)(request)
            : undefined,
  }
}
