// What encryptUnionId / decryptUnionId must accept and refuse, with the exact code and path.
// Keys here are made up. Node's OpenSSL AES-ECB is the reference for the bytes.
import { createCipheriv } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { errorOf } from './errorOf'
import { decryptUnionId, encryptUnionId } from '../src/unionid'

const KEY = '0123456789abcdef'
const UNION_ID = 'oJw8S1S0ZheoM2PnKbka3zJO-QyE'

const nodeEncrypt = (plain: Buffer, key: string) => {
  const c = createCipheriv(`aes-${Buffer.byteLength(key) * 8}-ecb`, Buffer.from(key, 'utf8'), null)
  return Buffer.concat([c.update(plain), c.final()])
}


describe('channel key', () => {
  it('accepts exactly 16, 24 and 32 UTF-8 bytes (AES-128/192/256), matching Node', () => {
    for (const n of [16, 24, 32]) {
      const key = 'k'.repeat(n)
      expect(encryptUnionId(UNION_ID, key)).toBe(nodeEncrypt(Buffer.from(UNION_ID), key).toString('base64'))
      expect(decryptUnionId(encryptUnionId(UNION_ID, key), key)).toBe(UNION_ID)
    }
  })

  it('INVALID_CHANNEL_KEY (path channelKey) for every other length, and for a key that is not a string', () => {
    for (const n of [0, 1, 15, 17, 23, 25, 31, 33, 48, 64]) {
      for (const run of [() => encryptUnionId(UNION_ID, 'k'.repeat(n)), () => decryptUnionId('AAAAAAAAAAAAAAAAAAAAAA==', 'k'.repeat(n))]) {
        const e = errorOf(run)
        expect([e.code, e.path], `${n} bytes`).toEqual(['INVALID_CHANNEL_KEY', 'channelKey'])
        expect(e.message).toMatch(/^\[sobot-contact\] channelKey: \S/)
        expect(e.message).toContain('16, 24 or 32')
      }
    }
    // A number or an object whose text would be a 16-byte key is still refused: keys are strings.
    for (const key of [undefined, null, 16, { length: 16 }, 1234567890123456, { toString: () => '0123456789abcdef' }]) {
      const e = errorOf(() => encryptUnionId(UNION_ID, key as unknown as string))
      expect([e.code, e.path]).toEqual(['INVALID_CHANNEL_KEY', 'channelKey'])
      expect(e.message).toMatch(/^\[sobot-contact\] channelKey: \S/)
      expect(errorOf(() => decryptUnionId('AAAA', key as unknown as string)).code).toBe('INVALID_CHANNEL_KEY')
    }
  })
})

describe('encryptUnionId', () => {
  it('INVALID_FIELD (path unionId) when the UnionID is not a string', () => {
    for (const unionId of [undefined, null, 42, {}]) {
      const e = errorOf(() => encryptUnionId(unionId as unknown as string, KEY))
      expect([e.code, e.path]).toEqual(['INVALID_FIELD', 'unionId'])
      expect(e.message).toMatch(/^\[sobot-contact\] unionId: \S/)
    }
  })

  it('Base64 by default and for any encoding but "hex"', () => {
    const base64 = nodeEncrypt(Buffer.from(UNION_ID), KEY).toString('base64')
    expect(encryptUnionId(UNION_ID, KEY)).toBe(base64)
    expect(encryptUnionId(UNION_ID, KEY, {})).toBe(base64)
    expect(encryptUnionId(UNION_ID, KEY, { encoding: 'base64' })).toBe(base64)
    expect(encryptUnionId(UNION_ID, KEY, { encoding: 'hex' })).toBe(nodeEncrypt(Buffer.from(UNION_ID), KEY).toString('hex'))
  })
})

describe('decryptUnionId', () => {
  const base64 = nodeEncrypt(Buffer.from(UNION_ID), KEY).toString('base64')
  const hex = nodeEncrypt(Buffer.from(UNION_ID), KEY).toString('hex')

  it('reads the empty UnionID back (a ciphertext that is one block of padding)', () => {
    const c = encryptUnionId('', KEY)
    expect(c).toBe(nodeEncrypt(Buffer.alloc(0), KEY).toString('base64'))
    expect(decryptUnionId(c, KEY)).toBe('')
  })

  it('ignores surrounding whitespace (a pasted value), accepts upper-case hex', () => {
    expect(decryptUnionId(`  ${base64}\n`, KEY)).toBe(UNION_ID)
    expect(decryptUnionId(` ${hex} `, KEY, { encoding: 'hex' })).toBe(UNION_ID)
    expect(decryptUnionId(hex.toUpperCase(), KEY, { encoding: 'hex' })).toBe(UNION_ID)
  })

  it('DECRYPT_FAILED (path ciphertext) naming the encoding when the text is not a ciphertext in it', () => {
    const cases: [unknown, 'base64' | 'hex', string][] = [
      ['', 'base64', 'Base64'],
      ['   ', 'base64', 'Base64'],
      [undefined, 'base64', 'Base64'],
      [42, 'base64', 'Base64'],
      ['not base64!', 'base64', 'Base64'],
      [base64.slice(0, -2), 'base64', 'Base64'], // cut short
      [base64.replace(/=+$/, ''), 'base64', 'Base64'], // the same bytes without the "=" padding: not standard Base64
      ['AAAA', 'base64', 'Base64'], // 3 bytes: not whole 16-byte blocks
      [Buffer.alloc(17).toString('base64'), 'base64', 'Base64'],
      ['', 'hex', 'hex'],
      [undefined, 'hex', 'hex'],
      [base64, 'hex', 'hex'],
      [hex.slice(1), 'hex', 'hex'],
      ['00'.repeat(15), 'hex', 'hex'],
    ]
    for (const [text, encoding, name] of cases) {
      const e = errorOf(() => decryptUnionId(text as string, KEY, { encoding }))
      expect([e.code, e.path], JSON.stringify(text)).toEqual(['DECRYPT_FAILED', 'ciphertext'])
      expect(e.message).toMatch(new RegExp(`^\\[sobot-contact\\] ciphertext: .*\\b${name}\\b`))
    }
  })

  it('DECRYPT_FAILED (path ciphertext) for a wrong key, and never returns the garbage', () => {
    const e = errorOf(() => decryptUnionId(base64, 'fedcba9876543210'))
    expect([e.code, e.path]).toEqual(['DECRYPT_FAILED', 'ciphertext'])
    expect(e.message).toMatch(/^\[sobot-contact\] ciphertext: \S/)
  })

  it('DECRYPT_FAILED when the padding is valid but the plaintext is not UTF-8', () => {
    for (const bytes of [[0xff], [0xc3], [0xe6, 0x99], [0x80, 0x80, 0x80]]) {
      const c = nodeEncrypt(Buffer.from(bytes), KEY).toString('base64')
      const e = errorOf(() => decryptUnionId(c, KEY))
      expect([e.code, e.path]).toEqual(['DECRYPT_FAILED', 'ciphertext'])
      expect(e.message).toMatch(/^\[sobot-contact\] ciphertext: \S/)
    }
  })

  it('DECRYPT_FAILED when the last block is not PKCS#7 padding (bytes made with no padding)', () => {
    for (const last of [0x00, 0x11, 0xff]) {
      const block = Buffer.alloc(16, 0x41)
      block[15] = last
      const c = createCipheriv('aes-128-ecb', Buffer.from(KEY), null).setAutoPadding(false)
      const text = Buffer.concat([c.update(block), c.final()]).toString('base64')
      expect(errorOf(() => decryptUnionId(text, KEY)).code, String(last)).toBe('DECRYPT_FAILED')
    }
  })
})
