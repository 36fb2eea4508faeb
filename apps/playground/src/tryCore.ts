import { SobotContactError } from '@sobot-contact/core'

/** What {@link tryCore} returns: core's value, or the coded error core threw for a bad input. */
export type CoreOutcome<T> = { value: T; error: undefined } | { value: undefined; error: SobotContactError }

/**
 * Runs a core call on what the user typed or pasted. A `SobotContactError` is a bad input, which
 * the page shows, so it is returned; anything else is a bug and is thrown.
 *
 * @example
 * const { value, error } = tryCore(() => decodeSessionFrom('hello'))
 * // value === undefined, error.code === 'NOT_SOBOT_SESSION_FROM'
 */
export function tryCore<T>(run: () => T): CoreOutcome<T> {
  try {
    return { value: run(), error: undefined }
  } catch (e) {
    if (!(e instanceof SobotContactError)) throw e
    return { value: undefined, error: e }
  }
}
