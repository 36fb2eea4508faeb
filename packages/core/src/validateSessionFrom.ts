import { issue, type SobotContactErrorCode, type SobotContactIssue, type SobotContactIssueSeverity } from './errors'
import { OPTION_IDS, SPILL_IDS } from './transferAction'
import type { NormalizedSessionFrom, NormalizedTransferStep, SessionFromInput, SobotScalar } from './types'
import { serializeSessionFrom, SESSION_FROM_BYTE_LIMIT, writeSessionFrom } from './serializeSessionFrom'
import { utf8ByteLength } from './utf8ByteLength'

/** Longest `partnerid` Sobot accepts, in characters (UTF-16 code units, the stricter count). */
export const PARTNER_ID_MAX_LENGTH = 100

type Bag = Record<string, unknown>
/** Records an issue; returns undefined, so that a reader can `return add(…)`. */
type Add = (code: SobotContactErrorCode, path: string, message: string, severity?: SobotContactIssueSeverity) => undefined
/** Reads one field: its canonical form, or undefined when it is empty or cannot be read (then `add` was told why). */
type Reader = (v: unknown, path: string, add: Add) => unknown

const isObject = (v: unknown): v is Bag => typeof v === 'object' && v !== null && !Array.isArray(v)
const isEmpty = (v: unknown) => v === undefined || v === null || v === ''

function unknownKeys(value: Bag, known: readonly string[], path: string, add: Add) {
  for (const key of Object.keys(value)) {
    if (known.indexOf(key) < 0 && value[key] !== undefined) {
      add('UNKNOWN_FIELD', path + key, process.env.NODE_ENV !== 'production' ? 'unknown field; use ' + known.join(', ') : '')
    }
  }
}

/** An id: string or integer, never containing `|`. Returns the string form, or undefined when empty. */
function readId(v: unknown, path: string, add: Add): string | undefined {
  if (isEmpty(v)) return undefined
  // Number.isSafeInteger is false for anything but a number, so it is the type check too.
  if (Number.isSafeInteger(v) && (v as number) >= 0) return String(v)
  if (typeof v !== 'string') return add('INVALID_FIELD', path, process.env.NODE_ENV !== 'production' ? 'must be a string or an integer' : '')
  if (v.indexOf('|') >= 0) add('SEPARATOR_IN_ID', path, process.env.NODE_ENV !== 'production' ? 'remove "|": ids cannot be escaped' : '')
  return v
}

function readPartnerId(v: unknown, path: string, add: Add): string | undefined {
  const id = readId(v, path, add)
  if (id && id.length > PARTNER_ID_MAX_LENGTH) {
    add('PARTNER_ID_TOO_LONG', path, process.env.NODE_ENV !== 'production' ? 'over ' + PARTNER_ID_MAX_LENGTH + ' characters: shorten it' : '')
  }
  return id
}

/** A flat JSON object of string / number / boolean values. */
function readFlat(v: unknown, path: string, add: Add): Record<string, SobotScalar> | undefined {
  if (isEmpty(v)) return undefined
  if (!isObject(v)) return add('INVALID_JSON_VALUE', path, process.env.NODE_ENV !== 'production' ? 'must be a flat object, e.g. {"age":18}' : '')
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
      add('INVALID_JSON_VALUE', `${path}.${key}`, process.env.NODE_ENV !== 'production' ? 'must be a string, finite number or boolean' : '')
    }
  }
  return n ? out : undefined
}

function readText(v: unknown, path: string, add: Add): string | undefined {
  if (isEmpty(v)) return undefined
  if (typeof v !== 'string') return add('INVALID_FIELD', path, process.env.NODE_ENV !== 'production' ? 'must be a string' : '')
  if (v.indexOf('|') < 0) return v
  add('SEPARATOR_REPLACED', path, process.env.NODE_ENV !== 'production' ? '"|" replaced by "｜"' : '', 'warning')
  return v.replace(/\|/g, '｜')
}

/** One routing step; undefined when its action type is unknown (nothing else about it can be checked). */
function readStep(raw: unknown, i: number, last: number, add: Add): NormalizedTransferStep | undefined {
  const p = `transferAction[${i}]`
  const bad = (key: string, message: string) => add('INVALID_TRANSFER_ACTION', p + key, message)
  if (!isObject(raw)) return bad('', process.env.NODE_ENV !== 'production' ? 'must be an object; use toGroup()/toAgent()' : '')
  unknownKeys(raw, ['actionType', 'deciId', 'optionId', 'spillId'], p + '.', add)
  const type = raw.actionType
  if (type !== 'to_service' && type !== 'to_group') {
    return bad('.actionType', process.env.NODE_ENV !== 'production' ? 'must be to_group (技能组) or to_service (客服)' : '')
  }
  const deciId = readId(raw.deciId, p + '.deciId', add)
  if (deciId === undefined) bad('.deciId', process.env.NODE_ENV !== 'production' ? 'required: the group or agent id' : '')
  const options = OPTION_IDS[type]
  const optionId = String(raw.optionId)
  const overflows = optionId === options[0]
  if (!overflows && optionId !== options[1]) {
    bad('.optionId', process.env.NODE_ENV !== 'production' ? `must be ${options[0]} (overflow) or ${options[1]}` : '')
  }
  const step: NormalizedTransferStep = { actionType: type, deciId: deciId || '', optionId }
  const allowed: string[] = Object.values(SPILL_IDS[type])
  if (isEmpty(raw.spillId)) {
    if (overflows) bad('.spillId', process.env.NODE_ENV !== 'production' ? 'required when overflowing: one of ' + allowed.join(', ') : '')
  } else if (!overflows) {
    bad('.spillId', process.env.NODE_ENV !== 'production' ? 'remove it: this step does not overflow' : '')
  } else {
    step.spillId = String(raw.spillId)
    if (allowed.indexOf(step.spillId) < 0) bad('.spillId', process.env.NODE_ENV !== 'production' ? 'must be one of ' + allowed.join(', ') : '')
  }
  if (overflows && i === last) bad('.optionId', process.env.NODE_ENV !== 'production' ? 'overflows to nothing: add a next step' : '')
  if (!overflows && i < last) {
    add('INVALID_TRANSFER_ACTION', `transferAction[${i + 1}]`, process.env.NODE_ENV !== 'production' ? 'unreachable: the step before does not overflow' : '')
  }
  return step
}

function readTransfer(v: unknown, path: string, add: Add): NormalizedTransferStep[] | undefined {
  if (isEmpty(v)) return undefined
  if (!Array.isArray(v)) return add('INVALID_TRANSFER_ACTION', path, process.env.NODE_ENV !== 'production' ? 'must be an array; use toGroup()/toAgent()' : '')
  if (!v.length) return undefined
  if (v.length > 4) add('INVALID_TRANSFER_ACTION', path, process.env.NODE_ENV !== 'production' ? 'at most 4 steps (3 overflows, 溢出)' : '')
  const steps: NormalizedTransferStep[] = []
  v.forEach((raw: unknown, i) => {
    const step = readStep(raw, i, v.length - 1, add)
    if (step) steps.push(step)
  })
  return steps
}

function readPlatform(v: unknown, path: string, add: Add): NormalizedSessionFrom['platformAction'] {
  if (isEmpty(v)) return undefined
  if (!isObject(v)) return add('INVALID_FIELD', path, process.env.NODE_ENV !== 'production' ? 'must be { customerCode, flowGroupId? }' : '')
  unknownKeys(v, ['customerCode', 'flowGroupId'], path + '.', add)
  const customerCode = readId(v.customerCode, path + '.customerCode', add)
  const flowGroupId = readId(v.flowGroupId, path + '.flowGroupId', add)
  if (customerCode === undefined) {
    add('MISSING_CUSTOMER_CODE', path + '.customerCode', process.env.NODE_ENV !== 'production' ? "required: the merchant's id" : '')
  }
  const out: NonNullable<NormalizedSessionFrom['platformAction']> = { customerCode: customerCode || '' }
  if (flowGroupId !== undefined) out.flowGroupId = flowGroupId
  return out
}

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

/**
 * The reader that checks each field, in wire order (the type makes a missing one a compile error;
 * a test checks the order against {@link SESSION_FROM_FIELDS}).
 */
const READERS: { readonly [K in (typeof SESSION_FROM_FIELDS)[number]]: Reader } = {
  nickname: readText,
  avatarUrl: readText,
  params: readFlat,
  transferAction: readTransfer,
  platformAction: readPlatform,
  partnerId: readPartnerId,
  robotId: readId,
  unionId: readId,
  customerFields: readFlat,
}

/**
 * @internal Checks an input and brings it to its canonical form in one pass. Every problem is
 * collected; the normalized value holds whatever could be read.
 */
export function analyzeSessionFrom(input: SessionFromInput): { value: NormalizedSessionFrom; issues: SobotContactIssue[] } {
  const issues: SobotContactIssue[] = []
  const value: Bag = {}
  const add: Add = (code, path, message, severity) => void issues.push(issue(code, path, message, severity))
  if (!isObject(input)) {
    add('INVALID_FIELD', '', process.env.NODE_ENV !== 'production' ? 'must be an object' : '')
  } else {
    const bag: Bag = input as Bag
    const fields = Object.keys(READERS) as (keyof typeof READERS)[]
    unknownKeys(bag, fields, '', add)
    for (const key of fields) {
      const v = READERS[key](bag[key], key, add)
      if (v !== undefined) value[key] = v
    }
  }
  return { value: value as NormalizedSessionFrom, issues }
}

/**
 * @internal The too-long issue for a value whose string is `bytes` long, or nothing. In development it
 * carries the bytes of every field (counted only then: production builds leave the count out).
 */
export function checkByteLimit(value: NormalizedSessionFrom, bytes: number): SobotContactIssue | undefined {
  if (bytes <= SESSION_FROM_BYTE_LIMIT) return undefined
  return issue('SESSION_FROM_TOO_LONG', largestField(value), process.env.NODE_ENV !== 'production' ? breakdown(value) : '')
}

/** The field whose value takes the most bytes: the path of SESSION_FROM_TOO_LONG (the first one to shorten). */
function largestField(value: NormalizedSessionFrom): string {
  let path = ''
  let most = 0
  for (const k in value) {
    const v = value[k as keyof NormalizedSessionFrom]
    const n = utf8ByteLength(typeof v === 'string' ? v : JSON.stringify(v))
    if (n > most) {
      most = n
      path = k
    }
  }
  return path
}

/** The development message of SESSION_FROM_TOO_LONG: the bytes of every field. */
function breakdown(value: NormalizedSessionFrom): string {
  const s = serializeSessionFrom(value)
  let parts = ''
  for (const k in s.fields) {
    const n = s.fields[k as keyof typeof s.fields]
    if (n) parts += `${k} ${n}, `
  }
  return `${s.bytes} of ${SESSION_FROM_BYTE_LIMIT} UTF-8 bytes (WeChat truncates the rest): ${parts}separators ${s.overhead}. Shorten a field or pass { overflow: shortenFreeText }`
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
  const tooLong = checkByteLimit(value, utf8ByteLength(writeSessionFrom(value)))
  if (tooLong) issues.push(tooLong)
  return issues
}
