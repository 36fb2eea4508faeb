/**
 * @internal Reads a byte stream whole, chunk by chunk, and stops as soon as it passes `maxBytes`:
 * the stream is cancelled and `tooLarge()` throws; the rest is never read, so memory stays under
 * `maxBytes` plus one chunk. A stream error is rethrown as is (the caller codes it).
 */
export async function readLimited(stream: ReadableStream<Uint8Array> | null, maxBytes: number, tooLarge: () => never): Promise<Uint8Array> {
  const reader = stream?.getReader()
  if (!reader) return new Uint8Array(0)
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) tooLarge()
      chunks.push(value)
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined)
    throw error
  }
  const out = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out
}
