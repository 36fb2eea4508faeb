import { analyzeKfSceneParam, kfFieldBytes, kfFieldsOf, kfJson, KF_SCENE_PARAM_BYTE_LIMIT, type KfExtraFields, type KfFieldBytes } from './analyzeKfSceneParam'
import type { SessionFromInput } from './types'

/**
 * What {@link measureKfSceneParam} reports.
 *
 * @example
 * const { bytes, fits, fields }: KfSceneParamMeasure = measureKfSceneParam({ nickname: 'Tom' }) // 20, true, { uname: 13 }
 */
export interface KfSceneParamMeasure {
  /** Bytes of the Base64. */
  bytes: number
  /** Sobot's limit: 128 bytes of Base64. */
  limit: number
  /** `limit - bytes` (negative when over). */
  remaining: number
  /** `bytes <= limit`. */
  fits: boolean
  /** UTF-8 bytes of the JSON (Base64 writes 4 bytes for every 3 of it, so 96 fit). */
  jsonBytes: number
  /** JSON bytes of each field sent (`"name":"value"`), by Sobot's names. */
  fields: KfFieldBytes
  /** The JSON's braces and commas: `overhead + Σ fields = jsonBytes`. */
  overhead: number
}

/**
 * Measures the 微信客服 visitor parameter a session would give, field by field, so you can see what
 * eats the 128 bytes. Never throws: invalid fields are measured as far as they can be read.
 *
 * @param session - The session fields.
 * @param extraFields - Sobot's other fields (`tel`, `realname`…), see {@link buildKfSceneParam}.
 * @example
 * measureKfSceneParam({ nickname: '汤姆', partnerId: 'u-42' })
 * // { bytes: 52, limit: 128, remaining: 76, fits: true, jsonBytes: 37, fields: { partnerid: 18, uname: 16 }, overhead: 3 }
 */
export function measureKfSceneParam(session: SessionFromInput | undefined, extraFields?: KfExtraFields): KfSceneParamMeasure {
  const { value, extra } = analyzeKfSceneParam(session, extraFields)
  const fields = kfFieldsOf(value, extra)
  const { jsonBytes, bytes } = kfJson(fields)
  const byField = kfFieldBytes(fields)
  let used = 0
  for (const k in byField) used += byField[k as keyof KfFieldBytes] as number
  return {
    bytes,
    limit: KF_SCENE_PARAM_BYTE_LIMIT,
    remaining: KF_SCENE_PARAM_BYTE_LIMIT - bytes,
    fits: bytes <= KF_SCENE_PARAM_BYTE_LIMIT,
    jsonBytes,
    fields: byField,
    overhead: jsonBytes - used,
  }
}
