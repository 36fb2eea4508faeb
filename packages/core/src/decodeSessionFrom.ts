import { createError } from './errors'
import { SESSION_FROM_KEYS } from './serializeSessionFrom'
import type { NormalizedSessionFrom } from './types'

type OptionalField = keyof typeof SESSION_FROM_KEYS
const fieldOf = (key: string): OptionalField | undefined =>
  (Object.keys(SESSION_FROM_KEYS) as OptionalField[]).filter((f) => SESSION_FROM_KEYS[f] === key)[0]
const JSON_SHAPE: Record<string, 'object' | 'array'> = {
  params: 'object',
  transferAction: 'array',
  platformAction: 'object',
  customerFields: 'object',
}

function fail(code: 'NOT_SOBOT_SESSION_FROM' | 'INVALID_SESSION_FROM' | 'INVALID_JSON_VALUE', path: string, message: string): never {
  throw createError(code, path, message)
}

function parseJson(raw: string, field: string): unknown {
  let v: unknown
  try {
    v = JSON.parse(raw)
  } catch {
    fail('INVALID_JSON_VALUE', field, process.env.NODE_ENV !== 'production' ? `is not valid JSON (${raw.slice(0, 40)}); write it with JSON.stringify` : '')
  }
  const shape = JSON_SHAPE[field]
  const isArray = Array.isArray(v)
  if ((shape === 'array') !== isArray || typeof v !== 'object' || v === null) {
    fail('INVALID_JSON_VALUE', field, process.env.NODE_ENV !== 'production' ? `must be a JSON ${shape}` : '')
  }
  return v
}

/**
 * Reads a `session-from` string back into its fields: the inverse of {@link encodeSessionFrom}.
 * Accepts `sobot|nick|avatar|params` with or without further `key=value` segments, in any order;
 * each segment is split on its first `=`. The structure is checked here; run
 * {@link validateSessionFrom} on the result to check the content (routing codes, lengths…).
 *
 * @param value - A `session-from` string.
 * @returns The fields present, in canonical form (empty fields are absent).
 * @throws SobotContactError `NOT_SOBOT_SESSION_FROM`, `INVALID_SESSION_FROM` or `INVALID_JSON_VALUE`.
 * @example
 * decodeSessionFrom('sobot|Tom||{"vip":true}|partnerid=42')
 * // { nickname: 'Tom', params: { vip: true }, partnerId: '42' }
 */
export function decodeSessionFrom(value: string): NormalizedSessionFrom {
  // Stryker disable next-line ArrayDeclaration: any non-string gives parts[0] !== 'sobot', so the contents never matter
  const parts = typeof value === 'string' ? value.split('|') : []
  if (parts[0] !== 'sobot' || parts.length < 4) {
    fail('NOT_SOBOT_SESSION_FROM', '', process.env.NODE_ENV !== 'production' ? 'a Sobot session-from starts with "sobot|nickname|avatar|params", e.g. "sobot||||"' : '')
  }
  const out: Record<string, unknown> = {}
  // Stryker disable next-line ArrayDeclaration: seen holds field names; a seeded non-field string is never looked up
  const seen: string[] = []
  if (parts[1]) out.nickname = parts[1]
  if (parts[2]) out.avatarUrl = parts[2]
  const put = (field: string, raw: string) => {
    const v = JSON_SHAPE[field] ? parseJson(raw, field) : raw
    // Canonical form: an empty object or array is the same as an absent field.
    if (typeof v === 'string' || Object.keys(v as object).length) out[field] = v
  }
  if (parts[3]) put('params', parts[3])
  // Stryker disable next-line EqualityOperator: equivalent — parts[parts.length] is undefined and skipped like an empty segment.
  for (let i = 4; i < parts.length; i++) {
    const segment = parts[i] as string
    if (!segment) continue
    const eq = segment.indexOf('=')
    // Stryker disable next-line EqualityOperator: equivalent — at 0 the key is '', which fieldOf() does not know either.
    const field = eq > 0 ? fieldOf(segment.slice(0, eq)) : undefined
    if (!field) {
      fail(
        'INVALID_SESSION_FROM',
        `segment ${i}`,
        process.env.NODE_ENV !== 'production'
          ? `"${segment.slice(0, 40)}" is not key=value with a key among ${Object.keys(SESSION_FROM_KEYS).map((f) => SESSION_FROM_KEYS[f as OptionalField]).join(', ')}`
          : '',
      )
    }
    if (seen.indexOf(field) >= 0) fail('INVALID_SESSION_FROM', `segment ${i}`, process.env.NODE_ENV !== 'production' ? `${SESSION_FROM_KEYS[field]} appears twice; keep one` : '')
    seen.push(field)
    const raw = segment.slice(eq + 1)
    if (raw) put(field, raw)
  }
  return out as NormalizedSessionFrom
}
