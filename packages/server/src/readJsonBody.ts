import { fail } from './errors'
import { readBodyText } from './readBodyText'

/** The most bytes a `/unionid` body may have (`{"code": "…"}` takes about 50). */
const MAX_BODY_BYTES = 4096

/**
 * @internal The request's JSON body, read as a stream that stops at 4 KB; coded `400`/`413`/`408` otherwise.
 * @example
 * const body = await readJsonBody(request) // { code: '…' }
 */
export async function readJsonBody(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? ''
  if (!/^application\/json\b/i.test(type)) fail('INVALID_JSON_BODY', 'body', 'send JSON with content-type: application/json')
  const text = await readBodyText(request, MAX_BODY_BYTES)
  try {
    return JSON.parse(text) as unknown
  } catch {
    fail('INVALID_JSON_BODY', 'body', 'is not JSON: send {"code": "<the code from wx.login()>"}')
  }
}
