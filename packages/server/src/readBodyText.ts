import { fail, SobotServerError } from './errors'
import { readLimited } from './readLimited'

/**
 * @internal Reads a request body as UTF-8 text and stops as soon as it passes `maxBytes`
 * (`413 BODY_TOO_LARGE`) — whatever the framing (`Content-Length`, chunked, none): the rest is
 * never read. A body that breaks off is `INVALID_REQUEST`; a coded stream error (the Node
 * listener's `REQUEST_TIMEOUT`) passes through.
 * @example
 * const text = await readBodyText(request, 4096)
 */
export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  const tooLarge = (): never => fail('BODY_TOO_LARGE', 'body', `is over ${maxBytes} bytes: send only {"code": "…"}`)
  if (Number(request.headers.get('content-length')) > maxBytes) tooLarge()
  try {
    return new TextDecoder().decode(await readLimited(request.body, maxBytes, tooLarge))
  } catch (error) {
    if (error instanceof SobotServerError) throw error
    fail('INVALID_REQUEST', 'body', 'the request body broke off or could not be read: send the whole body again')
  }
}
