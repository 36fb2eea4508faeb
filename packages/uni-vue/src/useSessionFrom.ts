import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue'
import {
  resolveContactButtonProps,
  type EncodeSessionFromOptions,
  type SessionFromInput,
  type SobotContactError,
} from '@sobot-contact/core'

/** Options of {@link useSessionFrom}: the encoder's options plus where errors go. */
export interface UseSessionFromOptions extends EncodeSessionFromOptions {
  /**
   * Called with each new error (invalid input). Without it the error is logged once with
   * `console.error`. Either way the value falls back to `'sobot||||'` (Sobot's default routing).
   */
  onError?: (error: SobotContactError) => void
}

/**
 * The `session-from` string for a native `<button open-type="contact">`, as a Vue `computed`.
 * It re-encodes only when the input's content changes (a new object with the same fields costs
 * one `JSON.stringify`, not an encode), and never throws: an invalid input gives `'sobot||||'` and
 * the error goes to `onError` (or `console.error`, once). All rules live in `@sobot-contact/core`.
 *
 * @param input - The session (`SessionFromInput`, or a `session-from` string built on your server):
 *   a plain value, a ref, a reactive object or a getter.
 * @param options - Encoder options (`overflow`, `onWarning`) and `onError`.
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
  const { onError, ...encodeOptions } = options
  const logged = new Set<string>()
  let lastKey: string | undefined
  let lastValue = ''
  return computed(() => {
    const session = toValue(input)
    // Reading every field here also makes the computed track a reactive input deeply.
    const key = session === undefined ? '' : JSON.stringify(session)
    if (key === lastKey) return lastValue
    const { props, errors } = resolveContactButtonProps(session === undefined ? {} : { session }, encodeOptions)
    for (const error of errors) {
      if (onError) onError(error)
      else if (!logged.has(error.message)) {
        logged.add(error.message)
        console.error(error)
      }
    }
    lastKey = key
    lastValue = props.sessionFrom
    return lastValue
  })
}
