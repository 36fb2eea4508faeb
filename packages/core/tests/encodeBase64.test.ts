// Core's own Base64 (the main entry runs where Buffer, btoa and TextEncoder are missing), checked
// against RFC 4648's vectors and against Node's Buffer over random strings.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeBase64, encodeBase64 } from '../src/encodeBase64'

const viaBuffer = (text: string) => Buffer.from(text, 'utf8').toString('base64')
// Any UTF-16 code unit, so lone and reversed surrogates come up as often as pairs do.
const units = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 30 })
const mixed = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), units, fc.string({ unit: fc.constantFrom('a', '智', '😀', 'é', '\u0000', '\u007f', '\u0080', '\u07ff', '\u0800', '\uffff', '\ud800', '\udfff'), maxLength: 30 }))

describe('encodeBase64', () => {
  it.each([
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg=='],
    ['fooba', 'Zm9vYmE='],
    ['foobar', 'Zm9vYmFy'],
  ])('RFC 4648 §10: %j is %j', (text, base64) => {
    expect(encodeBase64(text)).toBe(base64)
    expect(decodeBase64(base64)).toBe(text)
  })

  it.each([
    ['two-byte', 'é', 'w6k='],
    ['three-byte', '智齿', '5pm66b2/'],
    ['four-byte (a surrogate pair)', '😀', '8J+YgA=='],
    ['the edges of each length', '\u007f\u0080\u07ff\u0800\uffff', 'f8KA37/goIDvv78='],
    ['the highest code point', '\u{10ffff}', '9I+/vw=='],
    ['a lone high surrogate, as U+FFFD', '\ud800a', '77+9YQ=='],
    ['a lone low surrogate, as U+FFFD', '\udc00', '77+9'],
    ['a high surrogate at the end', 'a\udbff', 'Ye+/vQ=='],
    ['a reversed pair, as two U+FFFD', '\udc00\ud800', '77+977+9'],
  ])('%s', (_, text, base64) => {
    expect(encodeBase64(text)).toBe(base64)
    expect(encodeBase64(text)).toBe(viaBuffer(text))
  })

  it("equals Node's Buffer on random strings (any code unit, lone surrogates included)", () => {
    fc.assert(
      fc.property(mixed, (text) => {
        expect(encodeBase64(text)).toBe(viaBuffer(text))
      }),
      { numRuns: 1000 },
    )
  })
})

describe('decodeBase64', () => {
  it('reads back what encodeBase64 writes, as Buffer does', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        const base64 = encodeBase64(text)
        expect(decodeBase64(base64)).toBe(Buffer.from(base64, 'base64').toString('utf8'))
      }),
      { numRuns: 1000 },
    )
  })

  it.each([
    ['no padding', 'Zg'],
    ['one = short', 'Zg='],
    ['too much padding', 'Zm8=='],
    ['stray bits before the padding', 'Zh=='],
    ['stray bits before one =', 'Zm9='],
    ['padding in the middle', 'Zg==Zg=='],
    ['only padding', '===='],
    ['a character outside the alphabet', 'Zm9*'],
    ['URL-safe Base64', '8J-YgA=='],
    ['white space', 'Zm9v\n'],
    ['a lone continuation byte', 'gA=='],
    ['a cut-off sequence', '5pk='],
    ['an overlong encoding of "/"', 'wK8='],
    ['an encoded surrogate (CESU-8)', '7aCA'],
    ['a code point past U+10FFFF', '9JCAgA=='],
    ['a lead byte that exists in no encoding', '+A=='],
  ])('refuses %s', (_, base64) => {
    expect(decodeBase64(base64)).toBeUndefined()
  })

  it('on random Base64-like strings: undefined, or exactly what Buffer reads and encodes back', () => {
    const like = fc.string({ unit: fc.constantFrom('A', 'g', '/', '+', '=', '5', 'w', '8', '7', 'z', '-'), maxLength: 16 })
    fc.assert(
      fc.property(like, (base64) => {
        const text = decodeBase64(base64)
        if (text === undefined) return
        expect(text).toBe(Buffer.from(base64, 'base64').toString('utf8'))
        expect(viaBuffer(text)).toBe(base64)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('decodeBase64 at the edges of each UTF-8 length', () => {
  it.each(['\u0000', '\u007f', '\u0080', '\u07ff', '\u0800', '\uffff', '\u{10000}', '\u{10ffff}', '😀'])('%j reads back', (text) => {
    expect(decodeBase64(encodeBase64(text))).toBe(text)
  })
})
