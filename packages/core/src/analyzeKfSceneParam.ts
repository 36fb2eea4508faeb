import { decodeSessionFrom } from './decodeSessionFrom'
import { issue, SobotContactError, type SobotContactIssue } from './errors'
import { SESSION_FROM_KEYS } from './serializeSessionFrom'
import type { NormalizedSessionFrom, SessionFromInput } from './types'
import { utf8ByteLength } from './utf8ByteLength'
import { analyzeSessionFrom } from './validateSessionFrom'

/**
 * Most bytes of Base64 Sobot reads from a 微信客服 visitor parameter; it silently ignores a longer
 * one (the visitor arrives anonymous). WeCom's own limit for `scene_param` is the same 128 bytes.
 *
 * @example
 * buildKfSceneParam(session).bytes <= KF_SCENE_PARAM_BYTE_LIMIT // always: over it, buildKfSceneParam throws
 * @see https://developer.work.weixin.qq.com/document/path/94665
 */
export const KF_SCENE_PARAM_BYTE_LIMIT = 128

/**
 * Most bytes of JSON whose Base64 fits {@link KF_SCENE_PARAM_BYTE_LIMIT}: 4 characters per 3 bytes,
 * 128 / 4 × 3 (a literal: a bundler keeps an expression in every bundle of the chunk, used or not).
 */
const JSON_BYTE_LIMIT = 96

/**
 * The session fields Sobot's 微信客服 channel reads, and the name each has there (Sobot's 微信客服
 * developer page), in the order they are written.
 *
 * @example
 * KF_SESSION_FIELDS.nickname // 'uname'
 */
export const KF_SESSION_FIELDS = {
  partnerId: 'partnerid',
  nickname: 'uname',
  avatarUrl: 'face',
  unionId: 'unionid',
  params: 'params',
  customerFields: 'customer_fields',
} as const

/**
 * Sobot's other 微信客服 visitor fields, passed through `extraFields` by these names, in the order they are written.
 *
 * @example
 * buildKfSceneParam({}, { extraFields: { tel: '13800000000', is_vip: true } }).json // '{"tel":"13800000000","is_vip":"1"}'
 */
export const KF_EXTRA_FIELDS = ['realname', 'tel', 'email', 'qq', 'remark', 'is_vip', 'vip_level', 'user_label'] as const

/**
 * A field of Sobot's 微信客服 visitor parameter, by its name there.
 *
 * @example
 * const name: KfFieldName = 'customer_fields'
 */
export type KfFieldName = (typeof KF_SESSION_FIELDS)[keyof typeof KF_SESSION_FIELDS] | (typeof KF_EXTRA_FIELDS)[number]

/**
 * The visitor parameter's fields by Sobot's names; every value a string (a JSON value as a JSON string).
 *
 * @example
 * const fields: KfFields = { uname: '汤姆', params: '{"vip":"1"}' }
 */
export type KfFields = { [K in KfFieldName]?: string }

/**
 * Sobot's 微信客服 visitor fields that `session-from` has no field for, by Sobot's names. Ids
 * (`qq`, `vip_level`, `user_label`: ids from Sobot's customer-field API) may be integers; all are
 * sent as strings.
 *
 * @example
 * const extraFields: KfExtraFields = { realname: '张三', tel: '13800000000', is_vip: true, vip_level: 2 }
 */
export interface KfExtraFields {
  /** Real name (真实姓名). */
  realname?: string | undefined
  /** Phone number. */
  tel?: string | undefined
  email?: string | undefined
  qq?: string | number | undefined
  remark?: string | undefined
  /** VIP or not: `"1"` / `"0"` (or `true` / `false`). */
  is_vip?: '0' | '1' | boolean | undefined
  /** VIP level id (from Sobot's customer-field API). */
  vip_level?: string | number | undefined
  /** User label id(s) (from Sobot's customer-field API). */
  user_label?: string | number | undefined
}

/** Session fields the visitor parameter has no place for, by their `session-from` names. */
const DROPPED = ['transferAction', 'platformAction', 'robotId'] as const

/** @internal The warning for a field the 微信客服 channel cannot carry (`what`: its wire name or a description). */
export const dropped = (path: string, what: string) =>
  issue(
    'KF_FIELD_DROPPED',
    path,
    process.env.NODE_ENV !== 'production' ? `${what} has no equivalent in Sobot's 微信客服 visitor parameter and is not sent there (WeChat's contact button on a phone still carries it)` : '',
    'warning',
  )

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The extra fields as strings; an issue for each bad one. */
function readExtra(extra: unknown, issues: SobotContactIssue[]): KfFields {
  const out: Record<string, string> = {}
  if (extra !== undefined && !isObject(extra)) issues.push(issue('INVALID_FIELD', 'extraFields', process.env.NODE_ENV !== 'production' ? 'must be an object such as { tel: "13800000000" }' : ''))
  else if (extra) {
    for (const key of Object.keys(extra)) {
      const v = extra[key]
      const path = 'extraFields.' + key
      const vip = key === 'is_vip'
      if (v === undefined) continue
      if ((KF_EXTRA_FIELDS as readonly string[]).indexOf(key) < 0) {
        issues.push(issue('UNKNOWN_FIELD', path, process.env.NODE_ENV !== 'production' ? 'unknown field; use ' + KF_EXTRA_FIELDS.join(', ') + ' (partnerid, uname, face, unionid, params and customer_fields come from the session)' : ''))
      } else if (v === '' || (vip ? v === true || v === false || v === '0' || v === '1' : typeof v === 'string' || Number.isSafeInteger(v))) {
        if (v !== '') out[key] = v === true ? '1' : v === false ? '0' : String(v)
      } else issues.push(issue('INVALID_FIELD', path, process.env.NODE_ENV !== 'production' ? (vip ? 'must be "1", "0" or a boolean' : 'must be a string or an integer') : ''))
    }
  }
  return out
}

/** @internal What {@link analyzeKfSceneParam} found. */
export interface AnalyzedKfSceneParam {
  /** The session's fields, free text as typed (no `|` to replace in JSON). */
  value: NormalizedSessionFrom
  /** The extra fields, as strings. */
  extra: KfFields
  /** Errors (the session's rules, the extra fields') and `KF_FIELD_DROPPED` warnings. */
  issues: SobotContactIssue[]
}

/**
 * @internal Checks a session for the 微信客服 channel with the session's own rules
 * (`analyzeSessionFrom`), less the two that belong to `session-from`'s wire format: `|` needs no
 * replacing in JSON, and Sobot reads up to 300 characters of `partnerid` here (more than 128 bytes
 * of Base64 can hold, so the byte limit is what a long one meets).
 */
export function analyzeKfSceneParam(session: SessionFromInput | string | undefined, extraFields: unknown): AnalyzedKfSceneParam {
  // An encoded string (say, built on your server) is read back and re-checked like any input; one
  // that does not read is an error, and the extra fields still go.
  let input: SessionFromInput = {}
  const unread: SobotContactIssue[] = []
  try {
    input = typeof session === 'string' ? decodeSessionFrom(session) : session || {}
  } catch (e) {
    if (!(e instanceof SobotContactError)) throw e
    unread.push(...e.issues)
  }
  const analyzed = analyzeSessionFrom(input)
  const issues = unread.concat(analyzed.issues.filter((i) => i.code !== 'SEPARATOR_REPLACED' && i.code !== 'PARTNER_ID_TOO_LONG'))
  const value = Object.assign({}, analyzed.value)
  if (value.nickname) value.nickname = input.nickname as string
  if (value.avatarUrl) value.avatarUrl = input.avatarUrl as string
  const extra = readExtra(extraFields, issues)
  for (const field of DROPPED) if (value[field] !== undefined) issues.push(dropped(field, SESSION_FROM_KEYS[field]))
  return { value, extra, issues }
}

/**
 * @internal The fields by Sobot's names: the session's (a JSON value as its compact JSON string),
 * then the extra fields.
 */
export function kfFieldsOf(value: NormalizedSessionFrom, extra: KfFields): KfFields {
  const fields: KfFields = {}
  for (const key of Object.keys(KF_SESSION_FIELDS) as (keyof typeof KF_SESSION_FIELDS)[]) {
    const v = value[key]
    if (v !== undefined) fields[KF_SESSION_FIELDS[key]] = typeof v === 'string' ? v : JSON.stringify(v)
  }
  for (const key of KF_EXTRA_FIELDS) if (extra[key] !== undefined) fields[key] = extra[key]
  return fields
}

/** @internal The JSON of some fields (`''` for none), its bytes, and the bytes of its Base64. */
export function kfJson(fields: KfFields): { json: string; jsonBytes: number; bytes: number } {
  const json = Object.keys(fields).length ? JSON.stringify(fields) : ''
  const jsonBytes = utf8ByteLength(json)
  return { json, jsonBytes, bytes: Math.ceil(jsonBytes / 3) * 4 }
}

/** @internal UTF-8 bytes a value has to lose to fit: what the over-limit policy is given. */
export const kfExcess = (fields: KfFields) => kfJson(fields).jsonBytes - JSON_BYTE_LIMIT

/** @internal The JSON bytes of each field's `"name":"value"` member. */
export function kfFieldBytes(fields: KfFields): KfFieldBytes {
  const bytes: KfFieldBytes = {}
  for (const key of Object.keys(fields) as KfFieldName[]) bytes[key] = utf8ByteLength(JSON.stringify(key) + ':' + JSON.stringify(fields[key]))
  return bytes
}

/**
 * JSON bytes by field (`"name":"value"`, quotes and escapes included).
 *
 * @example
 * measureKfSceneParam({ nickname: 'Tom' }).fields // { uname: 13 }
 */
export type KfFieldBytes = { [K in KfFieldName]?: number }

/** @internal The input path of a field, e.g. `nickname` for `uname`, `extraFields.tel` for `tel`. */
export function kfPathOf(name: KfFieldName): string {
  const keys = Object.keys(KF_SESSION_FIELDS) as (keyof typeof KF_SESSION_FIELDS)[]
  return keys.filter((k) => KF_SESSION_FIELDS[k] === name)[0] || 'extraFields.' + name
}
