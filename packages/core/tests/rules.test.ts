import { describe, expect, it } from 'vitest'
import { errorOf } from './errorOf'
import { decodeSessionFrom, encodeSessionFrom, measureSessionFrom, normalizeSessionFrom, prepareSessionFrom, shortenFreeText, toAgent, toGroup, utf8ByteLength, validateSessionFrom, type SessionFromInput } from '../src/index'


const errors = (input: unknown) =>
  validateSessionFrom(input as SessionFromInput)
    .filter((i) => i.severity === 'error')
    .map((i) => [i.code, i.path])

describe('UTF-8 byte limit', () => {
  it('a 334-character Chinese nickname is over 1000 bytes although .length < 1000', () => {
    const nickname = '智'.repeat(334)
    expect(nickname.length).toBeLessThan(1000)
    const e = errorOf(() => encodeSessionFrom({ nickname }))
    expect(e.code).toBe('SESSION_FROM_TOO_LONG')
    expect(e.path).toBe('nickname')
    expect(e.message).toContain('nickname 1002')
    expect(measureSessionFrom({ nickname })).toMatchObject({ bytes: 1011, fits: false, limit: 1000, remaining: -11 })
  })

  it('exactly 1000 bytes passes, 1001 fails', () => {
    const fill = (n: number) => 'a'.repeat(n - 'sobot||||'.length)
    expect(utf8ByteLength(encodeSessionFrom({ nickname: fill(1000) }))).toBe(1000)
    expect(errorOf(() => encodeSessionFrom({ nickname: fill(1001) })).code).toBe('SESSION_FROM_TOO_LONG')
  })

  it('counts bytes like a UTF-8 encoder (1–4 bytes, lone surrogates as U+FFFD)', () => {
    for (const s of ['a', 'é', '智', '😀', '\ud800', 'a😀b智', '\udc00x']) {
      expect(utf8ByteLength(s)).toBe(Buffer.byteLength(s, 'utf8'))
    }
  })

  it('measure reports bytes per field that add up to the total', () => {
    const m = measureSessionFrom({ nickname: '汤姆', params: { a: 1 }, partnerId: 'p1', transferAction: [toGroup('g')] })
    expect(m.fields.nickname).toBe(6)
    expect(m.fields.params).toBe('{"a":1}'.length)
    expect(m.fields.partnerId).toBe('partnerid=p1'.length)
    expect(m.fields.robotId).toBe(0)
    const sum = Object.values(m.fields).reduce((a, b) => a + b, 0) + m.overhead
    expect(sum).toBe(m.bytes)
    expect(m.bytes).toBe(utf8ByteLength(encodeSessionFrom({ nickname: '汤姆', params: { a: 1 }, partnerId: 'p1', transferAction: [toGroup('g')] })))
  })
})

describe('the | separator', () => {
  it('inside JSON values it is escaped losslessly as \\u007c', () => {
    const value = encodeSessionFrom({ params: { 'a|b': 'x|y' }, customerFields: { f: '1|2' } })
    expect(value.split('|')).toHaveLength(5) // sobot, nick, avatar, params, customer_fields — no extra
    expect(value).toContain('{"a\\u007cb":"x\\u007cy"}')
    expect(decodeSessionFrom(value)).toEqual({ params: { 'a|b': 'x|y' }, customerFields: { f: '1|2' } })
  })

  it('inside nickname / avatar it becomes ｜ (U+FF5C) and is reported', () => {
    const warnings: string[] = []
    const value = encodeSessionFrom({ nickname: 'A|B', avatarUrl: 'https://x/|.png' }, { onWarning: (w) => warnings.push(`${w.code} ${w.path}`) })
    expect(value).toBe('sobot|A｜B|https://x/｜.png||')
    expect(warnings).toEqual(['SEPARATOR_REPLACED nickname', 'SEPARATOR_REPLACED avatarUrl'])
    expect(validateSessionFrom({ nickname: 'A|B' })).toMatchObject([{ code: 'SEPARATOR_REPLACED', severity: 'warning' }])
    expect(prepareSessionFrom({ nickname: '|' }).warnings).toHaveLength(1)
  })

  it('inside ids it is an error', () => {
    expect(errors({ partnerId: 'a|b' })).toEqual([['SEPARATOR_IN_ID', 'partnerId']])
    expect(errors({ robotId: '1|' })).toEqual([['SEPARATOR_IN_ID', 'robotId']])
    expect(errors({ unionId: '|x' })).toEqual([['SEPARATOR_IN_ID', 'unionId']])
    expect(errors({ transferAction: [toGroup('g|1')] })).toEqual([['SEPARATOR_IN_ID', 'transferAction[0].deciId']])
    expect(errors({ platformAction: { customerCode: 'c|' } })).toEqual([['SEPARATOR_IN_ID', 'platformAction.customerCode']])
  })
})

describe('transfer_action', () => {
  it('accepts a valid chain of up to 4 steps with three overflows', () => {
    const chain = [
      toAgent('a1', { overflowWhen: 'offline' }),
      toGroup('g1', { overflowWhen: 'allBusy' }),
      toGroup('g2', { overflowWhen: 'offDuty' }),
      toGroup('g3'),
    ]
    expect(errors({ transferAction: chain })).toEqual([])
  })

  it('rejects more than 4 steps', () => {
    const five = [1, 2, 3, 4].map((n) => toGroup('g' + n, { overflowWhen: 'allBusy' })).concat(toGroup('g5'))
    expect(errors({ transferAction: five })).toEqual([['INVALID_TRANSFER_ACTION', 'transferAction']])
  })

  it('pairs optionId with actionType', () => {
    expect(errors({ transferAction: [{ actionType: 'to_group', deciId: 'g', optionId: '2' }] })).toEqual([
      ['INVALID_TRANSFER_ACTION', 'transferAction[0].optionId'],
    ])
    expect(errors({ transferAction: [{ actionType: 'to_service', deciId: 'a', optionId: 4 }] })).toEqual([
      ['INVALID_TRANSFER_ACTION', 'transferAction[0].optionId'],
    ])
  })

  it('checks the action type and spillId codes per type', () => {
    expect(errors({ transferAction: [{ actionType: 'to_robot', deciId: 'g', optionId: '4' }] })).toEqual([
      ['INVALID_TRANSFER_ACTION', 'transferAction[0].actionType'],
    ])
    expect(
      errors({ transferAction: [{ actionType: 'to_service', deciId: 'a', optionId: '1', spillId: '5' }, toGroup('g')] }),
    ).toEqual([['INVALID_TRANSFER_ACTION', 'transferAction[0].spillId']])
    expect(errors({ transferAction: [{ actionType: 'to_group', deciId: 'g', optionId: '3', spillId: '2' }, toGroup('g')] })).toEqual([
      ['INVALID_TRANSFER_ACTION', 'transferAction[0].spillId'],
    ])
    // an unknown condition in a builder is reported, not silently dropped
    expect(errors({ transferAction: [toGroup('g', { overflowWhen: 'allbusy' as never }), toGroup('h')] })).toEqual([
      ['INVALID_TRANSFER_ACTION', 'transferAction[0].spillId'],
    ])
  })

  it('spillId only and always on overflowing steps', () => {
    expect(errors({ transferAction: [{ actionType: 'to_group', deciId: 'g', optionId: '3' }, toGroup('h')] })).toEqual([
      ['INVALID_TRANSFER_ACTION', 'transferAction[0].spillId'],
    ])
    expect(errors({ transferAction: [{ actionType: 'to_group', deciId: 'g', optionId: '4', spillId: '5' }] })).toEqual([
      ['INVALID_TRANSFER_ACTION', 'transferAction[0].spillId'],
    ])
  })

  it('no dangling overflow, no unreachable step', () => {
    expect(errors({ transferAction: [toGroup('g', { overflowWhen: 'allBusy' })] })).toEqual([
      ['INVALID_TRANSFER_ACTION', 'transferAction[0].optionId'],
    ])
    expect(errors({ transferAction: [toGroup('g'), toAgent('a')] })).toEqual([['INVALID_TRANSFER_ACTION', 'transferAction[1]']])
  })

  it('requires deciId and rejects unknown step keys', () => {
    expect(errors({ transferAction: [{ actionType: 'to_group', deciId: '', optionId: '4' }] })).toEqual([
      ['INVALID_TRANSFER_ACTION', 'transferAction[0].deciId'],
    ])
    expect(errors({ transferAction: [{ ...toGroup('g'), groupId: 'x' }] })).toEqual([['UNKNOWN_FIELD', 'transferAction[0].groupId']])
  })

  it('an empty array is omitted', () => {
    expect(encodeSessionFrom({ transferAction: [] })).toBe('sobot||||')
  })
})

describe('bad inputs: each gets its code and path', () => {
  const table: [string, unknown, [string, string][]][] = [
    ['partnerId over 100 chars', { partnerId: 'x'.repeat(101) }, [['PARTNER_ID_TOO_LONG', 'partnerId']]],
    ['platformAction without customerCode', { platformAction: { flowGroupId: 'f' } }, [['MISSING_CUSTOMER_CODE', 'platformAction.customerCode']]],
    ['params nested object', { params: { a: { b: 1 } } }, [['INVALID_JSON_VALUE', 'params.a']]],
    ['params NaN', { params: { a: NaN } }, [['INVALID_JSON_VALUE', 'params.a']]],
    ['params Infinity', { params: { a: Infinity } }, [['INVALID_JSON_VALUE', 'params.a']]],
    ['customerFields array value', { customerFields: { f: [1] } }, [['INVALID_JSON_VALUE', 'customerFields.f']]],
    ['customerFields null value', { customerFields: { f: null } }, [['INVALID_JSON_VALUE', 'customerFields.f']]],
    ['params not an object', { params: '{"a":1}' }, [['INVALID_JSON_VALUE', 'params']]],
    ['robotId NaN', { robotId: NaN }, [['INVALID_FIELD', 'robotId']]],
    ['robotId negative', { robotId: -1 }, [['INVALID_FIELD', 'robotId']]],
    ['nickname not a string', { nickname: 42 }, [['INVALID_FIELD', 'nickname']]],
    ['unknown field (typo)', { nickName: 'Tom' }, [['UNKNOWN_FIELD', 'nickName']]],
    ['transferAction not an array', { transferAction: { actionType: 'to_group' } }, [['INVALID_TRANSFER_ACTION', 'transferAction']]],
    ['input not an object', 'sobot||||', [['INVALID_FIELD', '']]],
  ]
  it.each(table)('%s', (_name, input, expected) => {
    expect(errors(input)).toEqual(expected)
    const e = errorOf(() => encodeSessionFrom(input as SessionFromInput))
    expect([e.code, e.path]).toEqual(expected[0])
    expect(e.message).toMatch(/^\[sobot-contact\] /)
  })

  it('reports every problem at once, and the thrown error carries them all', () => {
    const input = { partnerId: 'a|b', robotId: 'r|', platformAction: {} } as unknown as SessionFromInput
    expect(errors(input)).toEqual([
      ['MISSING_CUSTOMER_CODE', 'platformAction.customerCode'],
      ['SEPARATOR_IN_ID', 'partnerId'],
      ['SEPARATOR_IN_ID', 'robotId'],
    ])
    expect(errorOf(() => encodeSessionFrom(input)).issues).toHaveLength(3)
  })

  it('partnerId of exactly 100 characters passes', () => {
    expect(errors({ partnerId: 'x'.repeat(100) })).toEqual([])
  })
})

describe('normalization', () => {
  it('empty values are absent, ids become strings', () => {
    expect(normalizeSessionFrom({ nickname: '', params: {}, customerFields: {}, robotId: 7, partnerId: 12 })).toEqual({
      robotId: '7',
      partnerId: '12',
    })
    expect(encodeSessionFrom({ robotId: 7 })).toBe('sobot||||robotid=7')
  })
})

describe('over-limit policy: shortenFreeText', () => {
  const avatarUrl = 'https://thirdwx.qlogo.cn/mmopen/vi_32/' + 'x'.repeat(120) + '/132'

  it('by default throws with the per-field breakdown', () => {
    const e = errorOf(() => encodeSessionFrom({ nickname: '智'.repeat(400), avatarUrl }))
    expect(e.code).toBe('SESSION_FROM_TOO_LONG')
    expect(e.message).toMatch(/nickname 1200, avatarUrl 162/)
  })

  it('shortens the nickname by whole characters, never splitting a surrogate pair, and keeps the avatar when that suffices', () => {
    const nickname = '😀'.repeat(300) // 1200 bytes, 600 UTF-16 units
    const { value, bytes, warnings } = prepareSessionFrom({ nickname, avatarUrl, partnerId: 'p-1' }, { overflow: shortenFreeText })
    expect(bytes).toBeLessThanOrEqual(1000)
    expect(bytes).toBeGreaterThan(996) // as much of the nickname as fits
    const decoded = decodeSessionFrom(value)
    expect(decoded.avatarUrl).toBe(avatarUrl)
    expect(decoded.partnerId).toBe('p-1')
    expect(decoded.nickname).toMatch(/^(😀)+$/u)
    expect(warnings.map((w) => [w.code, w.path])).toEqual([['SESSION_FROM_SHORTENED', 'nickname']])
  })

  it('drops the avatar only when an empty nickname still would not fit, and never touches routing or identity', () => {
    const transferAction = [toGroup('g', { overflowWhen: 'allBusy' }), toAgent('a')]
    const big = { nickname: 'Tom', avatarUrl: 'https://a.example/' + 'y'.repeat(700), params: { note: 'z'.repeat(150) }, transferAction, unionId: 'u'.repeat(40) }
    const { value, warnings } = prepareSessionFrom(big, { overflow: shortenFreeText })
    const decoded = decodeSessionFrom(value)
    expect(decoded.avatarUrl).toBeUndefined()
    expect(decoded.nickname).toBe('Tom')
    expect(decoded.transferAction).toEqual(transferAction)
    expect(decoded.unionId).toBe(big.unionId)
    expect(decoded.params).toEqual(big.params)
    expect(warnings.map((w) => [w.code, w.path])).toEqual([['SESSION_FROM_SHORTENED', 'avatarUrl']])
  })

  it('still throws when routing and identity alone are over the limit', () => {
    const e = errorOf(() => encodeSessionFrom({ nickname: 'a', params: { p: 'x'.repeat(1000) } }, { overflow: shortenFreeText }))
    expect(e.code).toBe('SESSION_FROM_TOO_LONG')
    expect(e.path).toBe('params') // the largest field: the one to shorten
    const routed = errorOf(() => encodeSessionFrom({ nickname: 'b'.repeat(300), customerFields: { ['f'.repeat(32)]: 'y'.repeat(700) } }))
    expect(routed.path).toBe('customerFields')
  })

  it('does nothing when the input fits', () => {
    expect(prepareSessionFrom({ nickname: 'Tom', avatarUrl }, { overflow: shortenFreeText }).warnings).toEqual([])
  })
})

describe('decodeSessionFrom', () => {
  it('accepts key=value segments in any order and splits on the first =', () => {
    expect(decodeSessionFrom('sobot|||{}|unionid=abc==|partnerid=p=1|robotid=2')).toEqual({ unionId: 'abc==', partnerId: 'p=1', robotId: '2' })
  })

  it('rejects what is not a Sobot session-from', () => {
    for (const s of ['', 'sobot', 'sobot||', 'hello|a|b|c', 'SOBOT||||']) {
      expect(errorOf(() => decodeSessionFrom(s)).code).toBe('NOT_SOBOT_SESSION_FROM')
    }
  })

  it('rejects unknown keys, segments without =, duplicates and bad JSON, with a path', () => {
    expect([errorOf(() => decodeSessionFrom('sobot||||foo=1')).code, errorOf(() => decodeSessionFrom('sobot||||foo=1')).path]).toEqual([
      'INVALID_SESSION_FROM',
      'segment 4',
    ])
    expect(errorOf(() => decodeSessionFrom('sobot||||partnerid')).code).toBe('INVALID_SESSION_FROM')
    expect(errorOf(() => decodeSessionFrom('sobot||||partnerid=1|partnerid=2')).code).toBe('INVALID_SESSION_FROM')
    const bad = errorOf(() => decodeSessionFrom('sobot|||{oops'))
    expect([bad.code, bad.path]).toEqual(['INVALID_JSON_VALUE', 'params'])
    expect(errorOf(() => decodeSessionFrom('sobot||||transfer_action={"a":1}')).path).toBe('transferAction')
  })
})

describe('JSON numbers', () => {
  it('a "__proto__" key is kept as a key, not dropped', () => {
    const params = JSON.parse('{"__proto__":"x","a":1}')
    const value = encodeSessionFrom({ params })
    expect(value).toBe('sobot|||{"__proto__":"x","a":1}|')
    expect(JSON.stringify(decodeSessionFrom(value).params)).toBe('{"__proto__":"x","a":1}')
  })

  it('-0 is normalized to 0 (JSON cannot carry -0), so the round trip holds', () => {
    expect(Object.is(normalizeSessionFrom({ params: { n: -0 } }).params?.n, 0)).toBe(true)
    expect(decodeSessionFrom(encodeSessionFrom({ params: { n: -0 } }))).toEqual(normalizeSessionFrom({ params: { n: -0 } }))
  })
})

describe('routing builders: exactly the fields Sobot reads', () => {
  it('a step without an overflow condition has no spillId key at all', () => {
    expect(toGroup('g')).toStrictEqual({ actionType: 'to_group', deciId: 'g', optionId: '4' })
    expect(toAgent(7)).toStrictEqual({ actionType: 'to_service', deciId: '7', optionId: '2' })
    expect(toGroup('g', { overflowWhen: 'allBusy' })).toStrictEqual({ actionType: 'to_group', deciId: 'g', optionId: '3', spillId: '5' })
  })
})
