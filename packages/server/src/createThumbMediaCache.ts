import { fail, SobotServerError } from './errors'
import { sharedValue } from './sharedValue'
import type { WeChatClient } from './createWeChatClient'

/** How long WeChat keeps a temporary `media_id`: 3 days. */
export const MEDIA_LIFETIME_MS = 3 * 24 * 60 * 60 * 1000

/** WeChat's size limit for a temporary image (临时素材, type image): 10 MB. */
export const WECHAT_IMAGE_MAX_BYTES = 10 * 1024 * 1024

/** Options of {@link createThumbMediaCache}. */
export interface ThumbMediaCacheOptions {
  /** The client that uploads (its store and clock are shared). */
  wechat: WeChatClient
  /**
   * The hosts a cover URL may be on, as `host` or `host:port` (case-insensitive). The server
   * downloads the URL it is given, so anything else is refused: without this list anyone could
   * make your server fetch internal addresses (SSRF).
   */
  allowedHosts: readonly string[]
  /**
   * A cached `media_id` is served until this long before its 3 days end, then uploaded again.
   * @default 3_600_000 (1 hour)
   */
  reuploadMarginMs?: number
  /** @default WECHAT_IMAGE_MAX_BYTES (10 MB) */
  maxBytes?: number
  /**
   * Redirects followed, each to an allowed host only.
   * @default 3
   */
  maxRedirects?: number
  /** @default globalThis.fetch */
  fetch?: typeof fetch
}

/** A cover's WeChat media id and until when it is served. */
export interface ThumbMedia {
  /** The `media_id`, for the card's `thumbMediaId`. */
  mediaId: string
  /** When WeChat forgets it (upload time + 3 days), ms since the epoch. */
  expiresAt: number
}

/** Uploads card covers once and serves their `media_id` while valid. Created by {@link createThumbMediaCache}. */
export interface ThumbMediaCache {
  /** The `media_id` of the image at `url`: cached, or uploaded once however many callers ask. */
  get(url: string): Promise<ThumbMedia>
}

const SIGNATURES: Array<[string, number[], string]> = [
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'png'],
  ['image/jpeg', [0xff, 0xd8, 0xff], 'jpg'],
  ['image/gif', [0x47, 0x49, 0x46, 0x38], 'gif'],
]

function normalizeHosts(hosts: readonly string[]): Set<string> {
  if (!Array.isArray(hosts) || hosts.length === 0) {
    fail('MISSING_CONFIG', 'allowedHosts', 'list the hosts your cover images are on (THUMB_HOSTS=img.example.com,cdn.example.com)')
  }
  const set = new Set<string>()
  for (const host of hosts) {
    const value = typeof host === 'string' ? host.trim().toLowerCase() : ''
    if (!value || /[/\s@?#*]/.test(value)) {
      fail('INVALID_CONFIG', 'allowedHosts', `"${String(host)}" is not a host[:port]: write e.g. img.example.com or 127.0.0.1:8080 (no scheme, path or wildcard)`)
    }
    set.add(value)
  }
  return set
}

/**
 * The cover cache behind `GET /sobot/thumb-media`: checks the URL against `allowedHosts`
 * (redirects too), downloads at most `maxBytes`, accepts only PNG/JPEG/GIF bytes, uploads through
 * WeChat's `media/upload` and keeps the `media_id` in the shared store until shortly before its 3
 * days end. One upload per image however many callers and instances.
 *
 * @throws SobotServerError `MISSING_CONFIG` / `INVALID_CONFIG` for a bad host list; `get` throws
 *   `INVALID_IMAGE_URL`, `HOST_NOT_ALLOWED`, `IMAGE_FETCH_FAILED`, `NOT_AN_IMAGE`, `IMAGE_TOO_LARGE`
 *   and WeChat's errors.
 * @example
 * const thumbs = createThumbMediaCache({ wechat, allowedHosts: ['img.example.com'] })
 * const { mediaId } = await thumbs.get('https://img.example.com/mug.jpg')
 * @see https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/kf-mgnt/kf-message/uploadTempMedia.html
 */
export function createThumbMediaCache(options: ThumbMediaCacheOptions): ThumbMediaCache {
  const { wechat } = options
  const hosts = normalizeHosts(options.allowedHosts)
  const margin = options.reuploadMarginMs ?? 60 * 60 * 1000
  const maxBytes = options.maxBytes ?? WECHAT_IMAGE_MAX_BYTES
  const maxRedirects = options.maxRedirects ?? 3
  const doFetch = options.fetch ?? globalThis.fetch
  const inflight = new Map<string, Promise<ThumbMedia>>()

  function check(raw: string, path: string, base?: URL): URL {
    let url: URL
    try {
      url = base ? new URL(raw, base) : new URL(raw)
    } catch {
      fail('INVALID_IMAGE_URL', path, 'is not an absolute URL: pass the cover\'s full http(s) URL')
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') fail('INVALID_IMAGE_URL', path, `${url.protocol} URLs are refused: pass the cover's http(s) URL`)
    if (url.username || url.password) fail('INVALID_IMAGE_URL', path, 'URLs with credentials are refused')
    if (!hosts.has(url.host.toLowerCase())) {
      fail('HOST_NOT_ALLOWED', path, `${url.host} is not on the cover host list: add it to THUMB_HOSTS (allowedHosts) if your images live there`)
    }
    return url
  }

  async function download(start: URL): Promise<{ bytes: Uint8Array; contentType: string; ext: string }> {
    let url = start
    for (let hop = 0; ; hop++) {
      let response: Response
      try {
        response = await doFetch(url, { redirect: 'manual', signal: AbortSignal.timeout(wechat.timeoutMs) })
      } catch {
        fail('IMAGE_FETCH_FAILED', 'url', `could not download the cover from ${url.host}: check that the URL works from this server`)
      }
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel().catch(() => undefined)
        const location = response.headers.get('location')
        if (!location || hop >= maxRedirects) fail('IMAGE_FETCH_FAILED', 'url', `too many redirects (more than ${maxRedirects}): link the image itself`)
        url = check(location, 'url (redirect)', url)
        continue
      }
      if (response.status !== 200) {
        await response.body?.cancel().catch(() => undefined)
        fail('IMAGE_FETCH_FAILED', 'url', `the image host answered HTTP ${response.status}: check the URL`)
      }
      const declared = Number(response.headers.get('content-length'))
      if (declared > maxBytes) {
        await response.body?.cancel().catch(() => undefined)
        fail('IMAGE_TOO_LARGE', 'url', `the image is ${declared} bytes; WeChat takes at most ${maxBytes}: use a smaller cover (520×416 is suggested)`)
      }
      const bytes = await readAtMost(response, maxBytes)
      const kind = SIGNATURES.find(([, signature]) => signature.every((b, i) => bytes[i] === b))
      if (!kind) fail('NOT_AN_IMAGE', 'url', 'the URL does not return a PNG, JPEG or GIF image: link the image file itself')
      return { bytes, contentType: kind[0], ext: kind[2] }
    }
  }

  async function readAtMost(response: Response, limit: number): Promise<Uint8Array> {
    const reader = response.body?.getReader()
    if (!reader) return new Uint8Array(0)
    const chunks: Uint8Array[] = []
    let size = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > limit) {
        await reader.cancel().catch(() => undefined)
        fail('IMAGE_TOO_LARGE', 'url', `the image is over ${limit} bytes, WeChat's limit: use a smaller cover (520×416 is suggested)`)
      }
      chunks.push(value)
    }
    const out = new Uint8Array(size)
    let offset = 0
    for (const chunk of chunks) {
      out.set(chunk, offset)
      offset += chunk.byteLength
    }
    return out
  }

  return {
    get(raw: string) {
      if (typeof raw !== 'string' || !raw.trim()) {
        return Promise.reject(new SobotServerError('INVALID_IMAGE_URL', 'url', 'is required: pass ?url=<the cover\'s http(s) URL>'))
      }
      let url: URL
      try {
        url = check(raw.trim(), 'url')
      } catch (error) {
        return Promise.reject(error)
      }
      return sharedValue<ThumbMedia>({
        store: wechat.store,
        key: `wechat:${wechat.appId}:thumb:${url.href}`,
        inflight,
        lockTtlMs: wechat.timeoutMs * 3 + 5_000,
        waitMs: wechat.timeoutMs * 6 + 10_000,
        read: (text) => {
          try {
            const media = JSON.parse(text) as ThumbMedia
            return typeof media.mediaId === 'string' && media.expiresAt - margin > wechat.now() ? media : null
          } catch {
            return null
          }
        },
        make: async () => {
          const image = await download(url)
          // Our clock before the upload: never later than WeChat's own created_at, whatever the skew.
          const started = wechat.now()
          const uploaded = await wechat.uploadImage({ bytes: image.bytes, contentType: image.contentType, filename: `cover.${image.ext}` })
          const media: ThumbMedia = { mediaId: uploaded.mediaId, expiresAt: started + MEDIA_LIFETIME_MS }
          wechat.logger.info(`cover uploaded from ${url.host} (${image.bytes.byteLength} bytes)`)
          return { value: media, raw: JSON.stringify(media), ttlMs: media.expiresAt - margin - wechat.now() }
        },
      })
    },
  }
}
