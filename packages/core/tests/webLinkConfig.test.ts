import { describe, expect, it } from 'vitest'
import { errorOf } from './errorOf'
import { buildSobotWebLink, validateSobotWebLink, type SobotWebLinkConfig } from '../src/index'

// The web-link configuration's edges (webLink.test.ts has the main table): what each option refuses
// and what it lets through, and how the fields are appended to the link.

const LINK = 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=demo0000&channelid=1'
const BARE = 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=demo0000'
const issuesOf = (c: unknown) => validateSobotWebLink(c as SobotWebLinkConfig).map((i) => [i.code, i.path, i.message.replace(/^\[sobot-contact\] [^:]*: /, '')])
const codes = (c: unknown) => issuesOf(c).map(([code, path]) => [code, path])

describe('validateSobotWebLink: the edges of each option', () => {
  it.each<[string, unknown, string[][]]>([
    ['an option set to undefined is no option', { link: LINK, allowHosts: undefined, paramNames: { nickname: undefined }, extraParams: { source: undefined } }, []],
    ['paramNames not an object', { link: LINK, paramNames: 'uname' }, [['INVALID_WEB_LINK', 'webLink.paramNames']]],
    ['a paramName that is a number', { link: LINK, paramNames: { nickname: 5 } }, [['INVALID_WEB_LINK', 'webLink.paramNames.nickname']]],
    ['a paramName with a space', { link: LINK, paramNames: { nickname: 'x y' } }, [['INVALID_WEB_LINK', 'webLink.paramNames.nickname']]],
    ['a paramName that is channelid', { link: LINK, paramNames: { nickname: 'channelid' } }, [['INVALID_WEB_LINK', 'webLink.paramNames.nickname']]],
    ['an allowed host that is not a string', { link: LINK, allowedHosts: [5] }, [['INVALID_WEB_LINK', 'webLink.allowedHosts[0]']]],
    ['extraParams not an object', { link: LINK, extraParams: 'source=10' }, [['INVALID_WEB_LINK', 'webLink.extraParams']]],
    ['an extra parameter without a name', { link: LINK, extraParams: { '': 1 } }, [['INVALID_WEB_LINK', 'webLink.extraParams.']]],
    ['an extra parameter that only looks like a number', { link: LINK, extraParams: { tel: [138] } }, [['INVALID_WEB_LINK', 'webLink.extraParams.tel']]],
    ['channelid as an extra parameter of a link without one', { link: BARE, extraParams: { channelid: 2 } }, [['INVALID_WEB_LINK', 'webLink.extraParams.channelid']]],
    ['sysnum in any case', { link: BARE, extraParams: { SysNum: 'x' } }, [['INVALID_WEB_LINK', 'webLink.extraParams.SysNum']]],
    ['a parameter the link already sets, in another case', { link: LINK + '&source=1', extraParams: { Source: 2 } }, [['INVALID_WEB_LINK', 'webLink.extraParams.Source']]],
    ['a bad link with extraParams: only the link is reported', { link: 'http://chat.sobot.com/?sysnum=a', extraParams: { source: 1 } }, [['INVALID_WEB_LINK', 'webLink.link']]],
  ])('%s', (_, config, expected) => {
    expect(codes(config)).toEqual(expected)
  })

  it('a missing link is told where to copy it from; an extra parameter is told why it is refused', () => {
    for (const link of [undefined, '']) {
      expect(issuesOf({ link })).toEqual([['INVALID_WEB_LINK', 'webLink.link', "required: the link copied from Sobot's console (渠道 → 部署 → 链接), e.g. https://chat.sobot.com/chat/h5/v2/index.html?sysnum=…"]])
    }
    expect(issuesOf({ link: BARE, extraParams: { channelid: 2 } })[0]![2]).toBe("cannot set channelid: it comes from the link copied from Sobot's console")
    expect(issuesOf({ link: LINK + '&source=1', extraParams: { Source: 2 } })[0]![2]).toBe('the link already sets Source: remove it from the link or from extraParams')
  })
})

describe('buildSobotWebLink: how the fields join the link', () => {
  it('booleans and numbers are fine extra parameters', () => {
    expect(buildSobotWebLink({}, { link: BARE, extraParams: { vip: true, level: 3 } }).url).toBe(BARE + '&vip=true&level=3')
  })

  it("the link's trailing '&'s are dropped before the fields", () => {
    expect(buildSobotWebLink({ nickname: 'Tom' }, { link: BARE + '&&' }).url).toBe(BARE + '&uname=Tom')
  })

  it('an empty nickname or avatar sends nothing', () => {
    expect(buildSobotWebLink({ nickname: '', avatarUrl: '', partnerId: 'p' }, { link: BARE }).url).toBe(BARE + '&partnerid=p')
  })

  it("a field the link's first parameter already sets is refused too", () => {
    const e = errorOf(() => buildSobotWebLink({ nickname: 'Tom' }, { link: 'https://chat.sobot.com/chat?uname=Ann&sysnum=a' }))
    expect([e.code, e.path]).toEqual(['INVALID_WEB_LINK', 'webLink.link'])
  })

  it('each dropped field is named exactly', () => {
    const { warnings } = buildSobotWebLink(
      { platformAction: { customerCode: 'c' }, unionId: 'u', customerFields: { a: 1 } },
      { link: BARE },
    )
    const tail = " has no equivalent on Sobot's web link and is not sent there (WeChat's contact button on a phone still carries it)"
    expect(warnings.map((w) => w.message)).toEqual([
      '[sobot-contact] platformAction: platform_action' + tail,
      '[sobot-contact] unionId: unionid' + tail,
      '[sobot-contact] customerFields: customer_fields' + tail,
    ])
  })
})
