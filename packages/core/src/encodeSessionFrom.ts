import { throwIssues, type SobotContactErrorCode, type SobotContactIssue } from './errors'
import { writeSessionFrom } from './serializeSessionFrom'
import { utf8ByteLength } from './utf8ByteLength'
import type { NormalizedSessionFrom, SessionFromInput } from './types'
import { analyzeSessionFrom, checkByteLimit } from './validateSessionFrom'

/**
 * The limit an {@link OverflowPolicy} shortens to, given by the encoder that calls it:
 * `session-from`'s 1000 bytes when absent, the 微信客服 `scene_param`'s 128 bytes of Base64 from
 * `buildKfSceneParam`.
 *
 * @example
 * // a policy of your own, for either limit
 * const dropAvatar: OverflowPolicy = (value, warnings, budget) => {
 *   const { avatarUrl, ...rest } = value
 *   if (avatarUrl) warnings.push(createIssue(budget ? budget.code : 'SESSION_FROM_SHORTENED', 'avatarUrl', 'dropped', 'warning'))
 *   return rest
 * }
 */
export interface OverflowBudget {
  /** How many bytes a value has to lose to fit (0 or less: it fits), counted as `size` counts them. */
  excess: (value: NormalizedSessionFrom) => number
  /** The bytes a piece of free text takes in the encoded value (its UTF-8 bytes, plus its escapes in JSON). */
  size: (text: string) => number
  /** What is limited, as the warnings name it, e.g. `session-from`. */
  name: string
  /** The limit in bytes, as the warnings name it, e.g. 1000. */
  limit: number
  /** The code of the warnings, e.g. `SESSION_FROM_SHORTENED`. */
  code: SobotContactErrorCode
}

/**
 * An over-limit policy: receives the normalized value that is too long and returns a shorter one,
 * pushing a warning for every change. The result is checked against the limit again. `budget`
 * says which limit (absent: `session-from`'s 1000 bytes).
 */
export type OverflowPolicy = (value: NormalizedSessionFrom, warnings: SobotContactIssue[], budget?: OverflowBudget) => NormalizedSessionFrom

/** Options of {@link encodeSessionFrom}. */
export interface EncodeSessionFromOptions {
  /**
   * What to do when the string would exceed WeChat's 1000 UTF-8 bytes. By default, throw
   * `SESSION_FROM_TOO_LONG` with the bytes of every field. Pass {@link shortenFreeText} (or your own
   * policy) to shorten instead; a policy is a function, so it costs nothing when unused.
   * @default undefined (throw)
   */
  overflow?: OverflowPolicy
  /** Called once for every warning (a `|` replaced in free text, a field shortened). */
  onWarning?: (warning: SobotContactIssue) => void
}

/** The result of {@link prepareSessionFrom}. */
export interface PreparedSessionFrom {
  /** The `session-from` string. */
  value: string
  /** Its UTF-8 length. */
  bytes: number
  /** What was changed on the way (never routing or identity fields). */
  warnings: SobotContactIssue[]
  /** The canonical form of what was encoded. */
  normalized: NormalizedSessionFrom
}

/**
 * Checks an input and writes the `session-from` string, returning what was changed on the way.
 * Throws {@link SobotContactError} on the first error (carrying all of them in `issues`).
 *
 * @param input - The session fields.
 * @param options - See {@link EncodeSessionFromOptions}.
 * @example
 * const { value, bytes, warnings } = prepareSessionFrom({ nickname: 'A|B' })
 * // value 'sobot|A｜B|||', warnings[0].code 'SEPARATOR_REPLACED'
 */
export function prepareSessionFrom(input: SessionFromInput, options: EncodeSessionFromOptions = {}): PreparedSessionFrom {
  const { value, issues } = analyzeSessionFrom(input)
  throwIssues(issues)
  const warnings = issues
  let normalized = value
  let s = writeSessionFrom(value)
  let bytes = utf8ByteLength(s)
  if (options.overflow && checkByteLimit(value, bytes)) {
    normalized = options.overflow(value, warnings)
    s = writeSessionFrom(normalized)
    bytes = utf8ByteLength(s)
  }
  const tooLong = checkByteLimit(normalized, bytes)
  if (tooLong) throwIssues([tooLong])
  if (options.onWarning) warnings.forEach(options.onWarning)
  return { value: s, bytes, warnings, normalized }
}

/**
 * Writes Sobot's `session-from` string for WeChat's contact button, after checking every rule
 * (separators, routing codes, id lengths, WeChat's 1000-byte limit).
 *
 * @param input - The session fields; `{}` gives `sobot||||`.
 * @param options - Over-limit policy and a warning callback.
 * @returns The string for `session-from`.
 * @throws SobotContactError with `code`, `path` and every issue.
 * @example
 * encodeSessionFrom({
 *   nickname: 'Tom',
 *   transferAction: [toGroup('g-1', { overflowWhen: 'allBusy' }), toAgent('a-7')],
 *   partnerId: 'user-42',
 * })
 * @see https://developers.weixin.qq.com/miniprogram/dev/component/button.html
 */
export function encodeSessionFrom(input: SessionFromInput, options?: EncodeSessionFromOptions): string {
  return prepareSessionFrom(input, options).value
}

/**
 * The canonical form of an input, as `decodeSessionFrom(encodeSessionFrom(input))` returns it:
 * empty fields removed, ids as strings, `|` in free text replaced. Throws on invalid input.
 *
 * @example
 * normalizeSessionFrom({ robotId: 1, params: {} }) // { robotId: '1' }
 */
export function normalizeSessionFrom(input: SessionFromInput): NormalizedSessionFrom {
  const { value, issues } = analyzeSessionFrom(input)
  throwIssues(issues)
  return value
}
