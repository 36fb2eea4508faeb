import {
  browserLinkOpener,
  readBrowserClient,
  readWeChatClient,
  resolveContactChannel,
  resolveWeChatChannel,
  type ContactControllerPlatform,
} from '@sobot-contact/core'

// uni-app replaces process.env.UNI_PLATFORM at build time; declared here so that a project's vue-tsc
// checks this file without Node's types (uni-app's TypeScript template has only @dcloudio/types).
declare const process: { env: { UNI_PLATFORM?: string } }

/** An H5 build (uni-app's `h5` / `web`; a build-time constant). */
export const h5 = () => process.env.UNI_PLATFORM === 'h5' || process.env.UNI_PLATFORM === 'web'
/** An App build (uni-app's `app` / `app-plus`; a build-time constant). */
export const app = () => process.env.UNI_PLATFORM === 'app' || process.env.UNI_PLATFORM === 'app-plus'

/**
 * uni-app's functions (and this build's channel table) for core's contact controller, shared by
 * `<sobot-contact-button>` and `useContactChannel`. Build-time constants: an mp-weixin build reads the
 * WeChat client; only an H5 build carries the web link opener and reads whether it runs in WeChat's
 * browser. (微信客服 opens through core's `weComKf`, which only a button given `kf` carries.)
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
  }
}
