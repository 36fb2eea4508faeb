import { describe, expect, it } from 'vitest'
import { errorOf } from './errorOf'
import { isAllowedSobotUrl, parseSobotWebLink } from '../src/index'

// How strictly a web link is read: what isAllowedSobotUrl lets through, what parseSobotWebLink says
// about each kind of bad link (exact messages: they are what a developer reads), and the shape of
// what it returns. The builder's side is webLink.test.ts.

const LINK = 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=demo0000'
const message = (url: unknown) => errorOf(() => parseSobotWebLink(url as string)).message

describe('isAllowedSobotUrl: nothing a browser would read differently', () => {
  it.each([
    ['a space in the query', LINK + '&uname=a b'],
    ['a zero-width space', LINK + '&uname=a\u200b'],
    ['an ideographic space', LINK + '&uname=\u3000'],
    ['a line break in the path', 'https://chat.sobot.com/chat\n/h5'],
    ['a port with letters before the digits', 'https://chat.sobot.com:a443/chat'],
    ['a port with letters after the digits', 'https://chat.sobot.com:443a/chat'],
    ['a six-digit port', 'https://chat.sobot.com:123456/chat'],
  ])('refuses %s', (_, url) => {
    expect(isAllowedSobotUrl(url)).toBe(false)
  })

  it('allowedHosts: any entry may match, and a non-string entry is skipped, not a crash', () => {
    const url = 'https://kefu.example.com/chat?sysnum=a'
    expect(isAllowedSobotUrl(url, ['other.example', 'kefu.example.com'])).toBe(true)
    expect(isAllowedSobotUrl(url, [42, null, 'kefu.example.com'] as unknown as string[])).toBe(true)
    expect(isAllowedSobotUrl(url, [42, null] as unknown as string[])).toBe(false)
  })
})

describe('parseSobotWebLink: what each bad link is told', () => {
  it.each([
    ['nothing', '', 'is empty: give an https:// URL'],
    ['another scheme', 'ftp://chat.sobot.com/?sysnum=a', 'is not an https:// URL'],
    ['a script that mentions http:', 'javascript:alert("http://chat.sobot.com/?sysnum=a")', 'is not an https:// URL'],
    ['http', 'http://chat.sobot.com/?sysnum=a', 'uses http: use the https:// link'],
    ['user@ before the host', 'https://me@chat.sobot.com/?sysnum=a', 'carries "user@" before the host: remove it'],
    ['a space', LINK + '&uname=a b', 'contains spaces or control characters: remove them (encode them in values with encodeURIComponent)'],
    ['a bad port', 'https://chat.sobot.com:evil/?sysnum=a', 'has an invalid host "chat.sobot.com:evil": write the host name in ASCII, e.g. chat.sobot.com'],
    ['bad percent-encoding', LINK + '&x=%E6', '"x=%E6" is not valid percent-encoding: encode values with encodeURIComponent'],
  ])('%s', (_, url, text) => {
    expect(message(url)).toBe('[sobot-contact] url: ' + text)
  })

  it('quotes at most 60 characters of a bad host and 40 of a bad parameter', () => {
    const host = 'a_'.repeat(40)
    expect(message(`https://${host}/?sysnum=a`)).toBe(`[sobot-contact] url: has an invalid host "${host.slice(0, 60)}": write the host name in ASCII, e.g. chat.sobot.com`)
    const pair = 'x'.repeat(50) + '=%E6'
    expect(message(`${LINK}&${pair}`)).toBe(`[sobot-contact] url: "${pair.slice(0, 40)}" is not valid percent-encoding: encode values with encodeURIComponent`)
  })

  it.each([
    ['a number', '5'],
    ['null', 'null'],
    ['a string', '%22vip%22'],
    ['an array', '%5B1%5D'],
    ['an object with one nested value among flat ones', '%7B%22a%22%3A1%2C%22b%22%3A%7B%7D%7D'],
    ['not JSON', '%7Bvip'],
  ])('params that are not a flat JSON object: %s', (_, params) => {
    expect(message(`${LINK}&params=${params}`)).toBe('[sobot-contact] url: the parameter params must be a flat JSON object such as {"vip":true}')
  })
})

describe('parseSobotWebLink: what it returns', () => {
  it('keeps the port in base, and a parameter without "=" as an empty extra', () => {
    const parsed = parseSobotWebLink('https://chat.sobot.com:8443/chat/h5?sysnum=a&flag&source=10')
    expect(parsed.base).toBe('https://chat.sobot.com:8443/chat/h5')
    expect(parsed.extra).toEqual({ flag: '', source: '10' })
  })

  it('extra is a plain object you can edit before building again', () => {
    const { extra } = parseSobotWebLink(LINK + '&source=10&__proto__=x')
    expect(Object.keys(extra)).toEqual(['source', '__proto__'])
    extra.source = '11'
    expect(extra.source).toBe('11')
    expect(delete extra.source).toBe(true)
    expect(Object.keys(extra)).toEqual(['__proto__'])
  })
})
