// The 微信客服 link: which links are accepted (WeCom's host, a kf path, a link that carries
// scene_param), how the parameter is appended (percent-encoded, the link untouched otherwise), and
// reading it back (parseKfLink), down to a round trip over random sessions.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { errorOf } from './errorOf'
import { buildKfLink, buildKfSceneParam, parseKfLink, toGroup, validateKfLink, type SessionFromInput } from '../src/index'
import { readKfLinkParts } from '../src/buildKfLink'
import { readHttpsUrl } from '../src/isAllowedSobotUrl'
import { readQuery } from '../src/readQuery'

const KF = 'https://work.weixin.qq.com/kf/kfc0123456789abcdef'
const SCENE = KF + '?enc_scene=ENCGFSDF567DF'
const CONSOLE = 'https://work.weixin.qq.com/kfid/kfc0123456789abcdef'

describe('buildKfLink: which links', () => {
  it.each([
    ['not a string', 42, 'is empty: give an https:// URL'],
    ['http', 'http://work.weixin.qq.com/kfid/kfc01', 'uses http: use the https:// link'],
    ['another host', 'https://kf.weixin.qq.com/kfid/kfc01', 'host "kf.weixin.qq.com" is not WeCom\'s (work.weixin.qq.com): copy the 微信客服 link, e.g. https://work.weixin.qq.com/kfid/kfc…'],
    ['a look-alike host', 'https://work.weixin.qq.com.evil.example/kfid/kfc01', 'host "work.weixin.qq.com.evil.example" is not WeCom\'s (work.weixin.qq.com): copy the 微信客服 link, e.g. https://work.weixin.qq.com/kfid/kfc…'],
    ['user@ before the host', 'https://me@work.weixin.qq.com/kfid/kfc01', 'carries "user@" before the host: remove it'],
    ['a port', 'https://work.weixin.qq.com:443/kfid/kfc01', 'is not a 微信客服 link: its path must be /kfid/kfc… or /kf/kfc…, with no port'],
    ['another path', 'https://work.weixin.qq.com/wework_admin/frame', 'is not a 微信客服 link: its path must be /kfid/kfc… or /kf/kfc…, with no port'],
    ['an id that is not kfc…', 'https://work.weixin.qq.com/kfid/wk0123', 'is not a 微信客服 link: its path must be /kfid/kfc… or /kf/kfc…, with no port'],
    ['a path with more after the id', 'https://work.weixin.qq.com/kfid/kfc01/x', 'is not a 微信客服 link: its path must be /kfid/kfc… or /kf/kfc…, with no port'],
    ['a path before kfid', 'https://work.weixin.qq.com/x/kfid/kfc01', 'is not a 微信客服 link: its path must be /kfid/kfc… or /kf/kfc…, with no port'],
    ['only the prefix', 'https://work.weixin.qq.com/kfid/kfc', 'is not a 微信客服 link: its path must be /kfid/kfc… or /kf/kfc…, with no port'],
    ['bad percent-encoding', SCENE + '&x=%E0%A4%A', '"x=%E0%A4%A" is not valid percent-encoding: encode values with encodeURIComponent'],
    ['a parameter twice', SCENE + '&enc_scene=B', 'the parameter enc_scene appears twice: keep one'],
    ['an older encScene link', KF + '?encScene=ENC1', 'is an older link (encScene), which does not carry scene_param: get a link with a scene (it carries enc_scene) from WeCom (kf/add_contact_way) or Sobot'],
    ['a scene_param already', SCENE + '&scene_param=abc', 'already carries scene_param: remove it, the visitor parameter comes from the session'],
  ])('INVALID_KF_LINK: %s', (_, link, text) => {
    const e = errorOf(() => buildKfLink({ nickname: 'Tom' }, link as string))
    expect([e.code, e.path, e.message]).toEqual(['INVALID_KF_LINK', 'link', '[sobot-contact] link: ' + text])
  })

  it('an encScene link is refused even with nothing to carry: the rule does not depend on who is logged in', () => {
    expect(errorOf(() => buildKfLink({}, KF + '?encScene=ENC1')).code).toBe('INVALID_KF_LINK')
  })

  it('a link error comes before the session is read', () => {
    expect(errorOf(() => buildKfLink({ partnerId: 'a|b' }, 'https://example.com/')).code).toBe('INVALID_KF_LINK')
  })

  it.each([
    ['WeCom\'s API link (/kf/, enc_scene)', SCENE],
    ['upper-case scheme and host', 'HTTPS://WORK.WEIXIN.QQ.COM/kf/kfc0123456789abcdef?enc_scene=ENCGFSDF567DF'],
    ['an id with _ and -', 'https://work.weixin.qq.com/kf/kfc_A-9?enc_scene=E'],
  ])('accepts %s', (_, link) => {
    expect(buildKfLink({ nickname: 'Tom' }, link).warnings).toEqual([])
  })
})

describe('buildKfLink: the parameter', () => {
  it('appends scene_param, percent-encoded, after the link\'s own query', () => {
    const r = buildKfLink({ nickname: '汤姆', partnerId: 'u-42', params: { height: '180' } }, SCENE)
    const param = buildKfSceneParam({ nickname: '汤姆', partnerId: 'u-42', params: { height: '180' } })
    expect(r.url).toBe(SCENE + '&scene_param=' + encodeURIComponent(param.value))
    expect(r.param).toStrictEqual(param)
    expect([r.bytes, r.warnings]).toEqual([param.bytes, []])
  })

  it('percent-encodes +, / and = (Base64 has them all)', () => {
    // '?>>' gives Base64 with + and /, and 'a' padding.
    const r = buildKfLink({ nickname: '?>>~' }, SCENE)
    expect(r.param.value).toMatch(/[+/=]/)
    expect(r.url.slice(SCENE.length)).toBe('&scene_param=' + r.param.value.replace(/\+/g, '%2B').replace(/\//g, '%2F').replace(/=/g, '%3D'))
  })

  it('never edits the link otherwise: its case, its other parameters and its fragment stay', () => {
    const link = 'https://Work.Weixin.QQ.com/kf/kfcAB?enc_scene=E%2B1&from=h5#top'
    const r = buildKfLink({ nickname: 'n' }, link)
    expect(r.url).toBe('https://Work.Weixin.QQ.com/kf/kfcAB?enc_scene=E%2B1&from=h5&scene_param=' + encodeURIComponent(r.param.value) + '#top')
  })

  it.each([
    ['no query', CONSOLE, CONSOLE + '?scene_param='],
    ['an empty query', CONSOLE + '?', CONSOLE + '?scene_param='],
    ['a fragment only', CONSOLE + '#x', CONSOLE + '?scene_param=%s#x'],
  ])('a link with %s', (_, link, expected) => {
    const r = buildKfLink({ nickname: 'n' }, link)
    const encoded = encodeURIComponent(r.param.value)
    expect(r.url).toBe(expected.indexOf('%s') >= 0 ? expected.replace('%s', encoded) : expected + encoded)
  })

  it('with nothing to carry, the link comes back exactly as given, with no warning', () => {
    expect(buildKfLink(undefined, CONSOLE)).toStrictEqual({ url: CONSOLE, param: { value: '', bytes: 0, json: '', fields: {}, warnings: [] }, bytes: 0, warnings: [] })
    expect(buildKfLink({ robotId: 1 }, SCENE + '#x').url).toBe(SCENE + '#x')
  })

  it('a link without enc_scene: appended, with KF_LINK_WITHOUT_SCENE', () => {
    const r = buildKfLink({ nickname: 'n' }, CONSOLE)
    expect(r.url).toBe(CONSOLE + '?scene_param=' + encodeURIComponent(r.param.value))
    expect(r.warnings.map((w) => [w.code, w.path, w.severity, w.message])).toEqual([
      ['KF_LINK_WITHOUT_SCENE', 'link', 'warning', '[sobot-contact] link: has no enc_scene: WeCom returns scene_param only on links created with a scene, so Sobot may not see the visitor; get a link with a scene (kf/add_contact_way)'],
    ])
  })

  it('the card and the session\'s dropped fields are warnings, all passed to onWarning once, after the parameter\'s own', () => {
    const seen: string[] = []
    const r = buildKfLink({ nickname: 'n', transferAction: [toGroup('g')] }, CONSOLE, { card: { title: 'Mug' }, onWarning: (w) => seen.push(w.code + ' ' + w.path) })
    expect(seen).toEqual(['KF_FIELD_DROPPED transferAction', 'KF_LINK_WITHOUT_SCENE link', 'KF_FIELD_DROPPED card'])
    expect(r.warnings.map((w) => w.code + ' ' + w.path)).toEqual(seen)
    expect(r.param.warnings.map((w) => w.path)).toEqual(['transferAction'])
    expect(r.warnings[2]?.message).toBe("[sobot-contact] card: the mini-program card (show-message-card) has no equivalent in Sobot's 微信客服 visitor parameter and is not sent there (WeChat's contact button on a phone still carries it)")
  })

  it("with nothing to carry, the card's warning is the link's, not the parameter's", () => {
    const r = buildKfLink({ robotId: 1 }, SCENE, { card: {} })
    expect(r.warnings.map((w) => w.path)).toEqual(['robotId', 'card'])
    expect(r.param.warnings.map((w) => w.path)).toEqual(['robotId'])
  })

  it('passes the options on: extra fields and the over-limit policy', () => {
    expect(buildKfLink({}, SCENE, { extraFields: { tel: '1' } }).param.json).toBe('{"tel":"1"}')
    expect(errorOf(() => buildKfLink({ nickname: 'n'.repeat(90) }, SCENE)).code).toBe('KF_SCENE_PARAM_TOO_LONG')
  })
})

describe('parseKfLink', () => {
  it('reads the parts and the visitor parameter back', () => {
    const built = buildKfLink({ nickname: '汤姆', params: { vip: true } }, SCENE + '&from=h5', { extraFields: { tel: '138' } })
    const parsed = parseKfLink(built.url)
    expect(parsed).toStrictEqual({
      base: KF,
      kfid: 'kfc0123456789abcdef',
      encScene: 'ENCGFSDF567DF',
      legacy: false,
      extra: { from: 'h5' },
      sceneParam: {
        bytes: built.bytes,
        fits: true,
        json: built.param.json,
        fields: { uname: '汤姆', params: '{"vip":true}', tel: '138' },
        fieldBytes: { uname: 16, params: 25, tel: 11 },
        session: { nickname: '汤姆', params: { vip: true } },
        extraFields: { tel: '138' },
      },
    })
  })

  it('a link from the console, and an older one, read without a parameter', () => {
    expect(parseKfLink(CONSOLE)).toStrictEqual({ base: CONSOLE, kfid: 'kfc0123456789abcdef', legacy: false, extra: {} })
    expect(parseKfLink(KF + '?encScene=E')).toStrictEqual({ base: KF, kfid: 'kfc0123456789abcdef', legacy: true, extra: {} })
  })

  it('a "+" in scene_param stays a "+" (Base64), and a "__proto__" parameter stays a parameter', () => {
    const value = buildKfSceneParam({ nickname: '?>>~' }).value
    expect(value).toContain('+')
    expect(parseKfLink(SCENE + '&scene_param=' + value.replace(/=/g, '%3D')).sceneParam?.session).toStrictEqual({ nickname: '?>>~' })
    expect(Object.keys(parseKfLink(SCENE + '&__proto__=1').extra)).toEqual(['__proto__'])
  })

  it('INVALID_KF_LINK (path url) for a link that is not one, INVALID_KF_SCENE_PARAM for a parameter that does not read', () => {
    const bad = errorOf(() => parseKfLink('https://chat.sobot.com/chat/h5/v2/index.html?sysnum=a'))
    expect([bad.code, bad.path]).toEqual(['INVALID_KF_LINK', 'url'])
    expect(bad.message).toMatch(/^\[sobot-contact\] url: host "chat.sobot.com" is not WeCom's/)
    const param = errorOf(() => parseKfLink(SCENE + '&scene_param=a%3D1%26b%3D2'))
    expect([param.code, param.path]).toEqual(['INVALID_KF_SCENE_PARAM', 'scene_param'])
  })

  it('round trip: the parameter of any session that fits reads back as its fields', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '|', '&', '+', '=', '%', '#', '?', '智', '😀', '"', '\\'), maxLength: 12 })
    const input: fc.Arbitrary<SessionFromInput> = fc.record(
      { nickname: text, avatarUrl: text, partnerId: text.filter((t) => t.indexOf('|') < 0), unionId: text.filter((t) => t.indexOf('|') < 0), params: fc.dictionary(text, text, { maxKeys: 2 }) },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(input, (session) => {
        let url: string
        try {
          url = buildKfLink(session, SCENE).url
        } catch (e) {
          expect((e as { code: string }).code).toBe('KF_SCENE_PARAM_TOO_LONG')
          return
        }
        const read = parseKfLink(url)
        const expected = buildKfSceneParam(session)
        if (!expected.value) {
          expect(read.sceneParam).toBeUndefined()
          return
        }
        expect(read.sceneParam?.fields).toStrictEqual(expected.fields)
        expect(read.sceneParam?.bytes).toBeLessThanOrEqual(128)
      }),
      { numRuns: 500 },
    )
  })
})

describe('validateKfLink', () => {
  it('every check buildKfLink makes of the link, as issues; a built link (with scene_param) is fine', () => {
    expect(validateKfLink(SCENE)).toEqual([])
    expect(validateKfLink(buildKfLink({ nickname: 'n' }, SCENE).url)).toEqual([])
    expect(validateKfLink(CONSOLE).map((i) => [i.code, i.path, i.severity])).toEqual([['KF_LINK_WITHOUT_SCENE', 'link', 'warning']])
    expect(validateKfLink(KF + '?encScene=E').map((i) => [i.code, i.path, i.severity])).toEqual([['INVALID_KF_LINK', 'link', 'error']])
    expect(validateKfLink('https://example.com/')).toEqual([
      { code: 'INVALID_KF_LINK', path: 'link', severity: 'error', message: '[sobot-contact] link: host "example.com" is not WeCom\'s (work.weixin.qq.com): copy the 微信客服 link, e.g. https://work.weixin.qq.com/kfid/kfc…' },
    ])
  })
})

describe('the query, more edges', () => {
  it('a scene_param first on the link is found too', () => {
    expect(errorOf(() => buildKfLink({ nickname: 'n' }, KF + '?scene_param=x&enc_scene=E')).message).toMatch(/already carries scene_param/)
  })

  it('a parameter with an empty name keeps its value; one with no "=" reads as empty', () => {
    expect(parseKfLink(SCENE + '&=abc&flag').extra).toStrictEqual({ '': 'abc', flag: '' })
  })

  it('the extra parameters read back are an ordinary object', () => {
    const extra = parseKfLink(SCENE + '&from=h5').extra
    extra.from = 'x'
    expect(extra.from).toBe('x')
    delete extra.from
    expect(extra).toStrictEqual({})
  })
})

describe('the link rule (one regular expression, in production too) against the URL reader that explains it', () => {
  // The oracle is the reader the links were checked with before the rule (and whose messages explain
  // it): an https URL (readHttpsUrl: no spaces or control characters), WeCom's host without a port,
  // a /kf/kfc… or /kfid/kfc… path, a query that decodes with each name once (readQuery). The rule
  // must accept exactly those links.
  const oracle = (link: string) => {
    const url = readHttpsUrl(link)
    if (typeof url === 'string' || url.host !== 'work.weixin.qq.com') return false
    if (!/^https:\/\/work\.weixin\.qq\.com\/kf(id)?\/kfc[\w-]+$/.test(url.base)) return false
    return typeof readQuery(url.query, decodeURIComponent) !== 'string'
  }
  // Each part valid more often than not (the first option of each), so that accepted links are common.
  const piece = (...options: string[]) => fc.oneof({ arbitrary: fc.constant(options[0] as string), weight: options.length }, fc.constantFrom(...options))
  const text = fc.string({ unit: fc.constantFrom('a', 'Z', '9', '_', '-', '%2B', '%E6%99%BA', '%E0%A4%A', '%', '智', ' ', '\u200b', '"', '|', '+', '/', '?', '=', '#', '&'), maxLength: 4 })
  const query = fc.array(fc.tuple(fc.constantFrom('enc_scene', 'from', 'x', ''), fc.option(text)), { maxLength: 3 }).map((pairs) => pairs.map(([n, v]) => (v === null ? n : n + '=' + v)).join('&'))
  const link = fc
    .tuple(
      piece('https://', 'HTTPS://', 'http://', ''),
      piece('', 'me@'),
      piece('work.weixin.qq.com', 'Work.Weixin.QQ.com', 'work.weixin.qq.com.evil.example', 'kf.weixin.qq.com'),
      piece('', ':443', ':x'),
      piece('/kf/kfc01', '/kfid/kfcA_b-9', '/kfid/kfc', '/kf/kfc01/x', '/x/kfid/kfc01', '/kf/wk01', '/KF/kfc01', ''),
      fc.option(query),
      fc.option(text),
    )
    .map(([scheme, user, host, port, path, q, hash]) => scheme + user + host + port + path + (q === null ? '' : '?' + q) + (hash === null ? '' : '#' + hash))

  it('accepts a link exactly when the reader does; a refused one always gets a message', () => {
    let acceptedRuns = 0
    fc.assert(
      fc.property(link, (l) => {
        if (readKfLinkParts(l)) acceptedRuns++
        const accepted = readKfLinkParts(l) !== undefined
        expect(accepted).toBe(oracle(l))
        if (!accepted) expect(validateKfLink(l)[0]?.message).toMatch(/^\[sobot-contact\] link: \S/)
      }),
      { numRuns: 2000 },
    )
    expect(acceptedRuns).toBeGreaterThan(200) // the property ran on accepted links too
  })

  it.each([
    ['raw non-ASCII, | and " in the query', '?enc_scene=E&from=智|"x"'],
    ['an empty name, then an empty pair', '?=a&&enc_scene=E&'],
    ['a # inside the fragment', '?enc_scene=E#a#b'],
  ])('accepts what the reader accepted: %s', (_, tail) => {
    expect([readKfLinkParts(KF + tail) !== undefined, oracle(KF + tail)]).toEqual([true, true])
  })
})
