// parseContactEvent: the page URL a router gets from the tapped card, exact to the character.
import { describe, expect, it } from 'vitest'
import { parseContactEvent } from '../src/parseContactEvent'

describe('parseContactEvent', () => {
  it('no query: the URL is the path with one leading "/"', () => {
    expect(parseContactEvent({ path: 'pages/a/index' })).toStrictEqual({ url: '/pages/a/index', path: 'pages/a/index', query: {} })
    expect(parseContactEvent({ path: '//pages/a/index', query: {} })?.url).toBe('/pages/a/index')
    expect(parseContactEvent({ path: '  pages/a/index \n' })?.path).toBe('pages/a/index')
  })

  it('".html" is dropped only at the end of the path', () => {
    expect(parseContactEvent({ path: 'pages/a.html' })?.path).toBe('pages/a')
    expect(parseContactEvent({ path: 'pages/a.html/index' })?.path).toBe('pages/a.html/index')
    expect(parseContactEvent({ path: 'pages/a.htmlx' })?.path).toBe('pages/a.htmlx')
  })

  it('null without a usable path', () => {
    for (const detail of [{ path: 42 }, { path: '?id=1' }, { path: '/' }, { path: '  ' }, { path: '.html' }, {}]) {
      expect(parseContactEvent(detail as never), JSON.stringify(detail)).toBeNull()
    }
  })

  it('reads the query in the path: "+" is a space, a key without "=" is empty, the value keeps later "="', () => {
    expect(parseContactEvent({ path: 'pages/s/index?q=a+b%2Bc&flag&&x=1=2&=v' })?.query).toStrictEqual({ q: 'a b+c', flag: '', x: '1=2', '': 'v' })
  })

  it('keeps undecodable text as it is', () => {
    expect(parseContactEvent({ path: 'pages/s/index?bad=%E0%A4%A&ok=%E6%99%BA' })?.query).toStrictEqual({ bad: '%E0%A4%A', ok: '智' })
  })

  it('a query string detail: one leading "?" dropped, any other "?" kept', () => {
    expect(parseContactEvent({ path: 'pages/s/index', query: '?a=1&b=?2' })?.query).toStrictEqual({ a: '1', b: '?2' })
    expect(parseContactEvent({ path: 'pages/s/index', query: 'a=?' })?.query).toStrictEqual({ a: '?' })
  })

  it('a query object: strings as they are, other values as JSON, undefined and null left out; the detail wins over the path', () => {
    const target = parseContactEvent({ path: 'pages/s/index?id=1&k=v', query: { id: '2', n: 0, t: false, o: { x: 1 }, u: undefined, z: null } })
    expect(target).toStrictEqual({
      url: '/pages/s/index?id=2&k=v&n=0&t=false&o=%7B%22x%22%3A1%7D',
      path: 'pages/s/index',
      query: { id: '2', k: 'v', n: '0', t: 'false', o: '{"x":1}' },
    })
  })

  it('encodes keys and values in the URL', () => {
    expect(parseContactEvent({ path: 'pages/s/index', query: { 'a b': '智&=' } })?.url).toBe('/pages/s/index?a%20b=%E6%99%BA%26%3D')
  })
})
