import { computed, toValue, watch, type ComputedRef, type MaybeRefOrGetter } from 'vue'
import { createContactButtonResolver, type ContactButtonReporting, type SessionFromInput } from '@sobot-contact/core'

/** Options of {@link useSessionFrom}: core's `overflow`, `onWarning`, `onError`. */
export type UseSessionFromOptions = ContactButtonReporting

/**
 * The `session-from` string for a native `<button open-type="contact">`, as a Vue `computed` over
 * core's resolver: it re-encodes only when the input's content changes, and never throws — an
 * invalid input (even a cycle or a BigInt) gives `'sobot||||'` and the error goes to `onError` (or
 * `console.error`), once per distinct problem, from a `watch`, never from inside the `computed`.
 *
 * @param input - The session (`SessionFromInput`, or a `session-from` string built on your server):
 *   a plain value, a ref, a reactive object or a getter.
 * @param options - `overflow` (e.g. `shortenFreeText`), `onWarning`, `onError`.
 * @returns A computed `session-from` string (UTF-8 ≤ 1000 bytes, checked by core).
 * @example
 * const sessionFrom = useSessionFrom(() => ({ nickname: user.value.name, partnerId: user.value.id }))
 * // <button open-type="contact" :session-from="sessionFrom">联系客服</button>
 * @see https://developers.weixin.qq.com/miniprogram/dev/component/button.html
 * @see https://uniapp.dcloud.net.cn/component/button.html
 */
export function useSessionFrom(
  input: MaybeRefOrGetter<SessionFromInput | string | undefined>,
  options: UseSessionFromOptions = {},
): ComputedRef<string> {
  const resolver = createContactButtonResolver(options)
  const resolved = computed(() => {
    const session = toValue(input)
    return resolver.resolve(session === undefined ? {} : { session })
  })
  watch(resolved, (r) => resolver.report(r), { immediate: true })
  return computed(() => resolved.value.props.sessionFrom)
}
