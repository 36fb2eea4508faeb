/**
 * @internal Reads a byte stream whole and stops as soon as it passes `maxBytes`: the stream is
 * cancelled and `tooLarge()` throws; the rest is never read. With `expectedBytes` (a declared
 * length within the limit) the bytes go straight into one buffer of that size. A stream error is
 * rethrown as is (the caller codes it).
 * @example
 * const bytes = await readLimited(response.body, 10 * 1024 * 1024, () => fail('IMAGE_TOO_LARGE', 'url', 'too large'))
 */
export async function readLimited(stream: ReadableStream<Uint8Array> | null, maxBytes: number, tooLarge: () => never, expectedBytes = 0): Promise<Uint8Array> {
  const reader = stream?.getReader()
  if (!reader) return new Uint8Array(0)
  let out: Uint8Array = new Uint8Array(Math.min(expectedBytes, maxBytes) || 16 * 1024)
  let size = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      if (size + value.byteLength > maxBytes) tooLarge()
      if (size + value.byteLength > out.byteLength) out = grow(out, Math.min(maxBytes, Math.max(out.byteLength * 2, size + value.byteLength)))
      out.set(value, size)
      size += value.byteLength
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined)
    throw error
  }
  return size === out.byteLength ? out : out.slice(0, size)
}

function grow(bytes: Uint8Array, size: number): Uint8Array {
  const next = new Uint8Array(size)
  next.set(bytes)
  return next
}
