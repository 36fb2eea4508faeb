import { randomUUID } from 'node:crypto'
import type { ImageUpload } from './createWeChatClient'

/**
 * @internal The `multipart/form-data` body of an image upload (one field, `media`) as one buffer:
 * a single copy of the image, where `FormData` and `Blob` make several that stay in memory until
 * collected. Filenames and content types come from the cache (`cover.png`, `image/png`), never
 * from a client.
 * @example
 * const { body, contentType } = multipartImage({ bytes, filename: 'cover.png', contentType: 'image/png' })
 */
export function multipartImage(image: ImageUpload): { body: Uint8Array; contentType: string } {
  const boundary = `----sobot-contact-${randomUUID()}`
  const head = new TextEncoder().encode(
    `--${boundary}\r\ncontent-disposition: form-data; name="media"; filename="${image.filename.replace(/["\r\n]/g, '')}"\r\ncontent-type: ${image.contentType}\r\n\r\n`,
  )
  const tail = new TextEncoder().encode(`\r\n--${boundary}--\r\n`)
  const body = new Uint8Array(head.byteLength + image.bytes.byteLength + tail.byteLength)
  body.set(head, 0)
  body.set(image.bytes, head.byteLength)
  body.set(tail, head.byteLength + image.bytes.byteLength)
  return { body, contentType: `multipart/form-data; boundary=${boundary}` }
}
