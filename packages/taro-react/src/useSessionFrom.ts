import type { ContactButtonReporting, SessionFromInput } from '@sobot-contact/core'
import { useResolvedContactButton } from './useResolvedContactButton'

/** Options of {@link useSessionFrom}: core's `overflow`, `onWarning`, `onError`. */
export type UseSessionFromOptions = ContactButtonReporting

/**
 * The `session-from` string for a contact button, memoized on the input's **content** by core's
 * resolver: a new object with the same fields on every render is not encoded again. Never throws:
 * an invalid input gives `'sobot||||'` (Sobot's default routing) and the `SobotContactError` goes to
 * `onError`, or to `console.error`, once per distinct problem.
 *
 * @param input - The session fields (`SessionFromInput`), or a `session-from` string built on your server.
 * @param options - `overflow` (e.g. `shortenFreeText`), `onWarning`, `onError`.
 * @returns The `session-from` string.
 * @example
 * const sessionFrom = useSessionFrom({ nickname: user.name, partnerId: user.id })
 * return <Button openType="contact" sessionFrom={sessionFrom}>联系客服</Button>
 * @see https://developers.weixin.qq.com/miniprogram/dev/component/button.html
 */
export function useSessionFrom(input: SessionFromInput | string | undefined, options: UseSessionFromOptions = {}): string {
  return useResolvedContactButton(input === undefined ? {} : { session: input }, options).resolved.props.sessionFrom
}
