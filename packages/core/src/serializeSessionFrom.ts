import { utf8ByteLength } from './utf8ByteLength'
import type { NormalizedSessionFrom } from './types'

/**
 * Most UTF-8 bytes of `session-from` WeChat delivers; it silently truncates the rest.
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/open-api/customer-service/wx.openCustomerServiceConversation.html
 */
export const SESSION_FROM_BYTE_LIMIT = 1000

/** Wire keys of the optional `key=value` segments, in the order they are emitted. */
export const SESSION_FROM_KEYS = {
  transferAction: 'transfer_action',
  platformAction: 'platform_action',
  partnerId: 'partnerid',
  robotId: 'robotid',
  unionId: 'unionid',
  customerFields: 'customer_fields',
} as const

/** Compact JSON with every `|` written as the JSON escape `\u007c`, which parses back to `|`. */
const toJson = (v: unknown) => JSON.stringify(v).replace(/\|/g, '\\u007c')

type Keyed = keyof typeof SESSION_FROM_KEYS

/** The `key=value` segment of an optional field (`x` not undefined). */
const segment = (field: Keyed, x: NonNullable<NormalizedSessionFrom[Keyed]>) => SESSION_FROM_KEYS[field] + '=' + (typeof x === 'string' ? x : toJson(x))

/**
 * @internal Writes an already-normalized value; no checks. The string only: encoding needs nothing
 * else, so a production bundle does not carry the per-field byte count of {@link serializeSessionFrom}.
 * @example
 * writeSessionFrom({ nickname: 'Tom', partnerId: 'u1' }) // 'sobot|Tom|||partnerid=u1'
 */
export function writeSessionFrom(v: NormalizedSessionFrom): string {
  let optional = ''
  for (const field of Object.keys(SESSION_FROM_KEYS) as Keyed[]) {
    const x = v[field]
    if (x !== undefined) optional += (optional ? '|' : '') + segment(field, x)
  }
  return ['sobot', v.nickname || '', v.avatarUrl || '', v.params ? toJson(v.params) : '', optional].join('|')
}

/** @internal Bytes by field (value plus its `key=`), `overhead` = `sobot` and separators. */
export interface SerializedSessionFrom {
  value: string
  bytes: number
  overhead: number
  fields: { [K in keyof NormalizedSessionFrom]-?: number }
}

/**
 * @internal Writes an already-normalized value and counts its bytes by field; no checks.
 * @example
 * serializeSessionFrom({ nickname: 'Tom' }).fields.nickname // 3
 */
export function serializeSessionFrom(v: NormalizedSessionFrom): SerializedSessionFrom {
  const value = writeSessionFrom(v)
  const fields = {
    nickname: utf8ByteLength(v.nickname || ''),
    avatarUrl: utf8ByteLength(v.avatarUrl || ''),
    params: v.params ? utf8ByteLength(toJson(v.params)) : 0,
  } as SerializedSessionFrom['fields']
  for (const field of Object.keys(SESSION_FROM_KEYS) as Keyed[]) {
    const x = v[field]
    fields[field] = x === undefined ? 0 : utf8ByteLength(segment(field, x))
  }
  const bytes = utf8ByteLength(value)
  let used = 0
  for (const k in fields) used += fields[k as keyof typeof fields]
  return { value, bytes, overhead: bytes - used, fields }
}
