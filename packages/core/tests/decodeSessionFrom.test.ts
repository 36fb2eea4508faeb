// decodeSessionFrom: the structure checks, with the exact code, path and the keys it names.
import { describe, expect, it } from 'vitest'
import { errorOf } from './errorOf'
import { decodeSessionFrom } from '../src/index'


const KEYS = 'transfer_action, platform_action, partnerid, robotid, unionid, customer_fields'

describe('decodeSessionFrom structure', () => {
  it('four segments are the minimum: "sobot|||" is the empty value', () => {
    expect(decodeSessionFrom('sobot|||')).toStrictEqual({})
    expect(decodeSessionFrom('sobot||||')).toStrictEqual({})
    expect(decodeSessionFrom('sobot|Tom|https://a.example/t.png|{"a":1}')).toStrictEqual({
      nickname: 'Tom',
      avatarUrl: 'https://a.example/t.png',
      params: { a: 1 },
    })
  })

  it('NOT_SOBOT_SESSION_FROM (path "") for what is not a string or lacks the four leading segments', () => {
    for (const value of [undefined, null, 42, ['sobot', '', '', ''], 'sobot||', 'xsobot||||', ' sobot||||']) {
      const e = errorOf(() => decodeSessionFrom(value as string))
      expect([e.code, e.path], JSON.stringify(value)).toEqual(['NOT_SOBOT_SESSION_FROM', ''])
      expect(e.message).toMatch(/^\[sobot-contact\] [^:]*"sobot\|\|\|\|"/) // no "path: " before the text
    }
  })

  it('empty optional segments and empty values are skipped; every key maps to its field', () => {
    expect(decodeSessionFrom('sobot||||||partnerid=|robotid=7||')).toStrictEqual({ robotId: '7' })
    expect(
      decodeSessionFrom(
        'sobot||||customer_fields={"f":"1"}|unionid=u|robotid=r|partnerid=p|platform_action={"customerCode":"c"}|transfer_action=[{"actionType":"to_group","deciId":"g","optionId":"4"}]',
      ),
    ).toStrictEqual({
      customerFields: { f: '1' },
      unionId: 'u',
      robotId: 'r',
      partnerId: 'p',
      platformAction: { customerCode: 'c' },
      transferAction: [{ actionType: 'to_group', deciId: 'g', optionId: '4' }],
    })
  })

  it('an empty JSON object or array is the same as an absent field', () => {
    expect(decodeSessionFrom('sobot|||{}|transfer_action=[]|platform_action={}|customer_fields={}')).toStrictEqual({})
  })

  it('INVALID_SESSION_FROM (path "segment N") for a segment that is not key=value with a known key, naming the keys', () => {
    for (const [value, segment] of [
      ['sobot||||partnerid', 'segment 4'],
      ['sobot||||unionidX', 'segment 4'], // no "=": not the key unionid with a value
      ['sobot||||robotid0', 'segment 4'],
      ['sobot||||=p', 'segment 4'],
      ['sobot||||partnerid=1|PartnerId=2', 'segment 5'],
      ['sobot||||partnerid =1', 'segment 4'],
      ['sobot||||nickname=Tom', 'segment 4'],
      ['sobot|||||||unionid', 'segment 7'],
    ] as const) {
      const e = errorOf(() => decodeSessionFrom(value))
      expect([e.code, e.path], value).toEqual(['INVALID_SESSION_FROM', segment])
      expect(e.message).toMatch(new RegExp(`^\\[sobot-contact\\] ${segment}: `))
      expect(e.message).toContain(KEYS)
    }
  })

  it('quotes at most 40 characters of a bad segment', () => {
    const e = errorOf(() => decodeSessionFrom('sobot||||' + 'x'.repeat(39) + 'yz'))
    expect(e.message).toContain(`"${'x'.repeat(39)}y"`)
    expect(e.message).not.toContain('yz')
  })

  it('INVALID_SESSION_FROM for a key given twice, naming the wire key', () => {
    const e = errorOf(() => decodeSessionFrom('sobot||||unionid=a|robotid=1|unionid=b'))
    expect([e.code, e.path]).toEqual(['INVALID_SESSION_FROM', 'segment 6'])
    expect(e.message).toMatch(/^\[sobot-contact\] segment 6: unionid /)
    // an empty first occurrence still counts
    expect(errorOf(() => decodeSessionFrom('sobot||||unionid=|unionid=b')).path).toBe('segment 5')
  })

  it('INVALID_JSON_VALUE (path = the field) for JSON of the wrong shape, naming the shape', () => {
    const cases: [string, string, 'object' | 'array'][] = [
      ['sobot|||[1]', 'params', 'object'],
      ['sobot|||1', 'params', 'object'],
      ['sobot|||null', 'params', 'object'],
      ['sobot|||"x"', 'params', 'object'],
      ['sobot|||true', 'params', 'object'],
      ['sobot||||transfer_action={}', 'transferAction', 'array'],
      ['sobot||||transfer_action=null', 'transferAction', 'array'],
      ['sobot||||transfer_action="[]"', 'transferAction', 'array'],
      ['sobot||||platform_action=[]', 'platformAction', 'object'],
      ['sobot||||customer_fields=[{"f":1}]', 'customerFields', 'object'],
    ]
    for (const [value, path, shape] of cases) {
      const e = errorOf(() => decodeSessionFrom(value))
      expect([e.code, e.path], value).toEqual(['INVALID_JSON_VALUE', path])
      expect(e.message, value).toMatch(new RegExp(`^\\[sobot-contact\\] ${path}: .*JSON ${shape}`))
    }
  })

  it('INVALID_JSON_VALUE for text that is not JSON, quoting at most 40 characters of it', () => {
    const raw = '{' + 'a'.repeat(39) + 'bc'
    const e = errorOf(() => decodeSessionFrom('sobot||||customer_fields=' + raw))
    expect([e.code, e.path]).toEqual(['INVALID_JSON_VALUE', 'customerFields'])
    expect(e.message).toMatch(/^\[sobot-contact\] customerFields: /)
    expect(e.message).toContain(raw.slice(0, 40))
    expect(e.message).not.toContain(raw.slice(0, 41))
  })

  it('ids and plain values are kept verbatim, "=" included', () => {
    expect(decodeSessionFrom('sobot||||robotid==1=|unionid=ab==')).toStrictEqual({ robotId: '=1=', unionId: 'ab==' })
  })
})
