/** @internal An image type the cover cache uploads. */
export interface ImageKind {
  contentType: 'image/png' | 'image/jpeg' | 'image/gif'
  ext: 'png' | 'jpg' | 'gif'
}

const PNG: ImageKind = { contentType: 'image/png', ext: 'png' }
const JPEG: ImageKind = { contentType: 'image/jpeg', ext: 'jpg' }
const GIF: ImageKind = { contentType: 'image/gif', ext: 'gif' }

/**
 * @internal The type of a whole PNG, JPEG or GIF image, or `null`: the signature is not enough. A
 * PNG's chunks must run from `IHDR` (non-zero size) to a complete `IEND`; a JPEG's segments from
 * `SOI` through a frame header (non-zero size) and `SOS` to an `EOI`; a GIF must have a non-zero
 * screen size and end with its trailer. A signature followed by anything else (an HTML page, a
 * download that broke off) is not an image. Pixels are not decoded.
 * @example
 * imageKindOf(pngBytes) // { contentType: 'image/png', ext: 'png' }; a signature followed by HTML: null
 */
export function imageKindOf(bytes: Uint8Array): ImageKind | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return wholePng(bytes, view) ? PNG : null
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return wholeJpeg(bytes, view) ? JPEG : null
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return wholeGif(bytes, view) ? GIF : null
  return null
}

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b)
const ascii = (bytes: Uint8Array, at: number, length: number) => String.fromCharCode(...bytes.subarray(at, at + length))

function wholePng(bytes: Uint8Array, view: DataView): boolean {
  if (bytes.length < 8 + 25 + 12 || ascii(bytes, 12, 4) !== 'IHDR' || view.getUint32(8) !== 13) return false
  if (view.getUint32(16) === 0 || view.getUint32(20) === 0) return false
  for (let at = 8; at + 12 <= bytes.length; ) {
    const type = ascii(bytes, at + 4, 4)
    if (!/^[A-Za-z]{4}$/.test(type)) return false
    at += 12 + view.getUint32(at)
    if (at > bytes.length) return false
    if (type === 'IEND') return true
  }
  return false
}

function wholeJpeg(bytes: Uint8Array, view: DataView): boolean {
  let framed = false
  for (let at = 2; at + 4 <= bytes.length; ) {
    if (bytes[at] !== 0xff) return false
    const marker = bytes[at + 1] ?? 0
    if (marker === 0xff) {
      at++
      continue
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2
      continue
    }
    if (marker === 0xd9) return false // the image ended before any scan
    const length = view.getUint16(at + 2)
    if (length < 2 || at + 2 + length > bytes.length) return false
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      framed = length >= 8 && view.getUint16(at + 5) > 0 && view.getUint16(at + 7) > 0
    }
    at += 2 + length
    if (marker === 0xda) return framed && endsScan(bytes, at)
  }
  return false
}

/** After the first scan, an `EOI` (FF D9) must come; bytes after it (trailers some cameras write) are tolerated. */
function endsScan(bytes: Uint8Array, from: number): boolean {
  for (let i = bytes.length - 2; i >= from; i--) if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return true
  return false
}

function wholeGif(bytes: Uint8Array, view: DataView): boolean {
  const version = ascii(bytes, 0, 6)
  if ((version !== 'GIF87a' && version !== 'GIF89a') || bytes.length < 14) return false
  return view.getUint16(6, true) > 0 && view.getUint16(8, true) > 0 && bytes[bytes.length - 1] === 0x3b
}

/**
 * @internal The image type a `Content-Type` header claims (`image/jpg` is JPEG), or `null` for any other.
 * @example
 * claimedKind('image/jpg; charset=binary') // JPEG
 */
export function claimedKind(contentType: string | null): ImageKind | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase()
  if (type === 'image/png') return PNG
  if (type === 'image/jpeg' || type === 'image/jpg' || type === 'image/pjpeg') return JPEG
  if (type === 'image/gif') return GIF
  return null
}
