import { computed, toValue, watch, type ComputedRef, type MaybeRefOrGetter } from 'vue'
import {
  createContactButtonResolver,
  handOverChat,
  resolveContactChannel,
  resolveWebLink,
  resolveWeChatChannel,
  type ContactButtonInput,
  type ContactButtonReporting,
  type ContactChannel,
  type SobotWebLinkConfig,
} from '@sobot-contact/core'

/** Where Sobot opens beyond WeChat on a phone: the same settings as `<sobot-contact-button>`'s props. */
export interface ContactChannelConfig {
  /** The web link from Sobot's console (渠道 → 部署 → 链接), or its configuration. */
  webLink?: SobotWebLinkConfig | string | undefined
  /** Your chat page (a page with `<sobot-chat-web-view>`), e.g. `/pages/sobot-chat/index`. */
  chatPage?: string | undefined
  /** On desktop WeChat keep the native contact button even with a link and a chat page. */
  keepNativeOnDesktop?: boolean | undefined
  /** H5: open the link in this tab (default) or a new one. */
  openLinkIn?: 'same-tab' | 'new-tab' | undefined
}

/** What {@link useContactChannel} returns. */
export interface UseContactChannel {
  /** Core's decision for this build: `native-button`, `open-link`, `open-chat-page` or `unavailable`. */
  channel: ComputedRef<ContactChannel>
  /** The tap where WeChat's contact button does not exist: opens the link or the chat page (no-op for `native-button`). */
  open: () => void
}

/**
 * For a hand-written button on every target uni-app builds for: core's channel table for this
 * build (`process.env.UNI_PLATFORM`, a build-time constant, so each build keeps only its branch) and
 * the tap that opens Sobot where WeChat's contact button does not exist. A target without the link
 * or chat page it needs reports `MISSING_WEB_LINK` / `MISSING_CHAT_PAGE` once (from a `watch`).
 *
 * @param input - The button's `session` and `card` (what the web link carries): a value, ref or getter.
 * @param config - `webLink`, `chatPage`, `keepNativeOnDesktop`, `openLinkIn`: a value, ref or getter.
 * @param options - `onError`, `onWarning`.
 * @example
 * const { channel, open } = useContactChannel(() => ({ session: visitor.value }), { webLink: WEB_LINK, chatPage: '/pages/sobot-chat/index' })
 * const sessionFrom = useSessionFrom(() => visitor.value)
 * // <button :open-type="channel.kind === 'native-button' ? 'contact' : undefined" :session-from="sessionFrom" @click="open">联系客服</button>
 */
export function useContactChannel(
  input: MaybeRefOrGetter<ContactButtonInput>,
  config: MaybeRefOrGetter<ContactChannelConfig>,
  options: Omit<ContactButtonReporting, 'overflow'> = {},
): UseContactChannel {
  const resolver = createContactButtonResolver(options)
  const channel = computed<ContactChannel>(() => {
    const { webLink, chatPage, keepNativeOnDesktop } = toValue(config)
    const hasWebLink = webLink !== undefined
    return process.env.UNI_PLATFORM === 'mp-weixin'
      ? resolveWeChatChannel({ hasWebLink, chatPage, keepNativeOnDesktop, desktopWeChat: hasWebLink && /^(windows|mac)$/.test(uni.getSystemInfoSync().platform) })
      : resolveContactChannel({ hasWebLink, chatPage, keepNativeOnDesktop, platform: process.env.UNI_PLATFORM || 'mp-weixin' })
  })
  watch(channel, (c) => c.kind === 'unavailable' && resolver.report({ errors: [c.error], warnings: [] }), { immediate: true })
  const open = () => {
    const c = channel.value
    const { webLink, openLinkIn } = toValue(config)
    const { session, card } = toValue(input)
    if (webLink === undefined) return
    if (c.kind === 'open-chat-page') {
      handOverChat({ session, card, webLink })
      resolver.openPage(c.page, uni.navigateTo)
    }
    if ((process.env.UNI_PLATFORM === 'h5' || process.env.UNI_PLATFORM === 'web') && c.kind === 'open-link') {
      const link = resolveWebLink({ session, card }, webLink)
      resolver.report(link)
      if (link.url !== undefined) {
        if (openLinkIn === 'new-tab') window.open(link.url, '_blank', 'noopener')
        else window.location.assign(link.url)
      }
    }
  }
  return { channel, open }
}
