import { describe, expect, it } from 'vitest'
import { handOverChat, resolveChatPageUrl, resolveWebLink, takeHandedOverChat } from '../src/index'

const LINK = 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=demo0000&channelid=1'
const codes = (r: { errors: { code: string; path: string }[]; warnings: { code: string; path: string }[] }) => ({
  errors: r.errors.map((e) => `${e.code} ${e.path}`),
  warnings: r.warnings.map((w) => `${w.code} ${w.path}`),
})

describe('resolveWebLink: the link a tap opens, never throwing', () => {
  it("builds the visitor's link and reports the card as dropped", () => {
    const r = resolveWebLink({ session: { nickname: '小明', partnerId: 'u-1' }, card: { title: 'Mug' } }, LINK)
    expect(r.url).toBe(LINK + '&partnerid=u-1&uname=' + encodeURIComponent('小明'))
    expect(codes(r)).toEqual({ errors: [], warnings: ['WEB_LINK_FIELD_DROPPED card'] })
  })

  it('takes the configuration form too (a custom domain)', () => {
    const r = resolveWebLink({}, { link: 'https://kefu.example.com/chat/h5/v2/index.html?sysnum=abc', allowedHosts: ['kefu.example.com'] })
    expect(r.url).toBe('https://kefu.example.com/chat/h5/v2/index.html?sysnum=abc')
  })

  it.each([
    ['a foreign host', {}, 'https://evil.example/chat?sysnum=abc', 'INVALID_WEB_LINK webLink.link'],
    ['no sysnum', {}, 'https://chat.sobot.com/chat/h5/v2/index.html', 'INVALID_WEB_LINK webLink.link'],
  ])('%s: no url, one coded error', (_, input, link, expected) => {
    const r = resolveWebLink(input, link)
    expect(r.url).toBeUndefined()
    expect(codes(r).errors).toEqual([expected])
  })

  it.each([
    ['an id with "|"', { nickname: '小明', partnerId: 'a|b' }, 'SEPARATOR_IN_ID partnerId', '&uname=' + encodeURIComponent('小明')],
    [
      'a single to_group step that overflows',
      { nickname: 'Tom', params: { vip: true }, transferAction: [{ actionType: 'to_group', deciId: 'g1', optionId: '3', spillId: '5' }] },
      'INVALID_TRANSFER_ACTION transferAction[0].optionId',
      '&uname=Tom&params=' + encodeURIComponent('{"vip":true}'),
    ],
    ['a bad nested param', { nickname: 'Tom', params: { deep: { x: 1 } } }, 'INVALID_JSON_VALUE params.deep', '&uname=Tom'],
    ['not an object', 42, 'INVALID_FIELD ', ''],
    ['an encoded string that is not session-from', 'hello|x', 'NOT_SOBOT_SESSION_FROM ', ''],
    ['an encoded string with a bad id', 'sobot|Tom|||partnerid=a|b', 'INVALID_SESSION_FROM segment 5', ''],
  ])('a bad session (%s) still opens the link with its valid fields, and reports the error', (_, session, expected, fields) => {
    const r = resolveWebLink({ session: session as never }, LINK)
    expect(r.url).toBe(LINK + fields)
    expect(codes(r).errors).toEqual([expected])
  })

  it('a session that conflicts with the link (it already carries uname) still opens the bare link', () => {
    const link = LINK + '&uname=fixed'
    const r = resolveWebLink({ session: { nickname: 'Tom', partnerId: 'u-1' } }, link)
    expect(r.url).toBe(link)
    expect(codes(r).errors).toEqual(['INVALID_WEB_LINK webLink.link'])
  })
})

it('resolveWebLink passes on what is not a coded error (a getter that throws is a bug to see, not a link problem)', () => {
  const session = {
    get nickname(): string {
      throw new RangeError('boom')
    },
  }
  expect(() => resolveWebLink({ session }, LINK)).toThrow(RangeError)
})

describe('resolveChatPageUrl: what the chat page loads', () => {
  it('loads the handed-over link, built for its visitor, once', () => {
    handOverChat({ session: { partnerId: 'u-1' }, webLink: LINK })
    expect(resolveChatPageUrl(undefined)).toEqual({ url: LINK + '&partnerid=u-1', errors: [], warnings: [] })
    // taken: a second load (a shared path, a back-and-forth) has nothing handed over
    expect(codes(resolveChatPageUrl(undefined)).errors).toEqual(['WEB_VIEW_URL_REFUSED url'])
  })

  it("accepts a handed-over link on the button's own custom domain, not a query url on it", () => {
    const webLink = { link: 'https://kefu.example.com/chat/h5/v2/index.html?sysnum=abc', allowedHosts: ['kefu.example.com'] }
    handOverChat({ webLink })
    expect(resolveChatPageUrl(undefined).url).toBe(webLink.link)
    expect(codes(resolveChatPageUrl(webLink.link)).errors).toEqual(['WEB_VIEW_URL_REFUSED url'])
    expect(resolveChatPageUrl(webLink.link, ['kefu.example.com']).url).toBe(webLink.link)
  })

  it('loads an allowed url from the query (encoded or not) when nothing was handed over', () => {
    expect(takeHandedOverChat()).toBeUndefined()
    expect(resolveChatPageUrl(LINK).url).toBe(LINK)
    expect(resolveChatPageUrl(encodeURIComponent(LINK)).url).toBe(LINK)
  })

  it.each(['https://evil.example/phish', 'javascript:alert(1)', 'https://chat.sobot.com.evil.example/x', 'http://chat.sobot.com/x', ''])(
    'refuses %j from the query: no url',
    (url) => {
      const r = resolveChatPageUrl(url)
      expect(r.url).toBeUndefined()
      expect(codes(r).errors).toEqual(['WEB_VIEW_URL_REFUSED url'])
    },
  )

  it('a handed-over link that cannot be built and a foreign query: both errors, no url', () => {
    handOverChat({ webLink: 'https://evil.example/chat?sysnum=abc' })
    const r = resolveChatPageUrl('https://evil.example/phish')
    expect(r.url).toBeUndefined()
    expect(codes(r).errors).toEqual(['INVALID_WEB_LINK webLink.link', 'WEB_VIEW_URL_REFUSED url'])
  })

  it('a handed-over link that cannot be built falls back to an allowed query url, keeping the error', () => {
    handOverChat({ session: { partnerId: 'a|b' }, webLink: LINK })
    const r = resolveChatPageUrl(LINK)
    expect(r.url).toBe(LINK)
    expect(codes(r).errors).toEqual(['SEPARATOR_IN_ID partnerId'])
  })
})
