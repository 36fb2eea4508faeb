import { issue, type SobotContactIssue } from './errors'
import { OPTION_IDS, SPILL_IDS } from './transferAction'
import type { NormalizedSessionFrom, NormalizedTransferStep, SessionFromInput, SobotScalar } from './types'
import { serializeSessionFrom, SESSION_FROM_BYTE_LIMIT, type SerializedSessionFrom } from './serializeSessionFrom'

/** Input field names in wire order. */
export const SESSION_FROM_FIELDS = [
  'nickname',
  'avatarUrl',
  'params',
  'transferAction',
  'platformAction',
  'partnerId',
  'robotId',
  'unionId',
  'customerFields',
] as const

/** Longest `partnerid` Sobot accepts, in characters (UTF-16 code units, the stricter count). */
export const PARTNER_ID_MAX_LENGTH = 100

type Bag = Record<string, unknown>
const isObject = (v: unknown): v is Bag => typeof v === 'object' && v !== null && !Array.isArray(v)
const isEmpty = (v: unknown) => v === undefined || v === null || v === ''

function unknownKeys(value: Bag, known: readonly string[], path: string, issues: SobotContactIssue[]) {
  for (const key of Object.keys(value)) {
    if (known.indexOf(key) < 0 && value[key] !== undefined) {
      issues.push(issue('UNKNOWN_FIELD', path + key, process.env.NODE_ENV !== 'production' ? 'unknown field; use ' + known.join(', ') : ''))
    }
  }
}

/** An id: string or integer, never containing `|`. Returns the string form, or undefined when empty. */
function readId(v: unknown, path: string, issues: SobotContactIssue[]): string | undefined {
  if (isEmpty(v)) return undefined
  // Number.isSafeInteger is false for anything but a number, so it is the type check too.
  if (Number.isSafeInteger(v) && (v as number) >= 0) return String(v)
  if (typeof v !== 'string') {
    issues.push(issue('INVALID_FIELD', path, process.env.NODE_ENV !== 'production' ? 'must be a string or an integer' : ''))
    return undefined
  }
  if (v.indexOf('|') >= 0) {
    issues.push(issue('SEPARATOR_IN_ID', path, process.env.NODE_ENV !== 'production' ? 'remove "|": ids cannot be escaped' : ''))
  }
  return v
}

/** A flat JSON object of string / number / boolean values. */
function readFlat(v: unknown, path: string, issues: SobotContactIssue[]): Record<string, SobotScalar> | undefined {
  if (isEmpty(v)) return undefined
  if (!isObject(v)) {
    issues.push(issue('INVALID_JSON_VALUE', path, process.env.NODE_ENV !== 'production' ? 'must be a flat object, e.g. {"age":18}' : ''))
    return undefined
  }
  const out: Record<string, SobotScalar> = {}
  let n = 0
  for (const key of Object.keys(v)) {
    const x = v[key]
    if (x === undefined) continue
    if (typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && isFinite(x))) {
      // JSON has no -0: normalize it to 0 so decode(encode(x)) equals the normalized input.
      // defineProperty: a "__proto__" key stays a key instead of silently vanishing.
      Object.defineProperty(out, key, { value: x === 0 ? 0 : x, enumerable: true, writable: true, configurable: true })
      // Stryker disable next-line UpdateOperator: n is only tested for 0, and n-- is non-zero exactly when n++ is
      n++
    } else {
      issues.push(
        issue('INVALID_JSON_VALUE', `${path}.${key}`, process.env.NODE_ENV !== 'production' ? 'must be a string, finite number or boolean' : ''),
      )
    }
  }
  return n ? out : undefined
}

function readText(v: unknown, path: string, issues: SobotContactIssue[]): string | undefined {
  if (isEmpty(v)) return undefined
  if (typeof v !== 'string') {
    issues.push(issue('INVALID_FIELD', path, process.env.NODE_ENV !== 'production' ? 'must be a string' : ''))
    return undefined
  }
  if (v.indexOf('|') < 0) return v
  issues.push(issue('SEPARATOR_REPLACED', path, process.env.NODE_ENV !== 'production' ? '"|" replaced by "｜"' : '', 'warning'))
  return v.replace(/\|/g, '｜')
}

const bad = (path: string, message: string) => issue('INVALID_TRANSFER_ACTION', path, message)

function readTransfer(v: unknown, issues: SobotContactIssue[]): NormalizedTransferStep[] | undefined {
  if (isEmpty(v)) return undefined
  if (!Array.isArray(v)) {
    issues.push(bad('transferAction', process.env.NODE_ENV !== 'production' ? 'must be an array; use toGroup()/toAgent()' : ''))
    return undefined
  }
  if (!v.length) return undefined
  if (v.length > 4) {
    issues.push(bad('transferAction', process.env.NODE_ENV !== 'production' ? 'at most 4 steps (3 overflows, 溢出)' : ''))
  }
  const steps: NormalizedTransferStep[] = []
  v.forEach((raw: unknown, i) => {
    const p = `transferAction[${i}]`
    if (!isObject(raw)) return issues.push(bad(p, process.env.NODE_ENV !== 'production' ? 'must be an object; use toGroup()/toAgent()' : ''))
    unknownKeys(raw, ['actionType', 'deciId', 'optionId', 'spillId'], p + '.', issues)
    const type = raw.actionType
    if (type !== 'to_service' && type !== 'to_group') {
      return issues.push(bad(p + '.actionType', process.env.NODE_ENV !== 'production' ? 'must be to_group (技能组) or to_service (客服)' : ''))
    }
    const deciId = readId(raw.deciId, p + '.deciId', issues)
    if (deciId === undefined) issues.push(bad(p + '.deciId', process.env.NODE_ENV !== 'production' ? 'required: the group or agent id' : ''))
    const options = OPTION_IDS[type]
    const optionId = String(raw.optionId)
    const overflows = optionId === options[0]
    if (!overflows && optionId !== options[1]) {
      issues.push(bad(p + '.optionId', process.env.NODE_ENV !== 'production' ? `must be ${options[0]} (overflow) or ${options[1]}` : ''))
    }
    const step: NormalizedTransferStep = { actionType: type, deciId: deciId || '', optionId }
    const codes: Record<string, string> = SPILL_IDS[type]
    const allowed = Object.keys(codes).map((k) => codes[k])
    if (isEmpty(raw.spillId)) {
      if (overflows) issues.push(bad(p + '.spillId', process.env.NODE_ENV !== 'production' ? 'required when overflowing: one of ' + allowed.join(', ') : ''))
    } else if (!overflows) {
      issues.push(bad(p + '.spillId', process.env.NODE_ENV !== 'production' ? 'remove it: this step does not overflow' : ''))
    } else {
      step.spillId = String(raw.spillId)
      if (allowed.indexOf(step.spillId) < 0) {
        issues.push(bad(p + '.spillId', process.env.NODE_ENV !== 'production' ? 'must be one of ' + allowed.join(', ') : ''))
      }
    }
    if (overflows && i === v.length - 1) {
      issues.push(bad(p + '.optionId', process.env.NODE_ENV !== 'production' ? 'overflows to nothing: add a next step' : ''))
    }
    if (!overflows && i < v.length - 1) {
      issues.push(bad(`transferAction[${i + 1}]`, process.env.NODE_ENV !== 'production' ? 'unreachable: the step before does not overflow' : ''))
    }
    steps.push(step)
  })
  return steps
}

function readPlatform(v: unknown, issues: SobotContactIssue[]): NormalizedSessionFrom['platformAction'] {
  if (isEmpty(v)) return undefined
  if (!isObject(v)) {
    issues.push(issue('INVALID_FIELD', 'platformAction', process.env.NODE_ENV !== 'production' ? 'must be { customerCode, flowGroupId? }' : ''))
    return undefined
  }
  unknownKeys(v, ['customerCode', 'flowGroupId'], 'platformAction.', issues)
  const customerCode = readId(v.customerCode, 'platformAction.customerCode', issues)
  const flowGroupId = readId(v.flowGroupId, 'platformAction.flowGroupId', issues)
  if (customerCode === undefined) {
    issues.push(issue('MISSING_CUSTOMER_CODE', 'platformAction.customerCode', process.env.NODE_ENV !== 'production' ? "required: the merchant's id" : ''))
  }
  const out: NonNullable<NormalizedSessionFrom['platformAction']> = { customerCode: customerCode || '' }
  if (flowGroupId !== undefined) out.flowGroupId = flowGroupId
  return out
}

/**
 * @internal Checks an input and brings it to its canonical form in one pass. Every problem is
 * collected; the normalized value holds whatever could be read.
 */
export function analyzeSessionFrom(input: SessionFromInput): { value: NormalizedSessionFrom; issues: SobotContactIssue[] } {
  const issues: SobotContactIssue[] = []
  const value: NormalizedSessionFrom = {}
  if (!isObject(input)) {
    issues.push(issue('INVALID_FIELD', '', process.env.NODE_ENV !== 'production' ? 'must be an object' : ''))
    return { value, issues }
  }
  const bag: Bag = input as Bag
  unknownKeys(bag, SESSION_FROM_FIELDS, '', issues)
  const set = <K extends keyof NormalizedSessionFrom>(key: K, v: NormalizedSessionFrom[K] | undefined) => {
    if (v !== undefined) value[key] = v
  }
  set('nickname', readText(bag.nickname, 'nickname', issues))
  set('avatarUrl', readText(bag.avatarUrl, 'avatarUrl', issues))
  set('params', readFlat(bag.params, 'params', issues))
  set('transferAction', readTransfer(bag.transferAction, issues))
  set('platformAction', readPlatform(bag.platformAction, issues))
  const partnerId = readId(bag.partnerId, 'partnerId', issues)
  if (partnerId && partnerId.length > PARTNER_ID_MAX_LENGTH) {
    issues.push(issue('PARTNER_ID_TOO_LONG', 'partnerId', process.env.NODE_ENV !== 'production' ? 'over ' + PARTNER_ID_MAX_LENGTH + ' characters: shorten it' : ''))
  }
  set('partnerId', partnerId)
  set('robotId', readId(bag.robotId, 'robotId', issues))
  set('unionId', readId(bag.unionId, 'unionId', issues))
  set('customerFields', readFlat(bag.customerFields, 'customerFields', issues))
  return { value, issues }
}

/** @internal The too-long issue, with the per-field breakdown, or nothing. */
export function checkByteLimit(s: SerializedSessionFrom): SobotContactIssue | undefined {
  if (s.bytes <= SESSION_FROM_BYTE_LIMIT) return undefined
  if (process.env.NODE_ENV === 'production') return issue('SESSION_FROM_TOO_LONG', '', '')
  let parts = ''
  for (const k in s.fields) {
    const n = s.fields[k as keyof typeof s.fields]
    if (n) parts += `${k} ${n}, `
  }
  return issue(
    'SESSION_FROM_TOO_LONG',
    '',
    `${s.bytes} of ${SESSION_FROM_BYTE_LIMIT} UTF-8 bytes (WeChat truncates the rest): ${parts}separators ${s.overhead}. Shorten a field or pass { overflow: shortenFreeText }`,
  )
}

/**
 * Checks a session input against every rule of Sobot's `session-from` format and WeChat's
 * 1000-byte limit, and reports every problem at once.
 *
 * @param input - The session fields.
 * @returns Every issue (`severity: 'error'` blocks encoding; `'warning'` reports a change such as
 *   `|` → `｜` in a nickname). Empty when the input is fine.
 * @example
 * validateSessionFrom({ partnerId: 'a|b' })
 * // [{ code: 'SEPARATOR_IN_ID', path: 'partnerId', severity: 'error', message: '…' }]
 * @see https://developers.weixin.qq.com/miniprogram/dev/component/button.html
 */
export function validateSessionFrom(input: SessionFromInput): SobotContactIssue[] {
  const { value, issues } = analyzeSessionFrom(input)
  const tooLong = checkByteLimit(serializeSessionFrom(value))
  if (tooLong) issues.push(tooLong)
  return issues
}
