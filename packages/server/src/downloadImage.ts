import { fail, SobotServerError } from './errors'
import { claimedKind, imageKindOf, type ImageKind } from './imageKindOf'
import { readLimited } from './readLimited'

/** @internal How {@link downloadImage} fetches. */
export interface DownloadSpec {
  /** Checks a URL (the first, and each redirect against the one before) against the host list. */
  check: (raw: string, path: string, base?: URL) => URL
  fetch: typeof fetch
  maxBytes: number
  maxRedirects: number
  /** The whole download's time limit, from the first request to the last byte (the caller's signal). */
  timeoutMs: number
}

/**
 * @internal Downloads a cover: each redirect hop checked, at most `maxBytes` read, the whole thing
 * within the signal's time (a host that drips is `504 IMAGE_FETCH_TIMEOUT`), and the bytes a whole
 * PNG, JPEG or GIF of the type the host claims (`422 NOT_AN_IMAGE` otherwise).
 * @example
 * const { bytes, kind } = await downloadImage(url, spec, AbortSignal.timeout(spec.timeoutMs))
 */
export async function downloadImage(start: URL, spec: DownloadSpec, signal: AbortSignal): Promise<{ bytes: Uint8Array; kind: ImageKind }> {
  let url = start
  for (let hop = 0; ; hop++) {
    const response = await request(url, spec, signal)
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel().catch(() => undefined)
      const location = response.headers.get('location')
      if (!location || hop >= spec.maxRedirects) fail('IMAGE_FETCH_FAILED', 'url', `too many redirects (more than ${spec.maxRedirects}): link the image itself`)
      url = spec.check(location, 'url (redirect)', url)
      continue
    }
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined)
      fail('IMAGE_FETCH_FAILED', 'url', `the image host answered HTTP ${response.status}: check the URL`)
    }
    const bytes = await body(response, url, spec, signal)
    const kind = imageKindOf(bytes)
    if (!kind) fail('NOT_AN_IMAGE', 'url', 'the URL does not return a whole PNG, JPEG or GIF image: link the image file itself')
    const claimed = claimedKind(response.headers.get('content-type'))
    if (claimed && claimed !== kind) fail('NOT_AN_IMAGE', 'url', `the host says ${claimed.contentType} but sends ${kind.contentType} bytes: fix the image or its content type`)
    return { bytes, kind }
  }
}

const timedOut = (url: URL, spec: DownloadSpec) =>
  new SobotServerError('IMAGE_FETCH_TIMEOUT', 'url', `the cover from ${url.host} did not arrive within ${spec.timeoutMs} ms: check the image host, or use a smaller image`)

async function request(url: URL, spec: DownloadSpec, signal: AbortSignal): Promise<Response> {
  try {
    return await spec.fetch(url, { redirect: 'manual', signal })
  } catch {
    if (signal.aborted) throw timedOut(url, spec)
    fail('IMAGE_FETCH_FAILED', 'url', `could not download the cover from ${url.host}: check that the URL works from this server`)
  }
}

async function body(response: Response, url: URL, spec: DownloadSpec, signal: AbortSignal): Promise<Uint8Array> {
  const tooLarge = (size: number | string): never =>
    fail('IMAGE_TOO_LARGE', 'url', `the image is ${size} bytes; WeChat takes at most ${spec.maxBytes}: use a smaller cover (520×416 is suggested)`)
  const declared = Number(response.headers.get('content-length'))
  if (declared > spec.maxBytes) {
    await response.body?.cancel().catch(() => undefined)
    tooLarge(declared)
  }
  try {
    return await readLimited(response.body, spec.maxBytes, () => tooLarge(`over ${spec.maxBytes}`), declared || 0)
  } catch (error) {
    if (error instanceof SobotServerError) throw error
    if (signal.aborted) throw timedOut(url, spec)
    fail('IMAGE_FETCH_FAILED', 'url', `the download from ${url.host} broke off: check the image host`)
  }
}
