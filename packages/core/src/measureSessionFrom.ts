import { serializeSessionFrom, SESSION_FROM_BYTE_LIMIT } from './serializeSessionFrom'
import type { SessionFromInput } from './types'
import { analyzeSessionFrom } from './validateSessionFrom'

/** What {@link measureSessionFrom} reports. */
export interface SessionFromMeasure {
  /** UTF-8 bytes of the whole string. */
  bytes: number
  /** WeChat's limit: 1000 bytes. */
  limit: number
  /** `limit - bytes` (negative when over). */
  remaining: number
  /** `bytes <= limit`. */
  fits: boolean
  /** Bytes of each field's segment (for optional fields including `key=`), 0 when absent. */
  fields: { nickname: number; avatarUrl: number; params: number; transferAction: number; platformAction: number; partnerId: number; robotId: number; unionId: number; customerFields: number }
  /** `sobot` and the `|` separators. `overhead + Σ fields = bytes`. */
  overhead: number
}

/**
 * Measures the `session-from` an input would produce, field by field, so you can see what eats
 * the 1000-byte budget. Never throws: invalid fields are measured as far as they can be read.
 *
 * @example
 * measureSessionFrom({ nickname: '智'.repeat(334) }) // { bytes: 1011, fits: false, fields: { nickname: 1002, … } }
 */
export function measureSessionFrom(input: SessionFromInput): SessionFromMeasure {
  const s = serializeSessionFrom(analyzeSessionFrom(input).value)
  return {
    bytes: s.bytes,
    limit: SESSION_FROM_BYTE_LIMIT,
    remaining: SESSION_FROM_BYTE_LIMIT - s.bytes,
    fits: s.bytes <= SESSION_FROM_BYTE_LIMIT,
    fields: s.fields,
    overhead: s.overhead,
  }
}
