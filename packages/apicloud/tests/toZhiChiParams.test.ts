// The APICloud parameter mapping (toZhiChiParams) field by field: what reaches startZhiChi, what is
// reported as FIELD_NOT_MAPPED, and every refusal with its code and path.
import { describe, expect, it } from 'vitest'
import { toGroup } from '@sobot-contact/core'
import { SobotContactError, toZhiChiParams } from '../src/index'

const SYS_NUM = 'sys-1'
const refusal = (f: () => unknown): [string, string] => {
  try {
    f()
  } catch (e) {
    if (e instanceof SobotContactError) return [e.code, e.path]
    throw e
  }
  throw new Error('did not throw')
}

describe('toZhiChiParams: what reaches startZhiChi', () => {
  it('maps partnerId → userId (numbers as digits), nickname → nickName, phone and email; nothing else', () => {
    const { params, warnings, errors } = toZhiChiParams({ sysNum: SYS_NUM, session: { partnerId: 42, nickname: 'Tom' }, phone: '138', email: 'a@b.c' })
    expect(params).toStrictEqual({ sysNum: SYS_NUM, userId: '42', nickName: 'Tom', phone: '138', email: 'a@b.c' })
    expect(warnings).toEqual([])
    expect(errors).toEqual([])
  })

  it('leaves out empty values: no key at all for an empty phone, email, partnerId or nickname', () => {
    const { params } = toZhiChiParams({ sysNum: SYS_NUM, session: { partnerId: '', nickname: '' }, phone: '', email: null as never })
    expect(params).toStrictEqual({ sysNum: SYS_NUM })
  })

  it('passes moduleOptions through untouched, and refuses a key it maps itself', () => {
    expect(toZhiChiParams({ sysNum: SYS_NUM, moduleOptions: { color: '#f00', isSettingSkillSet: true } }).params).toStrictEqual({ sysNum: SYS_NUM, color: '#f00', isSettingSkillSet: true })
    for (const key of ['sysNum', 'userId', 'nickName', 'phone', 'email']) {
      expect(refusal(() => toZhiChiParams({ sysNum: SYS_NUM, moduleOptions: { [key]: 'x' } })), key).toEqual(['INVALID_FIELD', 'moduleOptions.' + key])
    }
  })

  it.each([
    ['an array', []],
    ['null', null],
    ['a string', 'color=red'],
  ])('refuses moduleOptions that are %s', (_, moduleOptions) => {
    expect(refusal(() => toZhiChiParams({ sysNum: SYS_NUM, moduleOptions: moduleOptions as never }))).toEqual(['INVALID_FIELD', 'moduleOptions'])
  })
})

describe('toZhiChiParams: what the App cannot carry is reported, once per field', () => {
  it('every non-empty unmapped session field and the card: FIELD_NOT_MAPPED warnings with their paths', () => {
    const { warnings } = toZhiChiParams({
      sysNum: SYS_NUM,
      session: { avatarUrl: 'https://x.cn/a.png', params: { a: 1 }, transferAction: [toGroup('g')], robotId: 'r', unionId: 'u', customerFields: { k: 'v' } },
      card: { title: 'Mug' },
    })
    expect(warnings.map((w) => [w.code, w.path, w.severity])).toEqual([
      ['FIELD_NOT_MAPPED', 'session.avatarUrl', 'warning'],
      ['FIELD_NOT_MAPPED', 'session.params', 'warning'],
      ['FIELD_NOT_MAPPED', 'session.transferAction', 'warning'],
      ['FIELD_NOT_MAPPED', 'session.robotId', 'warning'],
      ['FIELD_NOT_MAPPED', 'session.unionId', 'warning'],
      ['FIELD_NOT_MAPPED', 'session.customerFields', 'warning'],
      ['FIELD_NOT_MAPPED', 'card', 'warning'],
    ])
    for (const w of warnings) expect(w.message).toMatch(/^\[sobot-contact\] \S+: not sent in the App — \S/)
  })

  it('empty fields (null, "", [], {}) are not reported', () => {
    const { warnings } = toZhiChiParams({ sysNum: SYS_NUM, session: { avatarUrl: '', params: {}, transferAction: [], customerFields: null as never } })
    expect(warnings).toEqual([])
  })
})

describe('toZhiChiParams: refusals', () => {
  it.each([
    ['no options', undefined, ['INVALID_FIELD', '']],
    ['null options', null, ['INVALID_FIELD', '']],
    ['no sysNum', {}, ['MISSING_SYS_NUM', 'sysNum']],
    ['a blank sysNum', { sysNum: '  ' }, ['MISSING_SYS_NUM', 'sysNum']],
    ['a sysNum with spaces around it', { sysNum: ' sys-1 ' }, ['INVALID_FIELD', 'sysNum']],
    ['a phone that is not a string', { sysNum: SYS_NUM, phone: 138 }, ['INVALID_FIELD', 'phone']],
    ['an email that is not a string', { sysNum: SYS_NUM, email: {} }, ['INVALID_FIELD', 'email']],
    ['a session-from string that is not Sobot’s', { sysNum: SYS_NUM, session: 'nope' }, ['NOT_SOBOT_SESSION_FROM', 'session']],
  ])('%s', (_, options, expected) => {
    expect(refusal(() => toZhiChiParams(options as never))).toEqual(expected)
  })

  it("a bad session is refused with the session's code under session., or sent without it on request", () => {
    const bad = { sysNum: SYS_NUM, session: { partnerId: 'a|b', nickname: 'Tom' } }
    expect(refusal(() => toZhiChiParams(bad))).toEqual(['SEPARATOR_IN_ID', 'session.partnerId'])
    const sent = toZhiChiParams(bad, { invalidSession: 'send-without' })
    expect(sent.params).toStrictEqual({ sysNum: SYS_NUM })
    expect(sent.errors.map((e) => [e.code, e.path])).toEqual([['SEPARATOR_IN_ID', 'session.partnerId']])
  })

  it('a session over WeChat’s 1000 bytes is fine in the App (no such limit there)', () => {
    expect(toZhiChiParams({ sysNum: SYS_NUM, session: { nickname: '长'.repeat(400) } }).params.nickName).toBe('长'.repeat(400))
  })
})
