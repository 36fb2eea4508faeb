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

/** @internal Bytes by field (value plus its `key=`), `overhead` = `sobot` and separators. */
export interface SerializedSessionFrom {
  value: string
  bytes: number
  overhead: number
  fields: { [K in keyof NormalizedSessionFrom]-?: number }
}

/** @internal Writes an already-normalized value; no checks. */
export function serializeSessionFrom(v: NormalizedSessionFrom): SerializedSessionFrom {
  const params = v.params ? toJson(v.params) : ''
  const segments = ['sobot', v.nickname || '', v.avatarUrl || '', params]
  const fields = {
    nickname: utf8ByteLength(segments[1] as string),
    avatarUrl: utf8ByteLength(segments[2] as string),
    params: utf8ByteLength(params),
  } as SerializedSessionFrom['fields']
  let optional = ''
  for (const field of Object.keys(SESSION_FROM_KEYS) as (keyof typeof SESSION_FROM_KEYS)[]) {
    const x = v[field]
    fields[field] = 0
    if (x === undefined) continue
    const segment = SESSION_FROM_KEYS[field] + '=' + (typeof x === 'string' ? x : toJson(x))
    fields[field] = utf8ByteLength(segment)
    optional += (optional ? '|' : '') + segment
  }
  const value = segments.join('|') + '|' + optional
  const bytes = utf8ByteLength(value)
  let used = 0
  for (const k in fields) used += fields[k as keyof typeof fields]
  return { value, bytes, overhead: bytes - used, fields }
}
