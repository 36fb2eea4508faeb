import { describe, expect, it } from 'vitest'
import { buildSobotWebLink, checkWebViewUrl, SobotContactError, type WebViewUrlCheck } from '../src/index'

const LINK = 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=demo0000&channelid=1'
const HANDED = buildSobotWebLink({ nickname: '汤姆', partnerId: 'u-42' }, { link: LINK }).url
const refused = (check: WebViewUrlCheck) => {
  const r = checkWebViewUrl(check)
  expect(r.url).toBeUndefined()
  expect(r.error).toBeInstanceOf(SobotContactError)
  return [r.error!.code, r.error!.path]
}
const REFUSED = ['WEB_VIEW_URL_REFUSED', 'url']

describe('checkWebViewUrl: what loads', () => {
  it('the link handed over by the app', () => {
    expect(checkWebViewUrl({ handedOver: HANDED })).toEqual({ url: HANDED })
  })

  it('a handed-over link is preferred over the query', () => {
    expect(checkWebViewUrl({ handedOver: HANDED, fromQuery: 'https://chat.sobot.com/other?sysnum=x' })).toEqual({ url: HANDED })
  })

  it('a url in the query on a Sobot host, plain or percent-encoded once', () => {
    const q = 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=abc&uname=%E6%B1%A4'
    expect(checkWebViewUrl({ fromQuery: q })).toEqual({ url: q })
    expect(checkWebViewUrl({ fromQuery: encodeURIComponent(q) })).toEqual({ url: q })
  })

  it('a handed-over link that is not a valid Sobot link falls back to an allowed query url', () => {
    const q = 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=abc'
    expect(checkWebViewUrl({ handedOver: 'https://evil.example/?sysnum=a', fromQuery: q })).toEqual({ url: q })
  })

  it('a custom domain only when it is in allowedHosts', () => {
    const custom = 'https://kefu.example.com/chat?sysnum=abc'
    expect(checkWebViewUrl({ handedOver: custom, allowedHosts: ['kefu.example.com'] })).toEqual({ url: custom })
    expect(checkWebViewUrl({ fromQuery: custom, allowedHosts: ['kefu.example.com'] })).toEqual({ url: custom })
    expect(refused({ handedOver: custom })).toEqual(REFUSED)
    expect(refused({ fromQuery: custom })).toEqual(REFUSED)
  })
})

describe('checkWebViewUrl: what is refused (nothing loads)', () => {
  it.each([
    ['a foreign origin', 'https://evil.example/phish'],
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['http:', 'http://chat.sobot.com/chat/h5/v2/index.html?sysnum=abc'],
    ['a look-alike host', 'https://chat.sobot.com.evil.example/chat?sysnum=abc'],
    ['a look-alike suffix', 'https://evilsobot.com/chat?sysnum=abc'],
    ['the userinfo trick', 'https://chat.sobot.com@evil.example/chat?sysnum=abc'],
    ['a backslash trick', 'https://evil.example\\@chat.sobot.com/'],
    ['percent-encoded javascript:', encodeURIComponent('javascript:alert(1)')],
    ['percent-encoded foreign origin', encodeURIComponent('https://evil.example/')],
    ['a protocol-relative URL', '//evil.example/'],
  ])('%s in the query', (_, fromQuery) => {
    expect(refused({ fromQuery })).toEqual(REFUSED)
  })

  it.each([
    ['a foreign origin', 'https://evil.example/?sysnum=abc'],
    ['a Sobot host without sysnum', 'https://chat.sobot.com/chat/h5/v2/index.html'],
    ['javascript:', 'javascript:alert(1)'],
    ['not a string', { url: HANDED }],
  ])('%s handed over, nothing in the query', (_, handedOver) => {
    expect(refused({ handedOver })).toEqual(REFUSED)
  })

  it('a query link off the allow-list is refused even when a custom domain is allowed', () => {
    expect(refused({ fromQuery: 'https://other.example.com/chat?sysnum=a', allowedHosts: ['kefu.example.com'] })).toEqual(REFUSED)
  })

  it('nothing at all, or a non-string query (even one that reads as an encoded Sobot link)', () => {
    expect(refused({})).toEqual(REFUSED)
    expect(refused({ fromQuery: ['https://chat.sobot.com/'] })).toEqual(REFUSED)
    expect(refused({ fromQuery: [encodeURIComponent('https://chat.sobot.com/chat?sysnum=abc')] })).toEqual(REFUSED)
  })

  it('the message says what is loaded and shows only the origin of what was refused, never its query', () => {
    const r = checkWebViewUrl({ fromQuery: 'https://evil.example/steal?token=SECRET' })
    expect(r.error!.message).toBe(
      `[sobot-contact] url: refused the url in the query ("https://evil.example"): this page loads only a Sobot web link handed over by the contact button (handOverChat, right before it navigates here) or an https URL on Sobot's hosts (*.sobot.com, *.soboten.com) or allowedHosts; nothing was loaded`,
    )
    expect(checkWebViewUrl({ fromQuery: 'javascript:alert(1)' }).error!.message).toMatch(/^\[sobot-contact\] url: refused the url in the query \("javascript:…"\): /)
    expect(checkWebViewUrl({}).error!.message).toMatch(/^\[sobot-contact\] url: no link was handed over and the query has no url: /)
  })

  it('a plain query url is loaded exactly as given: only a value that starts percent-encoded is decoded', () => {
    const q = 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=abc&back=https%3A%2F%2Fshop.example%2F&uname=%E6%B1%A4'
    expect(checkWebViewUrl({ fromQuery: q })).toEqual({ url: q })
  })

  it.each([
    ['an empty link', '', 'the link handed over (nothing)'],
    ['null', null, 'the link handed over (nothing)'],
    ['a number', 42, 'the link handed over (a number)'],
    ['an object', { url: 'https://chat.sobot.com/' }, 'the link handed over (a object)'],
  ])('the message names what was handed over: %s', (_, handedOver, shown) => {
    expect(checkWebViewUrl({ handedOver }).error!.message).toMatch(new RegExp('^\\[sobot-contact\\] url: refused ' + shown.replace(/[()]/g, '\\$&') + ': '))
  })

  it('the message names both when both were refused, the handed-over link first', () => {
    const r = checkWebViewUrl({ handedOver: 'https://evil.example/?sysnum=a', fromQuery: 'http://chat.sobot.com/?sysnum=a' })
    expect(r.error!.message).toMatch(/^\[sobot-contact\] url: refused the link handed over \("https:\/\/evil\.example"\) and the url in the query \("http:…"\): /)
  })

  it.each([
    ['text that only contains a colon later', 'chat.sobot.com/chat?sysnum=a:b'],
    ['a percent-encoded url that does not decode', 'https%3A%2F%2Fchat.sobot.com%2F%E0%A4%A'],
  ])('a query value that is not a URL: %s — refused, and said so', (_, fromQuery) => {
    expect(checkWebViewUrl({ fromQuery }).error!.message).toMatch(/^\[sobot-contact\] url: refused the url in the query \(a string that is not a URL\): /)
  })
})
