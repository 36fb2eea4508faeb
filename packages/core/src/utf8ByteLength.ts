/**
 * Counts the UTF-8 bytes of a string without `TextEncoder` or `Buffer`, so it runs in every
 * mini-program runtime. A lone surrogate counts as U+FFFD (3 bytes), as an encoder would write it.
 *
 * @param value - Any string.
 * @returns Its length in UTF-8 bytes.
 * @example
 * utf8ByteLength('智齿') // 6, although '智齿'.length is 2
 */
export function utf8ByteLength(value: string): number {
  let bytes = 0
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    // charCodeAt past the end is NaN, which fails the low-surrogate test: the length check only saves a read.
    else if (c >= 0xd800 && c <= 0xdbff && /* Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: equivalent, see above */ i + 1 < value.length) {
      const next = value.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        i++
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}
