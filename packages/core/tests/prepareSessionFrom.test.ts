// prepareSessionFrom's contract with an overflow policy and onWarning, and shortenFreeText's exact cut.
import { describe, expect, it } from 'vitest'
import { errorOf } from './errorOf'
import { encodeSessionFrom, prepareSessionFrom, shortenFreeText, SobotContactError, type NormalizedSessionFrom } from '../src/index'


describe('prepareSessionFrom', () => {
  it('calls the overflow policy only when the value is over 1000 bytes, with the normalized value', () => {
    const calls: NormalizedSessionFrom[] = []
    const policy = (v: NormalizedSessionFrom) => (calls.push(v), { ...v, nickname: 'short' })
    expect(prepareSessionFrom({ nickname: 'a'.repeat(991) }, { overflow: policy }).value).toBe('sobot|' + 'a'.repeat(991) + '|||')
    expect(calls).toEqual([])
    const r = prepareSessionFrom({ nickname: 'a'.repeat(992), robotId: 3 }, { overflow: policy })
    expect(calls).toStrictEqual([{ nickname: 'a'.repeat(992), robotId: '3' }])
    expect(r).toStrictEqual({ value: 'sobot|short|||robotid=3', bytes: 23, warnings: [], normalized: { nickname: 'short', robotId: '3' } })
  })

  it('SESSION_FROM_TOO_LONG when the policy did not shorten enough', () => {
    const e = errorOf(() => prepareSessionFrom({ nickname: 'a'.repeat(992) }, { overflow: (v) => v }))
    expect([e.code, e.path]).toEqual(['SESSION_FROM_TOO_LONG', 'nickname'])
  })

  it('calls onWarning once per warning, after the value is known good', () => {
    const seen: string[] = []
    const r = prepareSessionFrom({ nickname: 'a|b', avatarUrl: '|' }, { onWarning: (w) => seen.push(`${w.code} ${w.path}`) })
    expect(seen).toEqual(['SEPARATOR_REPLACED nickname', 'SEPARATOR_REPLACED avatarUrl'])
    expect(r.warnings.map((w) => w.path)).toEqual(['nickname', 'avatarUrl'])
    const none: string[] = []
    expect(() => prepareSessionFrom({ nickname: 'a|b', robotId: '|' }, { onWarning: (w) => none.push(w.code) })).toThrow(SobotContactError)
    expect(none).toEqual([])
  })
})

describe('shortenFreeText', () => {
  it('keeps exactly as many whole characters as fit, and says how many', () => {
    // 'sobot|' + nickname + '|||' : 9 bytes of overhead, 991 for the nickname
    const { value, warnings, normalized } = prepareSessionFrom({ nickname: '智'.repeat(330) + 'abc' }, { overflow: shortenFreeText })
    expect(value).toBe('sobot|' + '智'.repeat(330) + 'a|||')
    expect(normalized.nickname).toBe('智'.repeat(330) + 'a')
    expect(warnings.map((w) => [w.code, w.path, w.severity])).toEqual([['SESSION_FROM_SHORTENED', 'nickname', 'warning']])
    expect(warnings[0]?.message).toMatch(/^\[sobot-contact\] nickname: .*\b333\b.*\b331\b/)
  })

  it('removes the nickname when none of it fits', () => {
    const params = { p: 'x'.repeat(983) } // with the nickname "ab": 1002 bytes
    expect(Buffer.byteLength(encodeSessionFrom({ params }))).toBe(1000)
    const r = prepareSessionFrom({ nickname: 'ab', params }, { overflow: shortenFreeText })
    expect(r.normalized).toStrictEqual({ params })
    expect(r.bytes).toBe(1000)
    expect(r.warnings[0]?.message).toMatch(/\b2\b.*\b0\b/)
  })

  it('drops the avatar (and says why) only when the value is over even without the nickname', () => {
    const avatarUrl = 'https://a.example/' + 'y'.repeat(500)
    const params = { p: 'x'.repeat(480) }
    const r = prepareSessionFrom({ nickname: 'Tom', avatarUrl, params }, { overflow: shortenFreeText })
    expect(r.normalized).toStrictEqual({ nickname: 'Tom', params })
    expect(r.warnings.map((w) => [w.code, w.path, w.severity])).toEqual([['SESSION_FROM_SHORTENED', 'avatarUrl', 'warning']])
    expect(r.warnings[0]?.message).toMatch(/^\[sobot-contact\] avatarUrl: \S/)
  })

  it('does not touch the caller\'s value', () => {
    const value = { nickname: '智'.repeat(400), avatarUrl: 'https://a.example/a.png' }
    const copy = { ...value }
    shortenFreeText(value, [])
    expect(value).toStrictEqual(copy)
  })
})
