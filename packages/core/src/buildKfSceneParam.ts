import {
  analyzeKfSceneParam,
  kfExcess,
  kfFieldBytes,
  kfFieldsOf,
  kfJson,
  kfPathOf,
  KF_SCENE_PARAM_BYTE_LIMIT,
  type KfExtraFields,
  type KfFieldBytes,
  type KfFieldName,
  type KfFields,
} from './analyzeKfSceneParam'
import { encodeBase64 } from './encodeBase64'
import type { OverflowBudget, OverflowPolicy } from './encodeSessionFrom'
import { issue, throwIssues, type SobotContactIssue } from './errors'
import type { NormalizedSessionFrom, SessionFromInput } from './types'
import { utf8ByteLength } from './utf8ByteLength'

/**
 * Options of {@link buildKfSceneParam}.
 *
 * @example
 * buildKfSceneParam(session, { extraFields: { tel: '13800000000' }, overflow: shortenFreeText, onWarning: (w) => console.warn(w.message) })
 */
export interface BuildKfSceneParamOptions {
  /** Sobot's 微信客服 fields the session has no field for (`realname`, `tel`, `email`, `qq`, `remark`, `is_vip`, `vip_level`, `user_label`). */
  extraFields?: KfExtraFields | undefined
  /**
   * What to do over 128 bytes of Base64. By default, throw `KF_SCENE_PARAM_TOO_LONG` with the bytes
   * of every field. Pass {@link shortenFreeText} (the same policy as for `session-from`) to shorten
   * the nickname and, if need be, drop the avatar instead.
   * @default undefined (throw)
   */
  overflow?: OverflowPolicy | undefined
  /** Called once for every warning (a field with no equivalent, a field shortened). */
  onWarning?: ((warning: SobotContactIssue) => void) | undefined
}

/**
 * What {@link buildKfSceneParam} returns.
 *
 * @example
 * const { value, bytes, warnings }: KfSceneParam = buildKfSceneParam({ nickname: 'Tom' }) // value 'eyJ1bmFtZSI6IlRvbSJ9', bytes 20
 */
export interface KfSceneParam {
  /** The Base64 for `scene_param` (not yet percent-encoded); `''` when no field is set. */
  value: string
  /** Its bytes (Base64 is ASCII), at most 128. */
  bytes: number
  /** The JSON the Base64 carries (`''` when no field is set). */
  json: string
  /** What was sent, by Sobot's names. */
  fields: KfFields
  /** `KF_FIELD_DROPPED` for each field with no equivalent, `KF_SCENE_PARAM_SHORTENED` for each change. */
  warnings: SobotContactIssue[]
}

/** The field with the most JSON bytes (the first of equals). */
function largestKfField(byField: KfFieldBytes): KfFieldName {
  const names = Object.keys(byField) as KfFieldName[]
  let largest = names[0] as KfFieldName
  for (const name of names) if ((byField[name] as number) > (byField[largest] as number)) largest = name
  return largest
}

/** The too-long issue for some fields: path the one with the most bytes; their bytes in development. */
function tooLong(fields: KfFields, bytes: number, jsonBytes: number): SobotContactIssue {
  const byField = kfFieldBytes(fields)
  return issue('KF_SCENE_PARAM_TOO_LONG', kfPathOf(largestKfField(byField)), process.env.NODE_ENV !== 'production' ? breakdown(byField, bytes, jsonBytes) : '')
}

/** The development message of KF_SCENE_PARAM_TOO_LONG: the bytes of every field. */
function breakdown(byField: KfFieldBytes, bytes: number, jsonBytes: number): string {
  let parts = ''
  let used = 0
  for (const name in byField) {
    const n = byField[name as KfFieldName] as number
    parts += `${name} ${n}, `
    used += n
  }
  return `${bytes} of ${KF_SCENE_PARAM_BYTE_LIMIT} bytes of Base64 (Sobot ignores a longer parameter): ${jsonBytes} bytes of JSON, at most 96 fit: ${parts}braces and commas ${jsonBytes - used}. Shorten a field or pass { overflow: shortenFreeText }`
}

/**
 * Writes the visitor parameter of Sobot's 微信客服 (WeChat Customer Service) channel from the same
 * session the contact button takes: Sobot's fields (`partnerId` → `partnerid`, `nickname` →
 * `uname`, `avatarUrl` → `face`, `unionId` → `unionid`, `params` and `customerFields` →
 * `params` and `customer_fields` as JSON strings, plus `extraFields`), as one compact JSON object
 * of strings, UTF-8, Base64 — at most 128 bytes of it, which Sobot otherwise ignores silently.
 * Routing (`transferAction`), `robotId` and `platformAction` have no equivalent there: each is
 * reported as a `KF_FIELD_DROPPED` warning. The session is checked by the same rules as for
 * `session-from`, except `|` (no separator in JSON) and `partnerid`'s length (Sobot reads up to
 * 300 characters here, more than 128 bytes of Base64 can hold).
 *
 * @param session - The session fields, or an encoded `session-from` string, or nothing.
 * @param options - `extraFields`, the over-limit policy, a warning callback.
 * @returns `{ value, bytes, json, fields, warnings }`; append it with {@link buildKfLink}.
 * @throws SobotContactError `KF_SCENE_PARAM_TOO_LONG` (path: the field with the most bytes), or the
 *   session's own codes, or `INVALID_FIELD` / `UNKNOWN_FIELD` for `extraFields.<name>`.
 * @example
 * buildKfSceneParam({ nickname: '汤姆', partnerId: 'u-42', params: { height: '180' } })
 * // { value: 'eyJwYXJ0bmVyaWQiOiJ1LTQyIiwidW5hbWUiOiLmsaTlp4YiLCJwYXJhbXMiOiJ7XCJoZWlnaHRcIjpcIjE4MFwifSJ9', bytes: 92,
 * //   json: '{"partnerid":"u-42","uname":"汤姆","params":"{\\"height\\":\\"180\\"}"}', … }
 * @see https://developer.work.weixin.qq.com/document/path/94665 (WeCom: scene_param, 128 bytes)
 */
export function buildKfSceneParam(session: SessionFromInput | string | undefined, options: BuildKfSceneParamOptions = {}): KfSceneParam {
  const { value, bytes, json, fields, issues } = kfSceneParamOf(session, options.extraFields, options.overflow, true)
  throwIssues(issues)
  if (options.onWarning) issues.forEach(options.onWarning)
  return { value, bytes, json, fields, warnings: issues }
}

/**
 * @internal {@link buildKfSceneParam} that never throws (for a tap): a field in error is left out
 * and the rest still goes; over 128 bytes, the largest fields are left out until the rest fits.
 * `issues` holds the errors and the warnings. `strict` throws the input's errors first instead.
 */
export function kfSceneParamOf(
  session: SessionFromInput | string | undefined,
  extraFields: unknown,
  overflow: OverflowPolicy | undefined,
  strict?: boolean,
): Omit<KfSceneParam, 'warnings'> & { issues: SobotContactIssue[] } {
  const { value, extra, issues } = analyzeKfSceneParam(session, extraFields)
  // (strict: buildKfSceneParam's order — the input's errors are thrown before any policy runs)
  if (strict) throwIssues(issues)
  for (const found of issues) if (found.severity === 'error') delete value[found.path.split(/[.[]/)[0] as keyof NormalizedSessionFrom]
  const fieldsOf = (v: NormalizedSessionFrom) => kfFieldsOf(v, extra)
  let fields = fieldsOf(value)
  if (overflow && kfExcess(fields) > 0) {
    const budget: OverflowBudget = {
      excess: (v) => kfExcess(fieldsOf(v)),
      // A JSON string's bytes without its quotes: escapes (\", \\, \n…) count.
      size: (text) => utf8ByteLength(JSON.stringify(text)) - 2,
      name: 'scene_param',
      limit: KF_SCENE_PARAM_BYTE_LIMIT,
      code: 'KF_SCENE_PARAM_SHORTENED',
    }
    fields = fieldsOf(overflow(value, issues, budget))
  }
  let measured = kfJson(fields)
  if (measured.bytes > KF_SCENE_PARAM_BYTE_LIMIT) {
    issues.push(tooLong(fields, measured.bytes, measured.jsonBytes))
    // What a tap sends: the largest fields left out, one at a time, until the rest fits (as a bad field is).
    while (measured.bytes > KF_SCENE_PARAM_BYTE_LIMIT) {
      delete fields[largestKfField(kfFieldBytes(fields))]
      measured = kfJson(fields)
    }
  }
  return { value: encodeBase64(measured.json), bytes: measured.bytes, json: measured.json, fields, issues }
}
