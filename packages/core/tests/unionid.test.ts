import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decryptUnionId, encryptUnionId, SobotContactError } from '../src/unionid'

// Keys here are made up. The reference implementation is Node's own OpenSSL-backed AES-ECB.
const nodeEncrypt = (plain: string, key: string) => {
  const bits = Buffer.byteLength(key) * 8
  const c = createCipheriv(`aes-${bits}-ecb`, Buffer.from(key, 'utf8'), null)
  return Buffer.concat([c.update(plain, 'utf8'), c.final()])
}
const nodeDecrypt = (cipher: Buffer, key: string) => {
  const d = createDecipheriv(`aes-${Buffer.byteLength(key) * 8}-ecb`, Buffer.from(key, 'utf8'), null)
  return Buffer.concat([d.update(cipher), d.final()]).toString('utf8')
}
const code = (run: () => unknown) => {
  try {
    run()
  } catch (e) {
    expect(e).toBeInstanceOf(SobotContactError)
    return (e as SobotContactError).code
  }
  return 'no error'
}

// 16/24/32 UTF-8 bytes, including multi-byte characters (a 16-byte key of 5 Chinese chars + 1 ASCII).
const keyArb = fc.oneof(
  fc.constantFrom(16, 24, 32).map((n) => randomBytes(n).toString('base64').slice(0, n)),
  fc.constant('密钥密钥密a'),
)
const plainArb = fc.oneof(
  fc.string(),
  fc.constantFrom('', 'a'.repeat(16), 'b'.repeat(32), 'oJw8S1S0ZheoM2PnKbka3zJO-QyE', '智齿客服😀'),
  fc.string({ unit: fc.constantFrom('智', '😀', 'é', 'x') }),
)

describe('UnionID encryption (AES/ECB/PKCS5Padding, UTF-8 key, Base64)', () => {
  it('matches Node crypto on random keys and inputs, both ways', () => {
    fc.assert(
      fc.property(keyArb, plainArb, (key, plain) => {
        const ours = encryptUnionId(plain, key)
        const node = nodeEncrypt(plain, key)
        expect(ours).toBe(node.toString('base64'))
        expect(encryptUnionId(plain, key, { encoding: 'hex' })).toBe(node.toString('hex'))
        expect(decryptUnionId(node.toString('base64'), key)).toBe(plain)
        expect(decryptUnionId(node.toString('hex'), key, { encoding: 'hex' })).toBe(plain)
        expect(nodeDecrypt(Buffer.from(ours, 'base64'), key)).toBe(plain)
      }),
      { numRuns: 300 },
    )
  })

  it('empty input is one block of padding; an exact block multiple gets a full padding block', () => {
    const key = '0123456789abcdef'
    expect(Buffer.from(encryptUnionId('', key), 'base64')).toHaveLength(16)
    expect(Buffer.from(encryptUnionId('x'.repeat(16), key), 'base64')).toHaveLength(32)
    expect(Buffer.from(encryptUnionId('智'.repeat(16), key), 'base64')).toHaveLength(64) // 48 bytes + 16
  })

  it('rejects keys that are not 16, 24 or 32 UTF-8 bytes (counted in bytes, not characters)', () => {
    expect(code(() => encryptUnionId('u', 'short'))).toBe('INVALID_CHANNEL_KEY')
    expect(code(() => encryptUnionId('u', '智'.repeat(16)))).toBe('INVALID_CHANNEL_KEY') // 16 chars, 48 bytes
    expect(code(() => decryptUnionId('AAAA', 'x'.repeat(33)))).toBe('INVALID_CHANNEL_KEY')
    expect(code(() => encryptUnionId('u', 'x'.repeat(24)))).toBe('no error')
  })

  it('never echoes the key in its error message', () => {
    const key = 'not-a-valid-key-secret'
    try {
      encryptUnionId('u', key)
    } catch (e) {
      expect((e as Error).message).not.toContain(key)
    }
  })

  it('DECRYPT_FAILED for a wrong key, bad Base64, bad length', () => {
    const c = encryptUnionId('oJw8S1S0ZheoM2PnKbka3zJO-QyE', '0123456789abcdef')
    let failures = 0
    for (let i = 0; i < 50; i++) {
      const wrong = randomBytes(8).toString('hex')
      if (code(() => decryptUnionId(c, wrong)) === 'DECRYPT_FAILED') failures++
    }
    expect(failures).toBeGreaterThanOrEqual(49) // padding survives a wrong key with p ≈ 1/256
    expect(code(() => decryptUnionId('not base64!', '0123456789abcdef'))).toBe('DECRYPT_FAILED')
    expect(code(() => decryptUnionId('', '0123456789abcdef'))).toBe('DECRYPT_FAILED')
    expect(code(() => decryptUnionId('AAAA', '0123456789abcdef'))).toBe('DECRYPT_FAILED')
    expect(code(() => decryptUnionId(c, '0123456789abcdef', { encoding: 'hex' }))).toBe('DECRYPT_FAILED')
  })

  it('needs neither TextEncoder nor Buffer nor Node crypto at run time (mini-program runtime)', async () => {
    const saved = { TextEncoder: globalThis.TextEncoder, Buffer: globalThis.Buffer }
    // @ts-expect-error simulate a runtime without these globals
    delete globalThis.TextEncoder
    // @ts-expect-error idem
    delete globalThis.Buffer
    try {
      expect(decryptUnionId(encryptUnionId('智齿', '0123456789abcdef'), '0123456789abcdef')).toBe('智齿')
    } finally {
      Object.assign(globalThis, saved)
    }
  })
})
