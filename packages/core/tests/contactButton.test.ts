import { describe, expect, it } from 'vitest'
import {
  CONTACT_BUTTON_ATTRIBUTES,
  encodeSessionFrom,
  FALLBACK_SESSION_FROM,
  getContactButtonProps,
  parseContactEvent,
  resolveContactButtonProps,
  SobotContactError,
  validateContactCard,
} from '../src/index'

const session = { nickname: 'Tom', partnerId: 'u-42' }

describe('getContactButtonProps', () => {
  it('without a card: openType and sessionFrom only', () => {
    expect(getContactButtonProps({ session })).toEqual({ openType: 'contact', sessionFrom: encodeSessionFrom(session) })
    expect(getContactButtonProps()).toEqual({ openType: 'contact', sessionFrom: 'sobot||||' })
  })

  it('with a card: showMessageCard and the send-message attributes', () => {
    expect(
      getContactButtonProps({
        session,
        card: { title: 'Blue mug', path: 'pages/product/index?id=42', imageUrl: 'https://cdn.example.com/mug.png' },
      }),
    ).toEqual({
      openType: 'contact',
      sessionFrom: encodeSessionFrom(session),
      showMessageCard: true,
      sendMessageTitle: 'Blue mug',
      sendMessagePath: 'pages/product/index?id=42',
      sendMessageImg: 'https://cdn.example.com/mug.png',
    })
    // WeChat's defaults (page title, page path, screenshot) apply to what is left out
    expect(getContactButtonProps({ card: {} })).toEqual({ openType: 'contact', sessionFrom: 'sobot||||', showMessageCard: true })
  })

  it('accepts an already-encoded session string, re-checked', () => {
    const s = encodeSessionFrom(session)
    expect(getContactButtonProps({ session: s }).sessionFrom).toBe(s)
    expect(() => getContactButtonProps({ session: 'sobot||||partnerid=a|b' })).toThrow(SobotContactError)
  })

  it('a card path is a mini-program page path, not a URL', () => {
    const bad = (card: object) => validateContactCard(card).map((i) => [i.code, i.path])
    expect(bad({ path: 'https://shop.example.com/p/42' })).toEqual([['INVALID_CARD', 'card.path']])
    expect(bad({ path: '//shop.example.com/p' })).toEqual([['INVALID_CARD', 'card.path']])
    expect(bad({ path: 'pages/a b/index' })).toEqual([['INVALID_CARD', 'card.path']])
    expect(bad({ path: '../pages/x' })).toEqual([['INVALID_CARD', 'card.path']])
    expect(bad({ path: '' })).toEqual([['INVALID_CARD', 'card.path']])
    expect(bad({ path: '/pages/product/index?id=42&from=chat' })).toEqual([])
    expect(bad({ imageUrl: 'ftp://x/y.png' })).toEqual([['INVALID_CARD', 'card.imageUrl']])
    expect(bad({ imageUrl: '/static/mug.png' })).toEqual([])
    expect(bad({ title: 42 })).toEqual([['INVALID_CARD', 'card.title']])
    expect(bad({ url: 'x' })).toEqual([['UNKNOWN_FIELD', 'card.url']])
    expect(() => getContactButtonProps({ card: { path: 'https://x.example' } })).toThrow(/card.path/)
  })

  it('CONTACT_BUTTON_ATTRIBUTES names every attribute the model can produce', () => {
    const full = getContactButtonProps({ card: { title: 't', path: 'pages/a/b', imageUrl: '/a.png' } })
    expect(Object.keys(full).sort()).toEqual(Object.keys(CONTACT_BUTTON_ATTRIBUTES).sort())
    expect(CONTACT_BUTTON_ATTRIBUTES.sessionFrom).toBe('session-from')
  })
})

describe('resolveContactButtonProps (what wrappers render)', () => {
  it('never throws: a bad session falls back to sobot|||| and reports the error', () => {
    const r = resolveContactButtonProps({ session: { partnerId: 'a|b' }, card: { title: 'ok' } })
    expect(r.props).toEqual({ openType: 'contact', sessionFrom: FALLBACK_SESSION_FROM, showMessageCard: true, sendMessageTitle: 'ok' })
    expect(r.errors.map((e) => e.code)).toEqual(['SEPARATOR_IN_ID'])
  })

  it('a bad card drops only the card attributes', () => {
    const r = resolveContactButtonProps({ session, card: { path: 'https://x.example' } })
    expect(r.props).toEqual({ openType: 'contact', sessionFrom: encodeSessionFrom(session) })
    expect(r.errors.map((e) => [e.code, e.path])).toEqual([['INVALID_CARD', 'card.path']])
  })

  it('collects warnings and forwards them', () => {
    const seen: string[] = []
    const r = resolveContactButtonProps({ session: { nickname: 'a|b' } }, { onWarning: (w) => seen.push(w.code) })
    expect(r.props.sessionFrom).toBe('sobot|a｜b|||')
    expect(r.warnings.map((w) => w.code)).toEqual(['SEPARATOR_REPLACED'])
    expect(seen).toEqual(['SEPARATOR_REPLACED'])
    expect(r.errors).toEqual([])
  })
})

describe('parseContactEvent', () => {
  it('turns path + query into a navigable page URL', () => {
    expect(parseContactEvent({ path: 'pages/product/index', query: { id: '42', from: 'chat' } })).toEqual({
      url: '/pages/product/index?id=42&from=chat',
      path: 'pages/product/index',
      query: { id: '42', from: 'chat' },
    })
  })

  it('handles a leading slash, .html, a query inside the path, and encodes values', () => {
    expect(parseContactEvent({ path: '/pages/p/index.html?id=1', query: { q: 'a b&c' } })).toEqual({
      url: '/pages/p/index?id=1&q=a%20b%26c',
      path: 'pages/p/index',
      query: { id: '1', q: 'a b&c' },
    })
    expect(parseContactEvent({ path: 'pages/p/index', query: 'id=7&x=%E6%99%BA' })?.query).toEqual({ id: '7', x: '智' })
    expect(parseContactEvent({ path: 'pages/p/index', query: { n: 3 } })?.url).toBe('/pages/p/index?n=3')
  })

  it('null when the user came back without a card', () => {
    expect(parseContactEvent(undefined)).toBeNull()
    expect(parseContactEvent(null)).toBeNull()
    expect(parseContactEvent({ errMsg: 'enterContact:ok' })).toBeNull()
    expect(parseContactEvent({ path: '', query: {} })).toBeNull()
  })
})
