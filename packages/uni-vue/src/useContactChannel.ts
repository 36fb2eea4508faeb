import { computed, toValue, watch, type ComputedRef, type MaybeRefOrGetter } from 'vue'
import {
  createContactController,
  type ContactButtonInput,
  type ContactButtonReporting,
  type ContactChannel,
  type ContactChannelConfig,
} from '@sobot-contact/core'
import { uniPlatform } from '../components/sobot-contact-button/uniPlatform'

/** What {@link useContactChannel} returns. */
export interface UseContactChannel {
  /** Core's decision for this build and WeChat client: `native-button`, `open-link`, `open-chat-page` or `unavailable`. */
  channel: ComputedRef<ContactChannel>
  /** `open-type`: `'contact'` on the native button, `undefined` on a plain one. */
  openType: ComputedRef<'contact' | undefined>
  /** `session-from` on the native button (checked by core, ≤ 1000 bytes); `undefined` on a plain one. */
  sessionFrom: ComputedRef<string | undefined>
  /** The tap, on every target: opens the chat page or the link where the contact button does not open (nothing on the native button). */
  open: (event?: unknown) => void
}

/**
 * A Vue 3 composable for a hand-written button on every target uni-app builds for: core's
 * controller for this build (`process.env.UNI_PLATFORM`, a build-time constant) and WeChat client,
 * the attributes to bind, and the tap. Problems — the session's, a missing link or chat page
 * (`MISSING_WEB_LINK` / `MISSING_CHAT_PAGE`), fields the link drops — are reported once each, from a
 * `watch`. It computes `session-from` itself: do not add `useSessionFrom` for the same button.
 *
 * @param input - The button's `session` and `card`: a value, ref or getter.
 * @param config - `webLink`, `chatPage`, `keepNativeOn`, `openLinkIn`: a value, ref or getter.
 * @param options - `overflow`, `onError`, `onWarning`.
 * @example
 * const { openType, sessionFrom, open } = useContactChannel(() => ({ session: visitor.value }), { webLink: WEB_LINK, chatPage: '/pages/sobot-chat/index' })
 * // <button :open-type="openType" :session-from="sessionFrom" @click="open">联系客服</button>
 */
export function useContactChannel(
  input: MaybeRefOrGetter<ContactButtonInput>,
  config: MaybeRefOrGetter<ContactChannelConfig>,
  options: ContactButtonReporting = {},
): UseContactChannel {
  const controller = createContactController(uniPlatform(), options)
  const view = computed(() => controller.view(toValue(input), toValue(config)))
  watch(view, (v) => controller.report(v), { immediate: true })
  return {
    channel: computed(() => view.value.channel),
    openType: computed(() => view.value.props.openType),
    sessionFrom: computed(() => view.value.props.sessionFrom),
    open: (event) => controller.tap(event),
  }
}
