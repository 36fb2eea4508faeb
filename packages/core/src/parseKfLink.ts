import { kfFieldBytes, KF_EXTRA_FIELDS, KF_SCENE_PARAM_BYTE_LIMIT, KF_SESSION_FIELDS, type KfFieldBytes, type KfFields } from './analyzeKfSceneParam'
import { checkKfLink, KF_HOST, type KfLinkParts } from './buildKfLink'
import { decodeBase64 } from './encodeBase64'
import { createError, throwIssues } from './errors'
import { readQuery } from './readQuery'
import type { NormalizedSessionFrom } from './types'
import { utf8ByteLength } from './utf8ByteLength'

/**
 * What {@link decodeKfSceneParam} reads from a 微信客服 visitor parameter.
 *
 * @example
 * const { session, extraFields, bytes }: DecodedKfSceneParam = decodeKfSceneParam('eyJ1bmFtZSI6IlRvbSJ9') // { nickname: 'Tom' }, {}, 20
 */
export interface DecodedKfSceneParam {
  /** Bytes of the Base64 as given. */
  bytes: number
  /** `bytes <= 128`: over it, Sobot ignores the parameter. */
  fits: boolean
  /** The JSON it carries. */
  json: string
  /** Its fields by Sobot's names, as strings. */
  fields: KfFields
  /** JSON bytes of each field (`"name":"value"`). */
  fieldBytes: KfFieldBytes
  /** The session fields among them, by their `session-from` names (`params`, `customerFields` parsed). */
  session: NormalizedSessionFrom
  /** The other fields (`tel`, `realname`…). */
  extraFields: { [K in (typeof KF_EXTRA_FIELDS)[number]]?: string }
}

const fail = (message: string) => createError('INVALID_KF_SCENE_PARAM', 'scene_param', message)

/**
 * Reads a 微信客服 visitor parameter back: Base64 → UTF-8 → JSON → Sobot's fields — the inverse of
 * {@link buildKfSceneParam}. The structure is checked here; run `validateSessionFrom` on
 * `session` to check the content.
 *
 * @param value - The Base64 (a `scene_param` already percent-decoded).
 * @throws SobotContactError `INVALID_KF_SCENE_PARAM` (path `scene_param`): not Base64 of UTF-8,
 *   not a JSON object, a field Sobot does not read, a value that is not a string, `params` or
 *   `customer_fields` not a JSON object.
 * @example
 * decodeKfSceneParam('eyJ1bmFtZSI6IlRvbSJ9')
 * // { bytes: 20, fits: true, json: '{"uname":"Tom"}', fields: { uname: 'Tom' }, fieldBytes: { uname: 13 },
 * //   session: { nickname: 'Tom' }, extraFields: {} }
 */
export function decodeKfSceneParam(value: string): DecodedKfSceneParam {
  const json = typeof value === 'string' ? decodeBase64(value) : undefined
  if (json === undefined) throw fail(process.env.NODE_ENV !== 'production' ? 'is not Base64 of UTF-8 text (A–Z, a–z, 0–9, +, / and = padding)' : '')
  let read: unknown
  try {
    read = JSON.parse(json)
  } catch {
    // not JSON: refused below
  }
  if (typeof read !== 'object' || read === null || Array.isArray(read)) throw fail(process.env.NODE_ENV !== 'production' ? `does not carry a JSON object (${json.slice(0, 40)})` : '')
  const fields = read as Record<string, unknown>
  const session: Record<string, unknown> = {}
  const extraFields: Record<string, string> = {}
  const sessionKeys = Object.keys(KF_SESSION_FIELDS) as (keyof typeof KF_SESSION_FIELDS)[]
  for (const name of Object.keys(fields)) {
    const v = fields[name]
    const key = sessionKeys.filter((k) => KF_SESSION_FIELDS[k] === name)[0]
    if (!key && (KF_EXTRA_FIELDS as readonly string[]).indexOf(name) < 0) throw fail(process.env.NODE_ENV !== 'production' ? `${name} is not a field Sobot's 微信客服 channel reads` : '')
    if (typeof v !== 'string') throw fail(process.env.NODE_ENV !== 'production' ? `${name} must be a string (Sobot reads strings only; a JSON value as a JSON string)` : '')
    if (!key) extraFields[name] = v
    else if (key !== 'params' && key !== 'customerFields') session[key] = v
    else {
      let object: unknown
      try {
        object = JSON.parse(v)
      } catch {
        // not JSON: refused below
      }
      if (typeof object !== 'object' || object === null || Array.isArray(object)) throw fail(process.env.NODE_ENV !== 'production' ? `${name} must be a JSON object written as a string, e.g. "{\\"vip\\":\\"1\\"}"` : '')
      session[key] = object
    }
  }
  const bytes = utf8ByteLength(value)
  return { bytes, fits: bytes <= KF_SCENE_PARAM_BYTE_LIMIT, json, fields: fields as KfFields, fieldBytes: kfFieldBytes(fields as KfFields), session, extraFields }
}

/**
 * What {@link parseKfLink} returns.
 *
 * @example
 * const { kfid, encScene, sceneParam }: ParsedKfLink = parseKfLink('https://work.weixin.qq.com/kf/kfc0123456789abcdef?enc_scene=ENC1') // 'kfc0123456789abcdef', 'ENC1', undefined
 */
export interface ParsedKfLink {
  /** `https://work.weixin.qq.com/kf…/kfc…`, without query and fragment. */
  base: string
  /** The link's `kfc…` id. */
  kfid: string
  /** `enc_scene`, on a link created with a scene: the links that carry `scene_param`. */
  encScene?: string
  /** Whether it is an older link (`encScene`), which does not carry `scene_param`. */
  legacy: boolean
  /** The visitor parameter, decoded, when the link carries one. */
  sceneParam?: DecodedKfSceneParam
  /** Every other query parameter, decoded. */
  extra: Record<string, string>
}

/**
 * Reads a 微信客服 link back into its parts and its visitor parameter: the inverse of
 * {@link buildKfLink}. `scene_param` is percent-decoded as is (a `+` stays a `+`: Base64 uses it).
 *
 * @param url - A 微信客服 link.
 * @throws SobotContactError `INVALID_KF_LINK` (path `url`) for a link that is not one, or
 *   `INVALID_KF_SCENE_PARAM` for a `scene_param` that does not read.
 * @example
 * parseKfLink('https://work.weixin.qq.com/kf/kfc0123456789abcdef?enc_scene=ENC1&scene_param=eyJ1bmFtZSI6IlRvbSJ9').sceneParam?.session
 * // { nickname: 'Tom' }
 */
export function parseKfLink(url: string): ParsedKfLink {
  const checked = checkKfLink(url, 'url')
  throwIssues(checked.parts ? [] : checked.issues)
  const parts = checked.parts as KfLinkParts
  const parsed: ParsedKfLink = { base: 'https://' + KF_HOST + parts.path, kfid: parts.kfid, legacy: false, extra: {} }
  // (the rule has checked the percent-encoding and that each name is there once)
  for (const [name, value] of readQuery(parts.query || '', decodeURIComponent) as [string, string][]) {
    if (name === 'enc_scene') parsed.encScene = value
    else if (name === 'encScene') parsed.legacy = true
    else if (name === 'scene_param') parsed.sceneParam = decodeKfSceneParam(value)
    else Object.defineProperty(parsed.extra, name, { value, enumerable: true, writable: true, configurable: true })
  }
  return parsed
}
