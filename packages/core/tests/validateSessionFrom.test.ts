// validateSessionFrom / normalizeSessionFrom: what each field accepts, its canonical form, and the
// exact code and path of every refusal.
import { describe, expect, it } from 'vitest'
import {
  encodeSessionFrom,
  normalizeSessionFrom,
  SESSION_FROM_FIELDS,
  PARTNER_ID_MAX_LENGTH,
  toAgent,
  toGroup,
  validateSessionFrom,
  type SessionFromInput,
} from '../src/index'

const check = (input: unknown) => validateSessionFrom(input as SessionFromInput).map((i) => [i.code, i.path, i.severity])
const first = (input: unknown) => validateSessionFrom(input as SessionFromInput)[0]

describe('fields and unknown keys', () => {
  it('the input fields, in wire order', () => {
    expect(SESSION_FROM_FIELDS).toEqual(['nickname', 'avatarUrl', 'params', 'transferAction', 'platformAction', 'partnerId', 'robotId', 'unionId', 'customerFields'])
    expect(PARTNER_ID_MAX_LENGTH).toBe(100)
  })

  it('UNKNOWN_FIELD names the field and lists the known ones; a key set to undefined is not a field', () => {
    const issue = first({ nickName: 'Tom' })
    expect([issue?.code, issue?.path]).toEqual(['UNKNOWN_FIELD', 'nickName'])
    expect(issue?.message).toMatch(/^\[sobot-contact\] nickName: /)
    expect(issue?.message).toContain(SESSION_FROM_FIELDS.join(', '))
    expect(check({ nickname: 'Tom', nickName: undefined })).toEqual([])
    const step = first({ transferAction: [{ ...toGroup('g'), groupId: 'x' }] })
    expect(step?.message).toContain('actionType, deciId, optionId, spillId')
    expect(check({ platformAction: { customerCode: 'c', flowGroupID: 'f', extra: undefined } })).toEqual([['UNKNOWN_FIELD', 'platformAction.flowGroupID', 'error']])
    expect(first({ platformAction: { customerCode: 'c', x: 1 } })?.message).toContain('customerCode, flowGroupId')
  })

  it('INVALID_FIELD (path "") for an input that is not an object', () => {
    for (const input of [null, undefined, 'sobot||||', 42, [], [{ nickname: 'a' }]]) {
      expect(check(input), JSON.stringify(input)).toEqual([['INVALID_FIELD', '', 'error']])
    }
    expect(first(null)?.message).toMatch(/^\[sobot-contact\] \S/)
    expect(first(null)?.message).not.toMatch(/^\[sobot-contact\] :/)
  })
})

describe('ids: partnerId, robotId, unionId, deciId, customerCode, flowGroupId', () => {
  it('strings as they are; non-negative safe integers as decimal strings; empty means absent', () => {
    expect(normalizeSessionFrom({ partnerId: 0, robotId: 9007199254740991, unionId: 'u' })).toStrictEqual({ partnerId: '0', robotId: '9007199254740991', unionId: 'u' })
    expect(normalizeSessionFrom({ partnerId: null, robotId: '', unionId: undefined } as unknown as SessionFromInput)).toStrictEqual({})
    expect(normalizeSessionFrom({ platformAction: { customerCode: 0, flowGroupId: 12 } })).toStrictEqual({ platformAction: { customerCode: '0', flowGroupId: '12' } })
    expect(normalizeSessionFrom({ platformAction: { customerCode: 'c', flowGroupId: '' } })).toStrictEqual({ platformAction: { customerCode: 'c' } })
  })

  it('INVALID_FIELD for numbers that are not non-negative safe integers, and for other types', () => {
    for (const robotId of [-1, 1.5, 9007199254740992, NaN, Infinity, true, {}, ['1']]) {
      expect(check({ robotId }), String(robotId)).toEqual([['INVALID_FIELD', 'robotId', 'error']])
    }
    expect(first({ unionId: 1.5 })?.message).toMatch(/^\[sobot-contact\] unionId: \S/)
    expect(check({ transferAction: [{ actionType: 'to_group', deciId: -3, optionId: '4' }] })).toEqual([
      ['INVALID_FIELD', 'transferAction[0].deciId', 'error'],
      ['INVALID_TRANSFER_ACTION', 'transferAction[0].deciId', 'error'],
    ])
  })

  it('SEPARATOR_IN_ID wherever the | is, first character included', () => {
    for (const partnerId of ['|', '|a', 'a|', 'a|b']) {
      expect(check({ partnerId }), partnerId).toEqual([['SEPARATOR_IN_ID', 'partnerId', 'error']])
    }
    expect(first({ robotId: '|' })?.message).toMatch(/^\[sobot-contact\] robotId: \S/)
  })

  it('PARTNER_ID_TOO_LONG over 100 characters, counted in UTF-16 units; the message gives the limit', () => {
    expect(check({ partnerId: '智'.repeat(100) })).toEqual([])
    expect(check({ partnerId: '😀'.repeat(51) })).toEqual([['PARTNER_ID_TOO_LONG', 'partnerId', 'error']])
    expect(first({ partnerId: 'x'.repeat(101) })?.message).toMatch(/^\[sobot-contact\] partnerId: .*\b100\b/)
  })
})

describe('free text: nickname, avatarUrl', () => {
  it('| becomes ｜ everywhere, first character included, with one warning', () => {
    const issues = validateSessionFrom({ nickname: '|a|' })
    expect(issues.map((i) => [i.code, i.path, i.severity])).toEqual([['SEPARATOR_REPLACED', 'nickname', 'warning']])
    expect(issues[0]?.message).toMatch(/^\[sobot-contact\] nickname: .*｜/)
    expect(normalizeSessionFrom({ nickname: '|a|', avatarUrl: '|' })).toStrictEqual({ nickname: '｜a｜', avatarUrl: '｜' })
  })

  it('INVALID_FIELD for what is not a string; empty means absent', () => {
    for (const avatarUrl of [1, true, {}, ['x']]) {
      expect(check({ avatarUrl }), JSON.stringify(avatarUrl)).toEqual([['INVALID_FIELD', 'avatarUrl', 'error']])
    }
    expect(first({ nickname: 42 })?.message).toMatch(/^\[sobot-contact\] nickname: \S/)
    expect(normalizeSessionFrom({ nickname: '', avatarUrl: null } as unknown as SessionFromInput)).toStrictEqual({})
  })
})

describe('flat JSON: params, customerFields', () => {
  it('keeps strings, finite numbers and booleans; skips undefined values; all-undefined means absent', () => {
    expect(normalizeSessionFrom({ params: { s: '', n: 1.5, t: true, f: false, u: undefined } } as unknown as SessionFromInput)).toStrictEqual({ params: { s: '', n: 1.5, t: true, f: false } })
    expect(normalizeSessionFrom({ customerFields: { u: undefined } } as unknown as SessionFromInput)).toStrictEqual({})
    expect(normalizeSessionFrom({ params: null } as unknown as SessionFromInput)).toStrictEqual({})
  })

  it('the normalized object is a plain, writable object', () => {
    const params = normalizeSessionFrom({ params: { a: 1, b: 'x' } }).params as Record<string, unknown>
    params.a = 2
    delete params.b
    expect(params).toStrictEqual({ a: 2 })
  })

  it('INVALID_JSON_VALUE (path = the field) for what is not a flat object', () => {
    for (const params of [[1], ['a'], 'x', 1, true]) {
      expect(check({ params }), JSON.stringify(params)).toEqual([['INVALID_JSON_VALUE', 'params', 'error']])
    }
    expect(first({ customerFields: [1] })?.message).toMatch(/^\[sobot-contact\] customerFields: \S/)
  })

  it('INVALID_JSON_VALUE (path field.key) for each bad value', () => {
    expect(check({ params: { ok: 1, a: {}, b: [], c: null, d: -Infinity, e: () => 1 } })).toEqual([
      ['INVALID_JSON_VALUE', 'params.a', 'error'],
      ['INVALID_JSON_VALUE', 'params.b', 'error'],
      ['INVALID_JSON_VALUE', 'params.c', 'error'],
      ['INVALID_JSON_VALUE', 'params.d', 'error'],
      ['INVALID_JSON_VALUE', 'params.e', 'error'],
    ])
    expect(first({ customerFields: { x: null } })?.message).toMatch(/^\[sobot-contact\] customerFields\.x: \S/)
  })
})

describe('transfer_action', () => {
  const ok = (steps: unknown[]) => check({ transferAction: steps })

  it('INVALID_TRANSFER_ACTION for a step that is not an object, and for a type that is not to_group / to_service', () => {
    expect(ok(['g'])).toEqual([['INVALID_TRANSFER_ACTION', 'transferAction[0]', 'error']])
    expect(ok([toGroup('g', { overflowWhen: 'allBusy' }), null])).toEqual([['INVALID_TRANSFER_ACTION', 'transferAction[1]', 'error']])
    expect(ok([{ deciId: 'g', optionId: '4' }])).toEqual([['INVALID_TRANSFER_ACTION', 'transferAction[0].actionType', 'error']])
    expect(first({ transferAction: 'x' })?.message).toMatch(/^\[sobot-contact\] transferAction: .*toGroup\(\)\/toAgent\(\)/)
    expect(first({ transferAction: [1] })?.message).toMatch(/^\[sobot-contact\] transferAction\[0\]: .*toGroup\(\)\/toAgent\(\)/)
    expect(first({ transferAction: [{ actionType: 'x' }] })?.message).toMatch(/^\[sobot-contact\] transferAction\[0\]\.actionType: .*to_group.*to_service/)
  })

  it('four steps pass, five do not; the message gives the limit', () => {
    const chain = (n: number) => [...Array.from({ length: n - 1 }, (_, i) => toGroup('g' + i, { overflowWhen: 'allBusy' })), toGroup('last')]
    expect(ok(chain(4))).toEqual([])
    expect(ok(chain(5))).toEqual([['INVALID_TRANSFER_ACTION', 'transferAction', 'error']])
    expect(first({ transferAction: chain(5) })?.message).toMatch(/^\[sobot-contact\] transferAction: .*\b4\b/)
  })

  it('the optionId and spillId codes per type, in the messages', () => {
    expect(first({ transferAction: [{ actionType: 'to_group', deciId: 'g', optionId: '1' }] })?.message).toMatch(/^\[sobot-contact\] transferAction\[0\]\.optionId: .*\b3\b.*\b4\b/)
    expect(first({ transferAction: [{ actionType: 'to_service', deciId: 'a', optionId: '3' }] })?.message).toMatch(/\b1\b.*\b2\b/)
    expect(first({ transferAction: [{ actionType: 'to_group', deciId: 'g', optionId: '3' }, toGroup('h')] })?.message).toMatch(
      /^\[sobot-contact\] transferAction\[0\]\.spillId: .*4, 5, 6, 7/,
    )
    expect(first({ transferAction: [{ actionType: 'to_service', deciId: 'a', optionId: '1', spillId: '9' }, toGroup('h')] })?.message).toMatch(
      /^\[sobot-contact\] transferAction\[0\]\.spillId: .*1, 2, 3/,
    )
    expect(first({ transferAction: [{ actionType: 'to_group', deciId: 'g', optionId: '4', spillId: '4' }] })?.message).toMatch(/^\[sobot-contact\] transferAction\[0\]\.spillId: \S/)
  })

  it('every overflow condition maps to its spillId, numbers accepted, strings emitted', () => {
    const spill = (step: object) => normalizeSessionFrom({ transferAction: [step, toAgent('z')] } as SessionFromInput).transferAction?.[0]
    expect(spill(toGroup('g', { overflowWhen: 'noneOnline' }))).toStrictEqual({ actionType: 'to_group', deciId: 'g', optionId: '3', spillId: '4' })
    expect(spill(toGroup('g', { overflowWhen: 'smart' }))?.spillId).toBe('7')
    expect(spill(toAgent(5, { overflowWhen: 'offline' }))).toStrictEqual({ actionType: 'to_service', deciId: '5', optionId: '1', spillId: '1' })
    expect(spill(toAgent('a', { overflowWhen: 'smart' }))?.spillId).toBe('3')
    expect(spill({ actionType: 'to_service', deciId: 5, optionId: 1, spillId: 2 })).toStrictEqual({ actionType: 'to_service', deciId: '5', optionId: '1', spillId: '2' })
    expect(normalizeSessionFrom({ transferAction: [toAgent('a')] }).transferAction).toStrictEqual([{ actionType: 'to_service', deciId: 'a', optionId: '2' }])
  })

  it('a missing deciId says what it is', () => {
    expect(first({ transferAction: [{ actionType: 'to_service', optionId: '2' }] })?.message).toMatch(/^\[sobot-contact\] transferAction\[0\]\.deciId: \S/)
  })
})

describe('platform_action', () => {
  it('INVALID_FIELD (path platformAction) for what is not an object; MISSING_CUSTOMER_CODE says what it is', () => {
    for (const platformAction of ['c', 1, [{ customerCode: 'c' }]]) {
      expect(check({ platformAction }), JSON.stringify(platformAction)).toEqual([['INVALID_FIELD', 'platformAction', 'error']])
    }
    expect(first({ platformAction: 'c' })?.message).toMatch(/^\[sobot-contact\] platformAction: .*customerCode/)
    expect(first({ platformAction: { customerCode: '' } })?.message).toMatch(/^\[sobot-contact\] platformAction\.customerCode: \S/)
  })
})

describe('the 1000-byte limit', () => {
  it('SESSION_FROM_TOO_LONG (path: the largest field) gives the total, the limit, every non-empty field and the separators', () => {
    const tooLong = validateSessionFrom({ nickname: '智'.repeat(334), robotId: 'r' })
    expect(tooLong.map((i) => [i.code, i.path, i.severity])).toEqual([['SESSION_FROM_TOO_LONG', 'nickname', 'error']])
    const message = tooLong[0]?.message
    expect(message).toMatch(/^\[sobot-contact\] nickname: 1020 of 1000 UTF-8 bytes/)
    expect(message).toContain('nickname 1002, robotId 9, separators 9')
    expect(message).not.toMatch(/avatarUrl|params|unionId/)
    expect(message).toContain('shortenFreeText')
  })

  it('is reported after the field problems, and 1000 bytes exactly is fine', () => {
    expect(check({ nickname: 'a'.repeat(991) })).toEqual([])
    expect(check({ nickname: 'a'.repeat(992), robotId: '|' })).toEqual([
      ['SEPARATOR_IN_ID', 'robotId', 'error'],
      ['SESSION_FROM_TOO_LONG', 'nickname', 'error'],
    ])
    expect(encodeSessionFrom({ nickname: 'a'.repeat(991) })).toHaveLength(1000)
  })
})
