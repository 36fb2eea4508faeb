import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { errorOf } from './errorOf'
import {
  buildSobotWebLink,
  encodeSessionFrom,
  isAllowedSobotUrl,
  parseSobotWebLink,
  SobotContactError,
  toAgent,
  toGroup,
  validateSobotWebLink,
  type SessionFromInput,
  type SobotWebLinkConfig,
} from '../src/index'

const LINK = 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=demo0000&channelid=1'
const config: SobotWebLinkConfig = { link: LINK }

const codes = (c: unknown) => validateSobotWebLink(c as SobotWebLinkConfig).map((i) => [i.code, i.path])
const warnings = (session: SessionFromInput | string | undefined, card?: unknown) =>
  buildSobotWebLink(session, config, card === undefined ? {} : { card }).warnings.map((w) => [w.code, w.path, w.severity])

describe('buildSobotWebLink: every mapped field', () => {
  it.each<[string, SessionFromInput, string]>([
    ['nothing', {}, ''],
    ['partnerId', { partnerId: 'u-42' }, '&partnerid=u-42'],
    ['a numeric partnerId', { partnerId: 42 }, '&partnerid=42'],
    ['nickname', { nickname: 'Tom' }, '&uname=Tom'],
    ['avatarUrl', { avatarUrl: 'https://img.example.com/a.png?s=1&t=2' }, '&face=https%3A%2F%2Fimg.example.com%2Fa.png%3Fs%3D1%26t%3D2'],
    ['params (compact JSON)', { params: { vip: true, age: 18 } }, '&params=%7B%22vip%22%3Atrue%2C%22age%22%3A18%7D'],
    ['a single to_group step', { transferAction: [toGroup('g-1')] }, '&groupid=g-1'],
    [
      'all of them, in the documented order',
      { params: { a: 1 }, nickname: 'Tom', transferAction: [toGroup(7)], avatarUrl: 'https://a.example/x.png', partnerId: 'p' },
      '&partnerid=p&uname=Tom&face=https%3A%2F%2Fa.example%2Fx.png&params=%7B%22a%22%3A1%7D&groupid=7',
    ],
  ])('%s', (_, session, added) => {
    const link = buildSobotWebLink(session, config)
    expect(link.url).toBe(LINK + added)
    expect(link.warnings).toEqual([])
  })

  it('no session at all is the link as copied', () => {
    expect(buildSobotWebLink(undefined, config)).toEqual({ url: LINK, warnings: [] })
  })

  it('an encoded session-from string is read back and mapped the same way', () => {
    const session = { nickname: '汤姆', partnerId: 'u-1', params: { vip: true } }
    expect(buildSobotWebLink(encodeSessionFrom(session), config).url).toBe(buildSobotWebLink(session, config).url)
  })

  it('Chinese, &, #, +, %, =, | and spaces in values are encodeURIComponent-ed and read back intact', () => {
    const nickname = '汤姆 & Jerry #1 +%20=|'
    const params = { 备注: 'a&b=c#d+e%f', n: 1.5, ok: false }
    const session = { nickname, partnerId: 'id+%&#', avatarUrl: 'https://a.example/p?q=1#f', params, transferAction: [toGroup('组+1')] }
    const { url } = buildSobotWebLink(session, config)
    expect(url).toBe(
      LINK +
        '&partnerid=id%2B%25%26%23' +
        '&uname=%E6%B1%A4%E5%A7%86%20%26%20Jerry%20%231%20%2B%2520%3D%7C' +
        '&face=https%3A%2F%2Fa.example%2Fp%3Fq%3D1%23f' +
        '&params=' + encodeURIComponent(JSON.stringify(params)) +
        '&groupid=%E7%BB%84%2B1',
    )
    // Nothing raw that a browser or server would read differently: every value is name=encoded.
    for (const pair of url.slice(LINK.length + 1).split('&')) expect(pair).toMatch(/^[a-z]+=([A-Za-z0-9_.!~*'()-]|%[0-9A-F]{2})+$/)
    expect(parseSobotWebLink(url)).toEqual({
      base: 'https://chat.sobot.com/chat/h5/v2/index.html',
      sysnum: 'demo0000',
      channelid: '1',
      session: { partnerId: 'id+%&#', nickname, avatarUrl: 'https://a.example/p?q=1#f', params, groupId: '组+1' },
      extra: {},
    })
  })

  it('a "|" stays in the nickname (a URL has no separator to protect), with no SEPARATOR_REPLACED warning', () => {
    const link = buildSobotWebLink({ nickname: 'A|B' }, config)
    expect(link).toEqual({ url: LINK + '&uname=A%7CB', warnings: [] })
  })

  it('the link keeps its own parameters and its fragment, the fields go before the fragment', () => {
    const link = 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=abc&source=10&locale=zh#top'
    expect(buildSobotWebLink({ nickname: 'Tom' }, { link }).url).toBe(
      'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=abc&source=10&locale=zh&uname=Tom#top',
    )
  })

  it("WeChat's 1000-byte limit does not apply to a URL", () => {
    const nickname = '智'.repeat(400)
    expect(() => encodeSessionFrom({ nickname })).toThrow(/SESSION_FROM_TOO_LONG|1000/)
    expect(parseSobotWebLink(buildSobotWebLink({ nickname }, config).url).session.nickname).toBe(nickname)
  })

  it("the session's own rules still apply, with the session's codes and paths", () => {
    expect([errorOf(() => buildSobotWebLink({ partnerId: 'x'.repeat(101) }, config))].map((e) => [e.code, e.path])).toEqual([['PARTNER_ID_TOO_LONG', 'partnerId']])
    const e = errorOf(() => buildSobotWebLink({ transferAction: [toGroup('g', { overflowWhen: 'allBusy' })] }, config))
    expect([e.code, e.path]).toEqual(['INVALID_TRANSFER_ACTION', 'transferAction[0].optionId'])
    expect(errorOf(() => buildSobotWebLink({ nickName: 'x' } as SessionFromInput, config)).code).toBe('UNKNOWN_FIELD')
    expect(errorOf(() => buildSobotWebLink('not-sobot', config)).code).toBe('NOT_SOBOT_SESSION_FROM')
  })

  it('a bad link is reported before the session', () => {
    const e = errorOf(() => buildSobotWebLink({ partnerId: 'a|b' }, { link: 'http://chat.sobot.com/?sysnum=a' }))
    expect([e.code, e.path]).toEqual(['INVALID_WEB_LINK', 'webLink.link'])
    expect(e.message).toMatch(/^\[sobot-contact\] webLink\.link: uses http: use the https:\/\/ link$/)
  })
})

describe('buildSobotWebLink: one WEB_LINK_FIELD_DROPPED warning per field with no web equivalent', () => {
  it.each<[string, SessionFromInput, string[]]>([
    ['robotId', { robotId: 1 }, ['robotId']],
    ['unionId', { unionId: 'o-union' }, ['unionId']],
    ['platformAction', { platformAction: { customerCode: 'm1' } }, ['platformAction']],
    ['customerFields', { customerFields: { f1: 'x' } }, ['customerFields']],
    ['overflow after the first group', { transferAction: [toGroup('g1', { overflowWhen: 'allBusy' }), toAgent('a1')] }, ['transferAction']],
    ['a first to_service step', { transferAction: [toAgent('a1')] }, ['transferAction']],
    [
      'all at once, in field order',
      { robotId: 1, unionId: 'u', customerFields: { f: 1 }, platformAction: { customerCode: 'm' }, transferAction: [toAgent('a1')] },
      ['transferAction', 'platformAction', 'robotId', 'unionId', 'customerFields'],
    ],
  ])('%s', (_, session, paths) => {
    expect(warnings(session)).toEqual(paths.map((p) => ['WEB_LINK_FIELD_DROPPED', p, 'warning']))
  })

  it('the first group still becomes groupid when the rest of the routing is dropped; an agent gives no groupid', () => {
    expect(buildSobotWebLink({ transferAction: [toGroup('g1', { overflowWhen: 'offDuty' }), toGroup('g2')] }, config).url).toBe(LINK + '&groupid=g1')
    expect(buildSobotWebLink({ transferAction: [toAgent('a1')] }, config).url).toBe(LINK)
  })

  it('the card, when passed, is reported too', () => {
    expect(warnings({}, { title: 'Blue mug' })).toEqual([['WEB_LINK_FIELD_DROPPED', 'card', 'warning']])
  })

  it('the message names the field and what to do', () => {
    const [w] = buildSobotWebLink({ robotId: 3 }, config).warnings
    expect(w!.message).toBe(
      "[sobot-contact] robotId: robotid has no equivalent on Sobot's web link and is not sent there (WeChat's contact button on a phone still carries it): choose the bot in the web channel's settings in Sobot's console",
    )
  })
})

describe('validateSobotWebLink: bad links and options', () => {
  it.each<[string, unknown, [string, string][]]>([
    ['a good link', { link: LINK }, []],
    ['no link', {}, [['INVALID_WEB_LINK', 'webLink.link']]],
    ['an empty link', { link: '' }, [['INVALID_WEB_LINK', 'webLink.link']]],
    ['http', { link: 'http://chat.sobot.com/chat/h5/v2/index.html?sysnum=a' }, [['INVALID_WEB_LINK', 'webLink.link']]],
    ['javascript:', { link: 'javascript:alert(1)//?sysnum=a' }, [['INVALID_WEB_LINK', 'webLink.link']]],
    ['a foreign host', { link: 'https://evil.example/chat?sysnum=a' }, [['INVALID_WEB_LINK', 'webLink.link']]],
    ['a look-alike host', { link: 'https://chat.sobot.com.evil.example/?sysnum=a' }, [['INVALID_WEB_LINK', 'webLink.link']]],
    ['userinfo', { link: 'https://chat.sobot.com@evil.example/?sysnum=a' }, [['INVALID_WEB_LINK', 'webLink.link']]],
    ['no sysnum', { link: 'https://chat.sobot.com/chat/h5/v2/index.html?channelid=1' }, [['INVALID_WEB_LINK', 'webLink.link']]],
    ['an empty sysnum', { link: 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=' }, [['INVALID_WEB_LINK', 'webLink.link']]],
    ['sysnum twice', { link: LINK + '&sysnum=b' }, [['INVALID_WEB_LINK', 'webLink.link']]],
    ['bad percent-encoding', { link: LINK + '&x=%E6' }, [['INVALID_WEB_LINK', 'webLink.link']]],
    ['a custom domain not allowed', { link: 'https://kefu.example.com/chat?sysnum=a' }, [['INVALID_WEB_LINK', 'webLink.link']]],
    ['a custom domain allowed', { link: 'https://kefu.example.com/chat?sysnum=a', allowedHosts: ['kefu.example.com'] }, []],
    ['a Tencent Cloud host', { link: 'https://chat.soboten.com/chat/h5/v2/index.html?sysnum=a' }, []],
    ['allowedHosts with a scheme', { link: LINK, allowedHosts: ['https://kefu.example.com'] }, [['INVALID_WEB_LINK', 'webLink.allowedHosts[0]']]],
    ['allowedHosts with a wildcard', { link: LINK, allowedHosts: ['ok.example', '*.example.com'] }, [['INVALID_WEB_LINK', 'webLink.allowedHosts[1]']]],
    ['allowedHosts not an array', { link: LINK, allowedHosts: 'kefu.example.com' }, [['INVALID_WEB_LINK', 'webLink.allowedHosts']]],
    ['extraParams overriding sysnum', { link: LINK, extraParams: { sysnum: 'x' } }, [['INVALID_WEB_LINK', 'webLink.extraParams.sysnum']]],
    ['extraParams overriding a mapped field', { link: LINK, extraParams: { uname: 'x', PartnerId: 'y' } }, [['INVALID_WEB_LINK', 'webLink.extraParams.uname'], ['INVALID_WEB_LINK', 'webLink.extraParams.PartnerId']]],
    ['extraParams repeating a parameter of the link', { link: LINK, extraParams: { channelid: 2 } }, [['INVALID_WEB_LINK', 'webLink.extraParams.channelid']]],
    ['extraParams with an object value', { link: LINK, extraParams: { tel: { n: 1 } } }, [['INVALID_WEB_LINK', 'webLink.extraParams.tel']]],
    ['extraParams with NaN', { link: LINK, extraParams: { age: NaN } }, [['INVALID_WEB_LINK', 'webLink.extraParams.age']]],
    ['paramNames to sysnum', { link: LINK, paramNames: { nickname: 'sysnum' } }, [['INVALID_WEB_LINK', 'webLink.paramNames.nickname']]],
    ['paramNames clashing', { link: LINK, paramNames: { nickname: 'face' } }, [['INVALID_WEB_LINK', 'webLink.paramNames']]],
    ['paramNames unknown', { link: LINK, paramNames: { robotId: 'robot' } }, [['UNKNOWN_FIELD', 'webLink.paramNames.robotId']]],
    ['an unknown option', { link: LINK, allowHosts: ['x.example'] }, [['UNKNOWN_FIELD', 'webLink.allowHosts']]],
    ['not an object', 'https://chat.sobot.com/?sysnum=a', [['INVALID_WEB_LINK', 'webLink']]],
  ])('%s', (_, c, expected) => {
    expect(codes(c)).toEqual(expected)
  })

  it('each message says how to fix it', () => {
    const text = (c: unknown) => validateSobotWebLink(c as SobotWebLinkConfig).map((i) => i.message)
    expect(text({ link: 'https://kefu.example.com/chat?sysnum=a' })).toEqual([
      `[sobot-contact] webLink.link: host "kefu.example.com" is neither Sobot's (*.sobot.com, *.soboten.com) nor in allowedHosts: copy the link from Sobot's console, or add "kefu.example.com" to allowedHosts if it is your own domain for Sobot's chat`,
    ])
    expect(text({ link: 'https://chat.sobot.com/x?channelid=1' })[0]).toMatch(/carries no sysnum \(your company id, 公司 ID\): copy the link again from Sobot's console/)
    expect(text({ link: LINK, extraParams: { uname: 'x' } })).toEqual(['[sobot-contact] webLink.extraParams.uname: cannot set uname: pass session.nickname instead'])
  })

  it('buildSobotWebLink throws the first problem, carrying all of them', () => {
    const e = errorOf(() => buildSobotWebLink({}, { link: 'https://x.example/?sysnum=a', extraParams: { sysnum: 'b' } }))
    expect([e.code, e.path]).toEqual(['INVALID_WEB_LINK', 'webLink.link'])
    expect(e.issues.map((i) => i.path)).toEqual(['webLink.link', 'webLink.extraParams.sysnum'])
  })

  it('a field the link already carries cannot be set again by the session', () => {
    const e = errorOf(() => buildSobotWebLink({ nickname: 'Tom' }, { link: LINK + '&uname=Ann' }))
    expect([e.code, e.path]).toEqual(['INVALID_WEB_LINK', 'webLink.link'])
    expect(buildSobotWebLink({ partnerId: 'p' }, { link: LINK + '&uname=Ann' }).url).toBe(LINK + '&uname=Ann&partnerid=p')
  })
})

describe('buildSobotWebLink: custom domains, extraParams, paramNames', () => {
  it('a custom domain in allowedHosts (any case) builds and parses back with the same allowedHosts', () => {
    const link = 'https://Kefu.Example.com/chat/index.html?sysnum=abc'
    const { url } = buildSobotWebLink({ nickname: '汤姆' }, { link, allowedHosts: ['kefu.example.COM'] })
    expect(url).toBe('https://kefu.example.com/chat/index.html?sysnum=abc&uname=%E6%B1%A4%E5%A7%86')
    expect(() => parseSobotWebLink(url)).toThrow(SobotContactError)
    expect(parseSobotWebLink(url, { allowedHosts: ['kefu.example.com'] }).session).toEqual({ nickname: '汤姆' })
  })

  it('a subdomain of the allowed custom domain is not allowed (exact host names only)', () => {
    expect(codes({ link: 'https://a.kefu.example.com/?sysnum=a', allowedHosts: ['kefu.example.com'] })).toEqual([['INVALID_WEB_LINK', 'webLink.link']])
  })

  it('extraParams are appended after the fields, encoded, and read back as extra', () => {
    const { url } = buildSobotWebLink(
      { partnerId: 'p' },
      { link: LINK, extraParams: { tel: '138 0000 0000', remark: 'VIP & 老客户', source: 10, debug: false } },
    )
    expect(url).toBe(LINK + '&partnerid=p&tel=138%200000%200000&remark=VIP%20%26%20%E8%80%81%E5%AE%A2%E6%88%B7&source=10&debug=false')
    expect(parseSobotWebLink(url).extra).toEqual({ tel: '138 0000 0000', remark: 'VIP & 老客户', source: '10', debug: 'false' })
  })

  it('extraParams cannot override sysnum or a mapped field, even under a custom name', () => {
    const c = { link: LINK, paramNames: { nickname: 'name' }, extraParams: { name: 'x', uname: 'y' } }
    expect(codes(c)).toEqual([['INVALID_WEB_LINK', 'webLink.extraParams.name']])
    expect(buildSobotWebLink({}, { link: LINK, paramNames: { nickname: 'name' }, extraParams: { uname: 'y' } }).url).toBe(LINK + '&uname=y')
  })

  it('paramNames rename the parameters; parseSobotWebLink reads them back with the same names', () => {
    const paramNames = { partnerId: 'userId', nickname: 'name', groupId: 'group' }
    const { url } = buildSobotWebLink({ partnerId: 'u', nickname: 'Tom', transferAction: [toGroup('g')] }, { link: LINK, paramNames })
    expect(url).toBe(LINK + '&userId=u&name=Tom&group=g')
    expect(parseSobotWebLink(url, { paramNames }).session).toEqual({ partnerId: 'u', nickname: 'Tom', groupId: 'g' })
    expect(parseSobotWebLink(url).extra).toEqual({ userId: 'u', name: 'Tom', group: 'g' })
  })
})

describe('parseSobotWebLink', () => {
  it("reads the console's link and a link with fields", () => {
    expect(parseSobotWebLink(LINK)).toEqual({ base: 'https://chat.sobot.com/chat/h5/v2/index.html', sysnum: 'demo0000', channelid: '1', session: {}, extra: {} })
    expect(parseSobotWebLink('https://www.sobot.com/chat/h5/v2/index.html?sysnum=a&uname=A+B&source=10').session).toEqual({ nickname: 'A B' })
  })

  it.each([
    ['http://chat.sobot.com/?sysnum=a', 'uses http: use the https:// link'],
    ['https://chat.sobot.com/?channelid=1', /carries no sysnum/],
    ['https://chat.sobot.com/?sysnum=a&params=%5B1%5D', 'the parameter params must be a flat JSON object such as {"vip":true}'],
    ['https://chat.sobot.com/?sysnum=a&params=%7B%22a%22%3A%7B%7D%7D', 'the parameter params must be a flat JSON object such as {"vip":true}'],
    ['https://chat.sobot.com/?sysnum=a&uname=x&uname=y', 'the parameter uname appears twice: keep one'],
    ['https://evilsobot.com/?sysnum=a', /host "evilsobot.com" is neither Sobot's/],
  ])('%s → INVALID_WEB_LINK (path url)', (url, message) => {
    const e = errorOf(() => parseSobotWebLink(url))
    expect([e.code, e.path]).toEqual(['INVALID_WEB_LINK', 'url'])
    if (typeof message === 'string') expect(e.message).toBe('[sobot-contact] url: ' + message)
    else expect(e.message).toMatch(message)
  })
})

describe('isAllowedSobotUrl', () => {
  const allowed = [
    'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=a',
    'https://sobot.com/',
    'https://www.soboten.com/x',
    'HTTPS://CHAT.SOBOT.COM/chat',
    'https://chat.sobot.com:443/chat',
    'https://chat.sobot.com',
  ]
  const refused = [
    'http://chat.sobot.com/',
    'https://chat.sobot.com.evil.example/',
    'https://evilsobot.com/',
    'https://sobot.com.cn/',
    'https://chat.sobot.com@evil.example/',
    'https://user:pw@chat.sobot.com/',
    'https://evil.example\\@chat.sobot.com/',
    'https://evil.example\\.sobot.com/',
    'https://chat.sobot.com./',
    'https://chat%2esobot.com/',
    'https://chat.sobot.com:evil/',
    'https://chat.sobot.com\t.evil.example/',
    ' https://chat.sobot.com/',
    'https:chat.sobot.com/',
    'https:///chat.sobot.com/',
    '//chat.sobot.com/',
    'javascript:alert(1)//chat.sobot.com',
    'data:text/html,<script>alert(1)</script>',
    'https://ｃhat.sobot.com/',
    '',
  ]
  it.each([...allowed.map((url) => ['allowed', url]), ...refused.map((url) => ['refused', url])])('%s: %s', (verdict, url) => {
    expect(isAllowedSobotUrl(url) ? 'allowed' : 'refused').toBe(verdict)
  })

  it('non-strings are refused', () => {
    for (const v of [undefined, null, 1, {}, ['https://chat.sobot.com/']]) expect(isAllowedSobotUrl(v)).toBe(false)
  })

  it('allowedHosts match exact host names only', () => {
    expect(isAllowedSobotUrl('https://kefu.example.com/chat', ['kefu.example.com'])).toBe(true)
    expect(isAllowedSobotUrl('https://KEFU.example.com/chat', ['kefu.EXAMPLE.com'])).toBe(true)
    expect(isAllowedSobotUrl('https://a.kefu.example.com/chat', ['kefu.example.com'])).toBe(false)
    expect(isAllowedSobotUrl('https://kefu.example.com.evil.example/', ['kefu.example.com'])).toBe(false)
    expect(isAllowedSobotUrl('http://kefu.example.com/', ['kefu.example.com'])).toBe(false)
    expect(isAllowedSobotUrl('https://kefu.example.com/')).toBe(false)
  })
})

describe("the README's web link example", () => {
  it('builds the URL and the warning the README shows', () => {
    const { url, warnings } = buildSobotWebLink(
      { nickname: '汤姆', partnerId: 'user-42', params: { vip: true }, transferAction: [toGroup('g-1')], robotId: 7 },
      { link: 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=demo0000&channelid=1', extraParams: { source: 10 } },
    )
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const shown = /\/\/ url: '([^']+)\n\/\/\s+([^']+)'/.exec(readme)
    expect(shown && shown[1]! + shown[2]!).toBe(url)
    expect(warnings.map((w) => [w.code, w.path])).toEqual([['WEB_LINK_FIELD_DROPPED', 'robotId']])
  })
})
