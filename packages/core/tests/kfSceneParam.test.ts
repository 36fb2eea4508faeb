// Sobot's 微信客服 visitor parameter: each field, the bytes (Chinese at 3 a character, the exact
// 128-byte edge), JSON values as escaped strings, the fields with no equivalent, the over-limit
// policy, and reading it back. Every expected Base64 is checked against Node's Buffer.
import { describe, expect, it } from 'vitest'
import { errorOf } from './errorOf'
import {
  buildKfSceneParam,
  decodeKfSceneParam,
  measureKfSceneParam,
  prepareSessionFrom,
  shortenFreeText,
  toAgent,
  toGroup,
  type BuildKfSceneParamOptions,
  type NormalizedSessionFrom,
  type SessionFromInput,
  type SobotContactIssue,
} from '../src/index'

const json = (input: SessionFromInput | string | undefined, options?: BuildKfSceneParamOptions) => buildKfSceneParam(input, options).json
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

describe('buildKfSceneParam: each field', () => {
  it.each<[string, SessionFromInput, string]>([
    ['partnerId', { partnerId: 'u-42' }, '{"partnerid":"u-42"}'],
    ['a numeric partnerId, as its digits', { partnerId: 42 }, '{"partnerid":"42"}'],
    ['nickname', { nickname: 'Tom' }, '{"uname":"Tom"}'],
    ['avatarUrl', { avatarUrl: 'https://a.example/t.png' }, '{"face":"https://a.example/t.png"}'],
    ['unionId', { unionId: 'oJw8S1' }, '{"unionid":"oJw8S1"}'],
    ['params, a JSON string (Sobot\'s example)', { params: { height: '180' } }, '{"params":"{\\"height\\":\\"180\\"}"}'],
    ['params keep their JSON types inside the string', { params: { age: 18, vip: true } }, '{"params":"{\\"age\\":18,\\"vip\\":true}"}'],
    ['customerFields, a JSON string', { customerFields: { c0ffee: 'gold' } }, '{"customer_fields":"{\\"c0ffee\\":\\"gold\\"}"}'],
    ['identity in Sobot\'s order, whatever the order given', { unionId: 'o', avatarUrl: 'f', nickname: 'n', partnerId: 'p' }, '{"partnerid":"p","uname":"n","face":"f","unionid":"o"}'],
    ['the JSON values after them', { customerFields: { c: '1' }, params: { p: 1 }, unionId: 'o' }, '{"unionid":"o","params":"{\\"p\\":1}","customer_fields":"{\\"c\\":\\"1\\"}"}'],
    ['nothing', {}, ''],
    ['empty values', { nickname: '', params: {}, customerFields: {} }, ''],
  ])('%s', (_, input, expected) => {
    const r = buildKfSceneParam(input)
    expect(r.json).toBe(expected)
    expect(r.value).toBe(base64(expected))
    expect(r.bytes).toBe(r.value.length)
    expect(r.warnings).toEqual([])
  })

  it('nothing at all (undefined) gives no parameter', () => {
    expect(buildKfSceneParam(undefined)).toStrictEqual({ value: '', bytes: 0, json: '', fields: {}, warnings: [] })
  })

  it('reads an encoded session-from string like any input', () => {
    expect(json('sobot|Tom|||partnerid=u1')).toBe('{"partnerid":"u1","uname":"Tom"}')
  })

  it('every value is a string: fields reports them as sent', () => {
    expect(buildKfSceneParam({ partnerId: 7, params: { a: 1 } }).fields).toStrictEqual({ partnerid: '7', params: '{"a":1}' })
  })

  it('the extra fields, by Sobot\'s names, after the session\'s, in a fixed order whatever the order given', () => {
    expect(json({ nickname: 'n' }, { extraFields: { qq: 10001, email: 'e@x.cn', tel: '138', realname: '张三' } })).toBe('{"uname":"n","realname":"张三","tel":"138","email":"e@x.cn","qq":"10001"}')
    expect(json({}, { extraFields: { user_label: 9, vip_level: '2', is_vip: true, remark: 'r' } })).toBe('{"remark":"r","is_vip":"1","vip_level":"2","user_label":"9"}')
  })

  it.each([
    [false, '0'],
    ['0', '0'],
    ['1', '1'],
  ] as const)('is_vip %j is sent as %j', (given, sent) => {
    expect(buildKfSceneParam({}, { extraFields: { is_vip: given } }).fields).toStrictEqual({ is_vip: sent })
  })

  it('an extra field that is undefined or empty is left out', () => {
    expect(json({}, { extraFields: { tel: '', email: undefined, qq: 5 } })).toBe('{"qq":"5"}')
  })
})

describe('buildKfSceneParam: what JSON and Base64 carry without loss', () => {
  it.each(['a|b', 'a&b=c', '1+1=2', 'x%20y', '"quoted" \\ back', '汤姆|&+=', '😀'])('%j in the nickname and in params round-trips', (text) => {
    const r = buildKfSceneParam({ nickname: text, params: { k: text } })
    // No "|" replacing here: JSON has no separator (session-from would write ｜ and warn).
    expect(r.warnings).toEqual([])
    expect(JSON.parse(Buffer.from(r.value, 'base64').toString('utf8'))).toStrictEqual({ uname: text, params: JSON.stringify({ k: text }) })
    expect(decodeKfSceneParam(r.value).session).toStrictEqual({ nickname: text, params: { k: text } })
  })

  it('a "|" in the avatar URL is kept as typed too', () => {
    expect(buildKfSceneParam({ avatarUrl: 'https://a.example/?x=1|2' }).fields.face).toBe('https://a.example/?x=1|2')
  })
})

describe('buildKfSceneParam: 128 bytes of Base64', () => {
  // {"uname":""} is 12 bytes: 84 bytes of nickname make 96 bytes of JSON, whose Base64 is exactly 128.
  it('a Chinese character takes 3 bytes: 28 fit exactly, 29 do not', () => {
    const fits = buildKfSceneParam({ nickname: '智'.repeat(28) })
    expect([fits.bytes, Buffer.byteLength(fits.json)]).toEqual([128, 96])
    expect(fits.value).toBe(base64('{"uname":"' + '智'.repeat(28) + '"}'))
    const e = errorOf(() => buildKfSceneParam({ nickname: '智'.repeat(29) }))
    expect([e.code, e.path]).toEqual(['KF_SCENE_PARAM_TOO_LONG', 'nickname'])
  })

  it('the exact edge in ASCII: 96 bytes of JSON fit, 97 do not (Base64 grows by 4 every 3 bytes)', () => {
    expect(buildKfSceneParam({ nickname: 'a'.repeat(84) }).bytes).toBe(128)
    expect(buildKfSceneParam({ nickname: 'a'.repeat(82) }).bytes).toBe(128)
    expect(buildKfSceneParam({ nickname: 'a'.repeat(81) }).bytes).toBe(124)
    expect(errorOf(() => buildKfSceneParam({ nickname: 'a'.repeat(85) })).code).toBe('KF_SCENE_PARAM_TOO_LONG')
  })

  it('escapes count: a "\\"" takes 2 bytes of JSON', () => {
    expect(buildKfSceneParam({ nickname: '"'.repeat(42) }).bytes).toBe(128)
    expect(errorOf(() => buildKfSceneParam({ nickname: '"'.repeat(43) })).code).toBe('KF_SCENE_PARAM_TOO_LONG')
  })

  it('the error names the largest field and, in development, the bytes of every field', () => {
    const e = errorOf(() => buildKfSceneParam({ partnerId: 'u-1', nickname: 'Tom', avatarUrl: 'https://a.example/' + 'x'.repeat(80) }, { extraFields: { tel: '138' } }))
    expect([e.code, e.path]).toEqual(['KF_SCENE_PARAM_TOO_LONG', 'avatarUrl'])
    expect(e.message).toBe(
      '[sobot-contact] avatarUrl: 204 of 128 bytes of Base64 (Sobot ignores a longer parameter): 153 bytes of JSON, at most 96 fit: partnerid 17, uname 13, face 107, tel 11, braces and commas 5. Shorten a field or pass { overflow: shortenFreeText }',
    )
  })

  it.each<[string, SessionFromInput, BuildKfSceneParamOptions, string]>([
    ['an extra field by its path', { nickname: 'a' }, { extraFields: { remark: 'r'.repeat(100) } }, 'extraFields.remark'],
    ['params', { params: { k: 'v'.repeat(90) } }, {}, 'params'],
    ['customerFields', { nickname: 'n', customerFields: { k: 'v'.repeat(90) } }, {}, 'customerFields'],
    ['the first of two equal fields', { partnerId: 'p'.repeat(48), unionId: 'u'.repeat(50) }, {}, 'partnerId'],
    ['the second when it is larger', { partnerId: 'p'.repeat(47), unionId: 'u'.repeat(50) }, {}, 'unionId'],
  ])('path: %s', (_, input, options, path) => {
    expect(errorOf(() => buildKfSceneParam(input, options)).path).toBe(path)
  })

  it("a partnerid is not held to session-from's 100 characters (Sobot reads 300 here): the byte limit is what it meets", () => {
    expect(buildKfSceneParam({ partnerId: 'p'.repeat(80) }).bytes).toBe(128)
    const e = errorOf(() => buildKfSceneParam({ partnerId: 'p'.repeat(120) }))
    expect([e.code, e.path, e.issues.length]).toEqual(['KF_SCENE_PARAM_TOO_LONG', 'partnerId', 1])
  })
})

describe('buildKfSceneParam: fields with no equivalent are warnings naming them', () => {
  const routed: SessionFromInput = { nickname: 'n', transferAction: [toGroup('g', { overflowWhen: 'allBusy' }), toAgent('a')], robotId: 3, platformAction: { customerCode: 'm' } }

  it('routing, the bot and platform_action are not sent, and each is reported', () => {
    const r = buildKfSceneParam(routed)
    expect(r.json).toBe('{"uname":"n"}')
    expect(r.warnings.map((w) => [w.code, w.path, w.severity])).toEqual([
      ['KF_FIELD_DROPPED', 'transferAction', 'warning'],
      ['KF_FIELD_DROPPED', 'platformAction', 'warning'],
      ['KF_FIELD_DROPPED', 'robotId', 'warning'],
    ])
    expect(r.warnings[2]?.message).toBe("[sobot-contact] robotId: robotid has no equivalent in Sobot's 微信客服 visitor parameter and is not sent there (WeChat's contact button on a phone still carries it)")
  })

  it('onWarning is called once per warning, and only when the parameter is built', () => {
    const seen: string[] = []
    buildKfSceneParam(routed, { onWarning: (w) => seen.push(w.path) })
    expect(seen).toEqual(['transferAction', 'platformAction', 'robotId'])
    const none: string[] = []
    errorOf(() => buildKfSceneParam({ ...routed, nickname: 'n'.repeat(90) }, { onWarning: (w) => none.push(w.path) }))
    expect(none).toEqual([])
  })
})

describe('buildKfSceneParam: the session rules still apply', () => {
  it.each<[string, SessionFromInput, BuildKfSceneParamOptions, string, string]>([
    ['a "|" in an id', { partnerId: 'a|b' }, {}, 'SEPARATOR_IN_ID', 'partnerId'],
    ['a bad routing step', { transferAction: [toGroup('g', { overflowWhen: 'allBusy' })] }, {}, 'INVALID_TRANSFER_ACTION', 'transferAction[0].optionId'],
    ['a nested params value', { params: { a: {} as unknown as string } }, {}, 'INVALID_JSON_VALUE', 'params.a'],
    ['an unknown session field', { nick: 'x' } as unknown as SessionFromInput, {}, 'UNKNOWN_FIELD', 'nick'],
    ['extraFields not an object', {}, { extraFields: 'tel' as unknown as object }, 'INVALID_FIELD', 'extraFields'],
    ['an unknown extra field', {}, { extraFields: { uname: 'x' } as unknown as object }, 'UNKNOWN_FIELD', 'extraFields.uname'],
    ['is_vip not 0 or 1', {}, { extraFields: { is_vip: 'yes' as '1' } }, 'INVALID_FIELD', 'extraFields.is_vip'],
    ['is_vip as a number', {}, { extraFields: { is_vip: 1 as unknown as '1' } }, 'INVALID_FIELD', 'extraFields.is_vip'],
    ['a boolean where a string goes', {}, { extraFields: { tel: true as unknown as string } }, 'INVALID_FIELD', 'extraFields.tel'],
    ['a fraction where an id goes', {}, { extraFields: { qq: 1.5 } }, 'INVALID_FIELD', 'extraFields.qq'],
  ])('%s', (_, input, options, code, path) => {
    const e = errorOf(() => buildKfSceneParam(input, options))
    expect([e.code, e.path]).toEqual([code, path])
  })

  it('says what the extra fields are', () => {
    expect(errorOf(() => buildKfSceneParam({}, { extraFields: { name: 'x' } as object })).message).toBe(
      '[sobot-contact] extraFields.name: unknown field; use realname, tel, email, qq, remark, is_vip, vip_level, user_label (partnerid, uname, face, unionid, params and customer_fields come from the session)',
    )
    expect(errorOf(() => buildKfSceneParam({}, { extraFields: { is_vip: 2 as unknown as '1' } })).message).toBe('[sobot-contact] extraFields.is_vip: must be "1", "0" or a boolean')
    expect(errorOf(() => buildKfSceneParam({}, { extraFields: [] as unknown as object })).message).toBe('[sobot-contact] extraFields: must be an object such as { tel: "13800000000" }')
    expect(errorOf(() => buildKfSceneParam({}, { extraFields: null as unknown as object })).code).toBe('INVALID_FIELD')
  })

  it('every problem at once', () => {
    const e = errorOf(() => buildKfSceneParam({ partnerId: 'a|b' }, { extraFields: { tel: true as unknown as string } }))
    expect(e.issues.map((i) => i.path)).toEqual(['partnerId', 'extraFields.tel'])
  })
})

describe('buildKfSceneParam with shortenFreeText', () => {
  const shorten = (input: SessionFromInput, options: BuildKfSceneParamOptions = {}) => buildKfSceneParam(input, { ...options, overflow: shortenFreeText })
  const codes = (warnings: SobotContactIssue[]) => warnings.map((w) => [w.code, w.path])

  it('is not called when the parameter fits', () => {
    const r = shorten({ nickname: '智'.repeat(28) })
    expect([r.fields.uname, r.warnings]).toEqual(['智'.repeat(28), []])
  })

  it('shortens the nickname by whole characters to fit exactly', () => {
    const r = shorten({ nickname: '智'.repeat(30) + '😀' })
    expect(r.fields.uname).toBe('智'.repeat(28))
    expect(r.bytes).toBe(128)
    expect(codes(r.warnings)).toEqual([['KF_SCENE_PARAM_SHORTENED', 'nickname']])
    expect(r.warnings[0]?.message).toBe('[sobot-contact] nickname: shortened from 31 to 28 characters to fit 128 bytes')
  })

  it('shortens further where the nickname is written with escapes', () => {
    const r = shorten({ nickname: '"'.repeat(50) })
    expect([r.fields.uname, r.bytes]).toEqual(['"'.repeat(42), 128])
  })

  it('drops the avatar when even no nickname would fit, and says so', () => {
    const r = shorten({ nickname: 'Tom', avatarUrl: 'https://a.example/' + 'x'.repeat(80), partnerId: 'u1' })
    expect(r.fields).toStrictEqual({ partnerid: 'u1', uname: 'Tom' })
    expect(codes(r.warnings)).toEqual([['KF_SCENE_PARAM_SHORTENED', 'avatarUrl']])
    expect(r.warnings[0]?.message).toBe('[sobot-contact] avatarUrl: dropped: scene_param was over 128 bytes even without the nickname')
  })

  it('removes the nickname when none of it fits', () => {
    const r = shorten({ nickname: 'ab', partnerId: 'p'.repeat(80) })
    expect(r.fields).toStrictEqual({ partnerid: 'p'.repeat(80) })
    expect(r.warnings[0]?.message).toBe('[sobot-contact] nickname: shortened from 2 to 0 characters to fit 128 bytes')
  })

  it('keeps the dropped-field warnings and adds its own after them', () => {
    const r = shorten({ nickname: 'n'.repeat(90), robotId: 1 })
    expect(codes(r.warnings)).toEqual([['KF_FIELD_DROPPED', 'robotId'], ['KF_SCENE_PARAM_SHORTENED', 'nickname']])
  })

  it('still throws when identity alone is over', () => {
    const e = errorOf(() => shorten({ nickname: 'Tom', partnerId: 'p'.repeat(90) }))
    expect([e.code, e.path]).toEqual(['KF_SCENE_PARAM_TOO_LONG', 'partnerId'])
  })

  it("session-from's own use is unchanged: 1000 bytes and SESSION_FROM_SHORTENED", () => {
    const warnings: SobotContactIssue[] = []
    const out = shortenFreeText({ nickname: 'a'.repeat(1000) }, warnings)
    expect(out.nickname).toBe('a'.repeat(991))
    expect(codes(warnings)).toEqual([['SESSION_FROM_SHORTENED', 'nickname']])
    expect(warnings[0]?.message).toBe('[sobot-contact] nickname: shortened from 1000 to 991 characters to fit 1000 bytes')
  })
})

describe('measureKfSceneParam', () => {
  it('the bytes of each field, the JSON and the Base64', () => {
    expect(measureKfSceneParam({ nickname: '汤姆', partnerId: 'u-42' })).toStrictEqual({ bytes: 52, limit: 128, remaining: 76, fits: true, jsonBytes: 37, fields: { partnerid: 18, uname: 16 }, overhead: 3 })
  })

  it('measures what is over too, and the extra fields, without throwing', () => {
    const m = measureKfSceneParam({ nickname: '智'.repeat(29), robotId: 'a|b' }, { tel: '1' })
    expect(m).toStrictEqual({ bytes: 148, limit: 128, remaining: -20, fits: false, jsonBytes: 109, fields: { uname: 97, tel: 9 }, overhead: 3 })
  })

  it('nothing measures 0', () => {
    expect(measureKfSceneParam(undefined)).toStrictEqual({ bytes: 0, limit: 128, remaining: 128, fits: true, jsonBytes: 0, fields: {}, overhead: 0 })
  })

  it('agrees with buildKfSceneParam', () => {
    const input = { nickname: '汤姆', params: { h: '180' }, unionId: 'o' }
    const built = buildKfSceneParam(input)
    const m = measureKfSceneParam(input)
    expect([m.bytes, m.jsonBytes]).toEqual([built.bytes, Buffer.byteLength(built.json)])
  })
})

describe('decodeKfSceneParam', () => {
  it.each<[string, SessionFromInput, BuildKfSceneParamOptions['extraFields']]>([
    ['identity', { partnerId: 'p', nickname: '汤姆', avatarUrl: 'f', unionId: 'o' }, undefined],
    ['JSON values and extra fields', { params: { vip: true }, customerFields: { c: 1 } }, { tel: '138', is_vip: true }],
  ])('reads every field back, the session ones by their session names: %s', (_, session, extraFields) => {
    const built = buildKfSceneParam(session, { extraFields })
    const d = decodeKfSceneParam(built.value)
    expect(d.session).toStrictEqual(session)
    expect(d.extraFields).toStrictEqual(extraFields ? { tel: '138', is_vip: '1' } : {})
    expect(d.fields).toStrictEqual(built.fields)
    expect([d.json, d.bytes, d.fits]).toEqual([built.json, built.bytes, true])
    expect(d.fieldBytes).toStrictEqual(measureKfSceneParam(session, extraFields).fields)
  })

  it('reports a parameter that is over 128 bytes instead of refusing it', () => {
    const d = decodeKfSceneParam(base64(JSON.stringify({ remark: 'r'.repeat(100) })))
    expect([d.bytes, d.fits]).toEqual([152, false])
  })

  it.each([
    ['not Base64', 'e30', 'is not Base64 of UTF-8 text (A–Z, a–z, 0–9, +, / and = padding)'],
    ['not JSON', base64('a=1&b=2'), 'does not carry a JSON object (a=1&b=2)'],
    ['a JSON array', base64('["x"]'), 'does not carry a JSON object (["x"])'],
    ['JSON null', base64('null'), 'does not carry a JSON object (null)'],
    ['a field Sobot does not read', base64('{"name":"x"}'), "name is not a field Sobot's 微信客服 channel reads"],
    ['a value that is not a string', base64('{"partnerid":42}'), 'partnerid must be a string (Sobot reads strings only; a JSON value as a JSON string)'],
    ['an extra value that is not a string', base64('{"is_vip":1}'), 'is_vip must be a string (Sobot reads strings only; a JSON value as a JSON string)'],
    ['params as an object, not a string', base64('{"params":{"a":"1"}}'), 'params must be a string (Sobot reads strings only; a JSON value as a JSON string)'],
    ['params not JSON', base64('{"params":"a=1"}'), 'params must be a JSON object written as a string, e.g. "{\\"vip\\":\\"1\\"}"'],
    ['customer_fields a JSON array', base64('{"customer_fields":"[1]"}'), 'customer_fields must be a JSON object written as a string, e.g. "{\\"vip\\":\\"1\\"}"'],
    ['customer_fields JSON null', base64('{"customer_fields":"null"}'), 'customer_fields must be a JSON object written as a string, e.g. "{\\"vip\\":\\"1\\"}"'],
  ])('INVALID_KF_SCENE_PARAM: %s', (_, value, message) => {
    const e = errorOf(() => decodeKfSceneParam(value))
    expect([e.code, e.path, e.message]).toEqual(['INVALID_KF_SCENE_PARAM', 'scene_param', '[sobot-contact] scene_param: ' + message])
  })

  it('a non-string is refused, not a crash', () => {
    expect(errorOf(() => decodeKfSceneParam(42 as unknown as string)).code).toBe('INVALID_KF_SCENE_PARAM')
  })
})

describe('shortenFreeText: only what is over, only when over', () => {
  it('a value without a nickname is left as it is, with no warning', () => {
    const warnings: SobotContactIssue[] = []
    const value = { params: { p: 'x'.repeat(1000) } }
    expect(shortenFreeText(value, warnings)).toStrictEqual(value)
    expect(warnings).toEqual([])
  })

  it('a value exactly at the limit is left as it is', () => {
    const warnings: SobotContactIssue[] = []
    expect(shortenFreeText({ nickname: 'a'.repeat(991) }, warnings)).toStrictEqual({ nickname: 'a'.repeat(991) })
    expect(warnings).toEqual([])
  })

  it('the avatar stays when the rest fits exactly without the nickname', () => {
    // {"face":"…"} is 11 bytes: an 85-character avatar makes 96.
    const r = buildKfSceneParam({ nickname: 'ab', avatarUrl: 'f'.repeat(85) }, { overflow: shortenFreeText })
    expect([r.fields, r.bytes]).toEqual([{ face: 'f'.repeat(85) }, 128])
    expect(r.warnings.map((w) => w.path)).toEqual(['nickname'])
  })

  it("session-from's avatar warning names session-from's limit", () => {
    const r = prepareSessionFrom({ nickname: 'Tom', avatarUrl: 'https://a.example/' + 'y'.repeat(500), params: { p: 'x'.repeat(480) } }, { overflow: shortenFreeText })
    expect(r.warnings[0]?.message).toBe('[sobot-contact] avatarUrl: dropped: session-from was over 1000 bytes even without the nickname')
  })

  it('buildKfSceneParam calls the policy only when over, with the value as typed (no empty fields)', () => {
    const calls: unknown[] = []
    const policy = (v: NormalizedSessionFrom) => (calls.push(v), { nickname: 'n' })
    expect(buildKfSceneParam({ nickname: 'a'.repeat(84) }, { overflow: policy }).fields.uname).toBe('a'.repeat(84))
    expect(calls).toEqual([])
    expect(buildKfSceneParam({ nickname: 'a|'.repeat(50) }, { overflow: policy }).fields).toStrictEqual({ uname: 'n' })
    expect(calls).toStrictEqual([{ nickname: 'a|'.repeat(50) }])
    buildKfSceneParam({ avatarUrl: 'f|'.repeat(50) }, { overflow: policy })
    expect(calls[1]).toStrictEqual({ avatarUrl: 'f|'.repeat(50) })
  })
})

describe('buildKfSceneParam: extra fields, more edges', () => {
  it('an unknown extra field left undefined is no problem', () => {
    expect(json({}, { extraFields: { name: undefined, tel: '1' } as object })).toBe('{"tel":"1"}')
  })
})

describe('decodeKfSceneParam, more edges', () => {
  it('reads the first extra field (realname) and a parameter of exactly 128 bytes as fitting', () => {
    const value = base64(JSON.stringify({ realname: 'r'.repeat(81) }))
    expect(value.length).toBe(128)
    const d = decodeKfSceneParam(value)
    expect([d.extraFields, d.fits]).toEqual([{ realname: 'r'.repeat(81) }, true])
    expect(measureKfSceneParam({}, { realname: 'r'.repeat(81) })).toMatchObject({ bytes: 128, fits: true, remaining: 0 })
  })

  it('null is refused, not a crash', () => {
    expect(errorOf(() => decodeKfSceneParam(null as unknown as string)).code).toBe('INVALID_KF_SCENE_PARAM')
  })
})
