// Base64 of UTF-8 text, written here because mini-program runtimes have neither `Buffer` nor a
// dependable `btoa` / `TextEncoder`, and crypto-js stays out of the main entry (size.json forbids it).

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** The UTF-8 bytes of a string; a lone surrogate is written as U+FFFD, as `utf8ByteLength` counts it. */
function utf8Bytes(text: string): number[] {
  // encodeURIComponent writes UTF-8 and throws on a lone surrogate, so those are replaced first
  // (the regular expression tries a whole pair before a half).
  const escaped = encodeURIComponent(text.replace(/[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g, (m) => (m.length > 1 ? m : '\ufffd')))
  const out: number[] = []
  for (let i = 0; i < escaped.length; i++) {
    if (escaped.charAt(i) !== '%') out.push(escaped.charCodeAt(i))
    else {
      out.push(parseInt(escaped.slice(i + 1, i + 3), 16))
      i += 2
    }
  }
  return out
}

/**
 * Text from UTF-8 bytes, without any check: a malformed sequence gives some string, which
 * {@link decodeBase64} then refuses because it does not encode back to the same Base64.
 */
function utf8Text(bytes: readonly number[]): string {
  let out = ''
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number
    // Continuation bytes past the end read as undefined, i.e. 0 in the bit operations below.
    const next = (k: number) => (bytes[i + k] as number) & 63
    let c: number
    if (b < 0xe0) {
      // Stryker disable next-line EqualityOperator: equivalent — 0x80 alone is no UTF-8, refused by the round trip either way
      c = b < 0x80 ? b : ((b & 31) << 6) | next(1)
      // Stryker disable next-line EqualityOperator: equivalent, as above
      i += b < 0x80 ? 1 : 2
    } else if (b < 0xf0) {
      c = ((b & 15) << 12) | (next(1) << 6) | next(2)
      i += 3
    } else {
      c = ((b & 7) << 18) | (next(1) << 12) | (next(2) << 6) | next(3)
      i += 4
    }
    const astral = c - 0x10000
    out += astral < 0 ? String.fromCharCode(c) : String.fromCharCode(0xd800 + (astral >> 10), 0xdc00 + (astral & 1023))
  }
  return out
}

/**
 * Standard Base64 (RFC 4648 §4, `+` `/` and `=` padding) of a string's UTF-8 bytes, without
 * `Buffer`, `btoa` or `TextEncoder`, so it runs in every mini-program runtime. A lone surrogate
 * is encoded as U+FFFD, as an encoder would write it.
 *
 * @param text - Any string.
 * @returns Its Base64; `''` for `''`.
 * @example
 * encodeBase64('智齿') // '5pm66b2/'
 */
export function encodeBase64(text: string): string {
  const b = utf8Bytes(text)
  let out = ''
  for (let i = 0; i < b.length; i += 3) {
    // Past the end, b[i + 1] is undefined, which the shift reads as 0.
    const n = ((b[i] as number) << 16) | ((b[i + 1] as number) << 8) | (b[i + 2] as number)
    out += ALPHABET.charAt(n >> 18) + ALPHABET.charAt((n >> 12) & 63)
    out += i + 1 < b.length ? ALPHABET.charAt((n >> 6) & 63) : '='
    out += i + 2 < b.length ? ALPHABET.charAt(n & 63) : '='
  }
  return out
}

/**
 * Reads standard Base64 back to the UTF-8 text it carries: the inverse of {@link encodeBase64}.
 * Strict: anything that is not exactly what `encodeBase64` writes for some text (other
 * characters, missing padding, stray bits, bytes that are not UTF-8) gives `undefined`.
 *
 * @param base64 - Base64, e.g. a decoded `scene_param`.
 * @returns The text, or `undefined`.
 * @example
 * decodeBase64('5pm66b2/') // '智齿'
 * decodeBase64('5pm66b2') // undefined (no padding)
 */
export function decodeBase64(base64: string): string | undefined {
  const bytes: number[] = []
  for (let i = 0; i < base64.length; i += 4) {
    let n = 0
    for (let k = 0; k < 4; k++) n = (n << 6) | (ALPHABET.indexOf(base64.charAt(i + k)) & 63)
    bytes.push(n >> 16)
    if (base64.charAt(i + 2) !== '=') bytes.push((n >> 8) & 255)
    if (base64.charAt(i + 3) !== '=') bytes.push(n & 255)
  }
  const text = utf8Text(bytes)
  // Only a canonical encoding of valid UTF-8 survives its own round trip.
  return encodeBase64(text) === base64 ? text : undefined
}
