import { browserLinkOpener, readWeChatClient, resolveContactChannel, resolveWeChatChannel, type ContactControllerPlatform } from '@sobot-contact/core'

// uni-app replaces process.env.UNI_PLATFORM at build time; declared here so that a project's vue-tsc
// checks this file without Node's types (uni-app's TypeScript template has only @dcloudio/types).
declare const process: { env: { UNI_PLATFORM?: string } }

/**
 * uni-app's functions (and this build's channel table) for core's contact controller, shared by `<sobot-contact-button>` and
 * `useContactChannel`. Build-time constants: an mp-weixin build reads the WeChat client, only an H5
 * build carries the web link opener.
 *
 * @example
 * const controller = createContactController(uniPlatform(), { onError })
 */
export function uniPlatform(): ContactControllerPlatform {
  return {
    target: process.env.UNI_PLATFORM || 'mp-weixin',
    table: process.env.UNI_PLATFORM === 'mp-weixin' ? resolveWeChatChannel : resolveContactChannel,
    navigateTo: uni.navigateTo,
    client: process.env.UNI_PLATFORM === 'mp-weixin' ? () => readWeChatClient(uni) : undefined,
    openLink: process.env.UNI_PLATFORM === 'h5' || process.env.UNI_PLATFORM === 'web' ? browserLinkOpener(window) : undefined,
  }
}
