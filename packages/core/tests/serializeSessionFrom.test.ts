// The wire string and its byte accounting: exact bytes, exact separators, exact keys and order.
import { describe, expect, it } from 'vitest'
import { SESSION_FROM_BYTE_LIMIT, SESSION_FROM_KEYS, serializeSessionFrom } from '../src/serializeSessionFrom'
import { encodeSessionFrom, measureSessionFrom, toAgent, toGroup } from '../src/index'

const full = {
  nickname: '汤姆',
  avatarUrl: 'https://a.example/t.png',
  params: { a: 1, 'b|': 'x|y' },
  transferAction: [toGroup('g', { overflowWhen: 'allBusy' }), toAgent('a')],
  platformAction: { customerCode: 'c1', flowGroupId: 'f' },
  partnerId: 'p1',
  robotId: 2,
  unionId: 'u==',
  customerFields: { f: '智|' },
}
const segments = {
  transferAction:
    'transfer_action=[{"actionType":"to_group","deciId":"g","optionId":"3","spillId":"5"},{"actionType":"to_service","deciId":"a","optionId":"2"}]',
  platformAction: 'platform_action={"customerCode":"c1","flowGroupId":"f"}',
  partnerId: 'partnerid=p1',
  robotId: 'robotid=2',
  unionId: 'unionid=u==',
  customerFields: 'customer_fields={"f":"智\\u007c"}',
}
const params = '{"a":1,"b\\u007c":"x\\u007cy"}'

describe('the wire string', () => {
  it('the keys and their order', () => {
    expect(Object.keys(SESSION_FROM_KEYS)).toEqual(['transferAction', 'platformAction', 'partnerId', 'robotId', 'unionId', 'customerFields'])
    expect(Object.values(SESSION_FROM_KEYS)).toEqual(['transfer_action', 'platform_action', 'partnerid', 'robotid', 'unionid', 'customer_fields'])
    expect(SESSION_FROM_BYTE_LIMIT).toBe(1000)
  })

  it('every field, in wire order, with | only between segments and escaped as \\u007c inside JSON', () => {
    const value = encodeSessionFrom(full)
    expect(value).toBe(
      ['sobot', '汤姆', 'https://a.example/t.png', params, ...Object.values(segments)].join('|'),
    )
  })

  it('JSON values are compact with every | escaped, and parse back', () => {
    const value = encodeSessionFrom({ params: { 'a|b': '||' }, customerFields: { k: 'a|b|c' } })
    expect(value).toBe('sobot|||{"a\\u007cb":"\\u007c\\u007c"}|customer_fields={"k":"a\\u007cb\\u007cc"}')
  })

  it('one optional field: no leading or doubled separator', () => {
    expect(encodeSessionFrom({ unionId: 'u' })).toBe('sobot||||unionid=u')
    expect(encodeSessionFrom({ customerFields: { f: 1 }, robotId: 'r' })).toBe('sobot||||robotid=r|customer_fields={"f":1}')
    expect(encodeSessionFrom({ nickname: 'n', avatarUrl: 'a' })).toBe('sobot|n|a||')
  })
})

describe('byte accounting', () => {
  it('each field counts its segment ("key=" included) in UTF-8 bytes; the rest is sobot and the separators', () => {
    const m = measureSessionFrom(full)
    const bytes = (s: string) => Buffer.byteLength(s, 'utf8')
    expect(m.fields).toStrictEqual({
      nickname: 6,
      avatarUrl: bytes('https://a.example/t.png'),
      params: bytes(params),
      transferAction: bytes(segments.transferAction),
      platformAction: bytes(segments.platformAction),
      partnerId: bytes('partnerid=p1'),
      robotId: bytes('robotid=2'),
      unionId: bytes('unionid=u=='),
      customerFields: bytes(segments.customerFields),
    })
    expect(m.overhead).toBe('sobot'.length + 9) // nine "|"
    expect(m.bytes).toBe(bytes(encodeSessionFrom(full)))
    expect(m.remaining).toBe(1000 - m.bytes)
    expect(m.fits).toBe(true)
  })

  it('absent fields count 0; the empty value is all overhead', () => {
    const empty = measureSessionFrom({})
    expect(empty).toStrictEqual({
      bytes: 9,
      limit: 1000,
      remaining: 991,
      fits: true,
      overhead: 9,
      fields: { nickname: 0, avatarUrl: 0, params: 0, transferAction: 0, platformAction: 0, partnerId: 0, robotId: 0, unionId: 0, customerFields: 0 },
    })
    const one = serializeSessionFrom({ robotId: 'r' })
    expect(one).toStrictEqual({
      value: 'sobot||||robotid=r',
      bytes: 18,
      overhead: 9,
      fields: { nickname: 0, avatarUrl: 0, params: 0, transferAction: 0, platformAction: 0, partnerId: 0, robotId: 9, unionId: 0, customerFields: 0 },
    })
  })

  it('exactly at the limit fits; one byte over does not', () => {
    const at = measureSessionFrom({ nickname: 'a'.repeat(991) })
    expect([at.bytes, at.remaining, at.fits]).toEqual([1000, 0, true])
    const over = measureSessionFrom({ nickname: 'a'.repeat(990) + 'é' })
    expect([over.bytes, over.remaining, over.fits]).toEqual([1001, -1, false])
  })
})
