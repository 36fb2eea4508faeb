// utf8ByteLength is the byte count behind WeChat's 1000-byte rule: every branch boundary of UTF-8
// (1/2/3/4 bytes, surrogate pairs, lone surrogates written as U+FFFD) checked against exact counts
// and against Node's own encoder.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { utf8ByteLength } from '../src/utf8ByteLength'

describe('utf8ByteLength', () => {
  it('the boundaries between 1-, 2-, 3- and 4-byte characters', () => {
    const table: [string, number][] = [
      ['', 0],
      ['\u0000', 1],
      ['\u007f', 1],
      ['\u0080', 2],
      ['\u07ff', 2],
      ['\u0800', 3],
      ['\ud7ff', 3],
      ['\ue000', 3],
      ['\uffff', 3],
      ['\ud800\udc00', 4], // U+10000, the first astral character
      ['\udbff\udfff', 4], // U+10FFFF, the last
      ['\ud800\udfff', 4],
      ['\udbff\udc00', 4],
    ]
    for (const [s, bytes] of table) {
      expect(utf8ByteLength(s), JSON.stringify(s)).toBe(bytes)
      expect(Buffer.byteLength(s, 'utf8'), JSON.stringify(s)).toBe(bytes)
    }
  })

  it('a lone surrogate counts as U+FFFD (3 bytes) and never swallows the next character', () => {
    const table: [string, number][] = [
      ['\ud800', 3], // high surrogate at the end
      ['\udbff', 3],
      ['\udc00', 3], // low surrogate with no high one before it
      ['\udfff', 3],
      ['\ud800a', 4], // high surrogate followed by ASCII
      ['\ud800智', 6], // … by a 3-byte character
      ['\ud800\ud800\udc00', 7], // … by another high surrogate that starts a real pair
      ['\ud800\ue000', 6], // … by the first character after the surrogates
      ['\ud800\udbff', 6], // … by a high surrogate at the end
      ['\udc00\ud800', 6], // a low then a high surrogate: not a pair
      ['a\ud800\udc00', 5], // a pair after ASCII
      ['\ud800\udc00\ud800', 7], // a pair, then a lone high surrogate
      ['智\udfff', 6],
    ]
    for (const [s, bytes] of table) {
      expect(utf8ByteLength(s), JSON.stringify(s)).toBe(bytes)
      expect(Buffer.byteLength(s, 'utf8'), JSON.stringify(s)).toBe(bytes)
    }
  })

  it('sums mixed text: ASCII, Latin, Chinese, emoji', () => {
    expect(utf8ByteLength('a😀b智é')).toBe(1 + 4 + 1 + 3 + 2)
    expect(utf8ByteLength('智齿客服')).toBe(12)
    expect(utf8ByteLength('😀'.repeat(250))).toBe(1000)
  })

  it('agrees with a UTF-8 encoder on any string, lone surrogates included', () => {
    const unit = fc.oneof(
      fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff', '\u007f', '\u0080', '\u07ff', '\u0800', '\uffff'),
      fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
    )
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (s) => {
        expect(utf8ByteLength(s)).toBe(Buffer.byteLength(s, 'utf8'))
      }),
      { numRuns: 300 },
    )
  })
})
