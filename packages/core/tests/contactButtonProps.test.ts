// The contact-button model: exactly the attributes WeChat's <button open-type="contact"> takes,
// what a card accepts, and how resolveContactButtonProps degrades.
import { describe, expect, it } from 'vitest'
import {
  CONTACT_BUTTON_ATTRIBUTES,
  FALLBACK_SESSION_FROM,
  getContactButtonProps,
  resolveContactButtonProps,
  shortenFreeText,
  SobotContactError,
  validateContactCard,
  type ContactCard,
} from '../src/index'

const where = (card: unknown) => validateContactCard(card as ContactCard).map((i) => [i.code, i.path])

describe('attributes', () => {
  it('the WeChat attribute names', () => {
    // WXML spells each camelCase key in kebab-case; the names, in order, are WeChat's.
    expect(Object.values(CONTACT_BUTTON_ATTRIBUTES)).toEqual(['open-type', 'session-from', 'show-message-card', 'send-message-title', 'send-message-path', 'send-message-img'])
    for (const [key, name] of Object.entries(CONTACT_BUTTON_ATTRIBUTES)) expect(name).toBe(key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()))
    expect(FALLBACK_SESSION_FROM).toBe('sobot||||')
  })

  it('a card sets only the attributes it has', () => {
    const base = { openType: 'contact', sessionFrom: 'sobot||||', showMessageCard: true }
    expect(getContactButtonProps({ card: {} })).toStrictEqual(base)
    expect(getContactButtonProps({ card: { title: 't' } })).toStrictEqual({ ...base, sendMessageTitle: 't' })
    expect(getContactButtonProps({ card: { path: 'pages/a/b' } })).toStrictEqual({ ...base, sendMessagePath: 'pages/a/b' })
    expect(getContactButtonProps({ card: { imageUrl: '/a.png' } })).toStrictEqual({ ...base, sendMessageImg: '/a.png' })
    expect(getContactButtonProps({ card: { title: undefined } as unknown as ContactCard })).toStrictEqual(base)
    expect(getContactButtonProps({ session: undefined, card: undefined })).toStrictEqual({ openType: 'contact', sessionFrom: 'sobot||||' })
    expect(getContactButtonProps({ session: null as never })).toStrictEqual({ openType: 'contact', sessionFrom: 'sobot||||' })
  })

  it('passes its options to the encoder', () => {
    const warnings: string[] = []
    const props = getContactButtonProps({ session: { nickname: '智'.repeat(400) } }, { overflow: shortenFreeText, onWarning: (w) => warnings.push(w.code) })
    expect(Buffer.byteLength(props.sessionFrom)).toBeLessThanOrEqual(1000)
    expect(warnings).toEqual(['SESSION_FROM_SHORTENED'])
  })
})

describe('validateContactCard', () => {
  it('INVALID_CARD (path card) for what is not an object', () => {
    for (const card of [null, 'x', 1]) expect(where(card), JSON.stringify(card)).toEqual([['INVALID_CARD', 'card']])
    expect(validateContactCard(null as never)[0]?.message).toMatch(/^\[sobot-contact\] card: .*title.*path.*imageUrl/)
  })

  it('UNKNOWN_FIELD names the field and the known ones; a key set to undefined is not a field', () => {
    expect(where({ title: 't', img: '/a.png', url: undefined })).toEqual([['UNKNOWN_FIELD', 'card.img']])
    expect(validateContactCard({ img: 1 } as never)[0]?.message).toMatch(/^\[sobot-contact\] card\.img: .*title, path or imageUrl/)
  })

  it('each attribute: a non-empty string of its kind, the value quoted in the message', () => {
    expect(where({ title: '' })).toEqual([['INVALID_CARD', 'card.title']])
    expect(where({ path: 7 })).toEqual([['INVALID_CARD', 'card.path']])
    expect(where({ imageUrl: '' })).toEqual([['INVALID_CARD', 'card.imageUrl']])
    const [title] = validateContactCard({ title: 42 } as never)
    expect(title?.message).toMatch(/^\[sobot-contact\] card\.title: \S.*42$/)
    expect(validateContactCard({ path: 'https://x.example/p' })[0]?.message).toMatch(/^\[sobot-contact\] card\.path: .*"https:\/\/x\.example\/p"$/)
  })

  it('images: http(s) URLs with a host, or absolute paths inside the package', () => {
    for (const imageUrl of ['https://cdn.example/a.png', 'HTTP://CDN.EXAMPLE/A.PNG', 'https://cdn.example', '/a.png', '/static/img/a.png']) {
      expect(where({ imageUrl }), imageUrl).toEqual([])
    }
    for (const imageUrl of ['/', ' /a.png', '/a b.png', '/a.png ', 'https://', 'https:///a.png', 'https://cdn.example/a b.png', 'a.png', 'static/a.png', 'data:image/png;base64,AAAA', 'xhttps://cdn.example/a.png']) {
      expect(where({ imageUrl }), imageUrl).toEqual([['INVALID_CARD', 'card.imageUrl']])
    }
  })
})

describe('resolveContactButtonProps', () => {
  it('collects warnings without an onWarning option', () => {
    const r = resolveContactButtonProps({ session: { nickname: 'a|b' } })
    expect(r.props).toStrictEqual({ openType: 'contact', sessionFrom: 'sobot|a｜b|||' })
    expect(r.warnings.map((w) => [w.code, w.path])).toEqual([['SEPARATOR_REPLACED', 'nickname']])
    expect(r.errors).toEqual([])
  })

  it('passes the other options on (overflow)', () => {
    const r = resolveContactButtonProps({ session: { nickname: '智'.repeat(400) } }, { overflow: shortenFreeText })
    expect(r.errors).toEqual([])
    expect(r.warnings.map((w) => w.code)).toEqual(['SESSION_FROM_SHORTENED'])
    expect(Buffer.byteLength(r.props.sessionFrom)).toBeLessThanOrEqual(1000)
  })

  it('reports both a bad session and a bad card, and still returns a usable button', () => {
    const r = resolveContactButtonProps({ session: 'not sobot', card: { title: '' } })
    expect(r.props).toStrictEqual({ openType: 'contact', sessionFrom: 'sobot||||' })
    expect(r.errors.map((e) => [e.code, e.path])).toEqual([
      ['NOT_SOBOT_SESSION_FROM', ''],
      ['INVALID_CARD', 'card.title'],
    ])
    expect(r.errors.every((e) => e instanceof SobotContactError)).toBe(true)
  })

  it('does not swallow what is not a SobotContactError (a bug, not a bad input)', () => {
    const session = {
      get nickname(): string {
        throw new TypeError('getter failed')
      },
    }
    expect(() => resolveContactButtonProps({ session })).toThrow(TypeError)
  })
})
