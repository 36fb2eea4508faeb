/**
 * `@sobot-contact/core/unionid`: the UnionID encryption Sobot expects when "UnionID Encryption"
 * is on in the channel settings: AES / ECB / PKCS5Padding, key = the channel key's UTF-8 bytes,
 * output standard Base64. Pure JavaScript (crypto-js), so the same code runs on your Node server,
 * in a browser and in a mini-program runtime.
 *
 * Prefer encrypting on your server: a channel key inside a mini-program package can be read by
 * anyone who unpacks it. ECB leaks equal plaintext blocks; it is what Sobot's server expects.
 *
 * @packageDocumentation
 */
// Only the crypto-js modules needed (never 'crypto-js' whole, 73 KB): aes.js registers AES, Base64
// and PKCS#7 on the core object, mode-ecb.js registers ECB.
import CryptoJS from 'crypto-js/core.js'
import 'crypto-js/aes.js'
import 'crypto-js/mode-ecb.js'
import { createError } from './errors'

export { SobotContactError } from './errors'
export type { SobotContactErrorCode } from './errors'

/** Options of {@link encryptUnionId} / {@link decryptUnionId}. */
export interface UnionIdCipherOptions {
  /**
   * How the ciphertext is written: standard Base64 with padding (what Sobot expects) or lowercase hex.
   * @default 'base64'
   */
  encoding?: 'base64' | 'hex'
}

const { AES, enc, mode, pad } = CryptoJS
const { Utf8, Hex, Base64 } = enc
type WordArray = ReturnType<typeof Utf8.parse>

function fail(code: 'INVALID_CHANNEL_KEY' | 'DECRYPT_FAILED' | 'INVALID_FIELD', path: string, message: string): never {
  throw createError(code, path, message)
}

function keyOf(channelKey: string): WordArray {
  if (typeof channelKey !== 'string') fail('INVALID_CHANNEL_KEY', 'channelKey', process.env.NODE_ENV !== 'production' ? 'must be a string' : '')
  const key = Utf8.parse(channelKey)
  if (key.sigBytes !== 16 && key.sigBytes !== 24 && key.sigBytes !== 32) {
    // Never echo the key itself.
    fail('INVALID_CHANNEL_KEY', 'channelKey', process.env.NODE_ENV !== 'production' ? 'must be 16, 24 or 32 UTF-8 bytes: copy the whole channel key' : '')
  }
  return key
}

const cfg = { mode: mode.ECB, padding: pad.Pkcs7 }

/**
 * Encrypts a WeChat UnionID for Sobot's `unionid` field.
 *
 * @param unionId - The plaintext UnionID (never logged).
 * @param channelKey - The channel key (渠道密钥) from Sobot's channel settings: 16, 24 or 32 UTF-8 bytes.
 * @param options - `encoding`, default `'base64'`.
 * @returns The ciphertext, to pass as `unionId` to `encodeSessionFrom`.
 * @throws SobotContactError `INVALID_CHANNEL_KEY`.
 * @example
 * // on your server
 * const unionId = encryptUnionId(wxUnionId, process.env.SOBOT_CHANNEL_KEY!)
 */
export function encryptUnionId(unionId: string, channelKey: string, options: UnionIdCipherOptions = {}): string {
  const key = keyOf(channelKey)
  if (typeof unionId !== 'string') fail('INVALID_FIELD', 'unionId', process.env.NODE_ENV !== 'production' ? 'must be a string' : '')
  const cipher = AES.encrypt(Utf8.parse(unionId), key, cfg).ciphertext
  return (options.encoding === 'hex' ? Hex : Base64).stringify(cipher)
}

/**
 * Decrypts a ciphertext made by {@link encryptUnionId} (or by Sobot's own AES/ECB/PKCS5Padding).
 *
 * @param ciphertext - Base64 (default) or hex.
 * @param channelKey - The channel key: 16, 24 or 32 UTF-8 bytes.
 * @throws SobotContactError `INVALID_CHANNEL_KEY`, or `DECRYPT_FAILED` when the text is not a
 *   ciphertext of this key (wrong key, wrong encoding, damaged text).
 * @example
 * decryptUnionId('…base64…', channelKey) // 'oJw8S1S0ZheoM2PnKbka3zJO-QyE'
 */
export function decryptUnionId(ciphertext: string, channelKey: string, options: UnionIdCipherOptions = {}): string {
  const key = keyOf(channelKey)
  const hex = options.encoding === 'hex'
  const codec = hex ? Hex : Base64
  const text = typeof ciphertext === 'string' ? ciphertext.trim() : /* Stryker disable next-line StringLiteral: any text here is refused as not canonical, like '' */ ''
  const bytes = codec.parse(text)
  // Canonical Base64 / hex parses and prints back to itself; AES output is whole 16-byte blocks.
  if (!text || codec.stringify(bytes) !== (hex ? text.toLowerCase() : text) || bytes.sigBytes % 16) {
    fail('DECRYPT_FAILED', 'ciphertext', process.env.NODE_ENV !== 'production' ? 'is not AES ' + (hex ? 'hex' : 'Base64') + ': check the encoding' : '')
  }
  const plain = AES.decrypt({ ciphertext: bytes } as Parameters<typeof AES.decrypt>[0], key, cfg)
  // crypto-js does not check PKCS#7 padding. ECB is deterministic, so the padding was valid exactly
  // when the plaintext encrypts back to the same ciphertext; a wrong key almost never passes.
  if (plain.sigBytes < 0 || Hex.stringify(AES.encrypt(plain, key, cfg).ciphertext) !== Hex.stringify(bytes)) {
    fail('DECRYPT_FAILED', 'ciphertext', process.env.NODE_ENV !== 'production' ? 'wrong channel key' : '')
  }
  try {
    return Utf8.stringify(plain)
  } catch {
    return fail('DECRYPT_FAILED', 'ciphertext', process.env.NODE_ENV !== 'production' ? 'wrong channel key' : '')
  }
}
