import { fail, SobotServerError } from './errors'
import { createRateLimiter } from './createRateLimiter'
import { createSemaphore } from './createSemaphore'
import { downloadImage, type DownloadSpec } from './downloadImage'
import { normalizeHosts } from './normalizeHosts'
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
   * The hosts a cover URL may be on, as `host` or `host:port` (case-insensitive): https only. List
   * a host as `http://host[:port]` to allow plain http from it too. The server downloads the URL it
   * is given, so anything else is refused: without this list anyone could make your server fetch
   * internal addresses (SSRF).
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
  /**
   * Covers downloaded and uploaded at once in this process; more wait their turn. Cover bytes in
   * memory stay under `maxConcurrentDownloads × 2 × maxBytes` (the download and its upload copy):
   * 80 MB with the defaults.
   * @default 4
   */
  maxConcurrentDownloads?: number
  /**
   * The whole download's time limit, waiting for a turn included: `504 IMAGE_FETCH_TIMEOUT` after.
   * @default the WeChat client's timeoutMs (10 000)
   */
  downloadTimeoutMs?: number
  /**
   * Distinct covers uploaded per hour at most, shared through the store: `429 TOO_MANY_COVERS`
   * past it (cached covers are still served). Each new URL is an upload; this bounds what a caller
   * who varies a query string can cost. `0` turns the bound off.
   * @default 200
   */
  uploadsPerHour?: number
  /**
   * The upload lock's time to live; its holder renews it every third of this while it works, so a
   * slow WeChat never lets a second instance upload the same cover.
   * @default 15_000
   */
  lockTtlMs?: number
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

/**
 * The cover cache behind `GET /sobot/thumb-media`: checks the URL against `allowedHosts` (https
 * unless listed with `http://`; redirects too), downloads at most `maxBytes` within
 * `downloadTimeoutMs`, `maxConcurrentDownloads` at a time, accepts only a whole PNG/JPEG/GIF of
 * the type the host claims, uploads through WeChat's `media/upload` and keeps the `media_id` in the
 * shared store until shortly before its 3 days end. One upload per cover however many callers and
 * instances and however slow WeChat is (the lock is renewed while its holder works). The cache key
 * is the URL without its `#fragment` (it never reaches the host); the query is kept byte for byte,
 * so `?a=1&b=2` and `?b=2&a=1` are two covers: link each cover by one URL.
 *
 * @throws SobotServerError `MISSING_CONFIG` / `INVALID_CONFIG` for a bad host list; `get` throws
 *   `INVALID_IMAGE_URL`, `HOST_NOT_ALLOWED`, `IMAGE_FETCH_FAILED`, `IMAGE_FETCH_TIMEOUT`,
 *   `NOT_AN_IMAGE`, `IMAGE_TOO_LARGE`, `TOO_MANY_COVERS` and WeChat's errors.
 * @example
 * const thumbs = createThumbMediaCache({ wechat, allowedHosts: ['img.example.com'] })
 * const { mediaId } = await thumbs.get('https://img.example.com/mug.jpg')
 * @see https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/kf-mgnt/kf-message/uploadTempMedia.html
 */
export function createThumbMediaCache(options: ThumbMediaCacheOptions): ThumbMediaCache {
  const { wechat } = options
  const hosts = normalizeHosts(options.allowedHosts)
  const margin = options.reuploadMarginMs ?? 60 * 60 * 1000
  const perHour = options.uploadsPerHour ?? 200
  const lockTtlMs = options.lockTtlMs ?? 15_000
  const slots = createSemaphore(options.maxConcurrentDownloads ?? 4)
  const inflight = new Map<string, Promise<ThumbMedia>>()
  const uploads = createRateLimiter({
    store: wechat.store,
    limit: perHour,
    windowMs: 60 * 60 * 1000,
    refuse: () => new SobotServerError('TOO_MANY_COVERS', 'url', `more than ${perHour} new covers this hour: cached covers are still served; retry after Retry-After, or raise uploadsPerHour (COVER_UPLOADS_PER_HOUR)`),
  })
  const download: DownloadSpec = {
    check: (raw, path, base) => checkUrl(hosts, raw, path, base),
    fetch: options.fetch ?? globalThis.fetch,
    maxBytes: options.maxBytes ?? WECHAT_IMAGE_MAX_BYTES,
    maxRedirects: options.maxRedirects ?? 3,
    timeoutMs: options.downloadTimeoutMs ?? wechat.timeoutMs,
  }

  async function upload(url: URL) {
    if (perHour > 0) await uploads.take(`thumb-uploads:${wechat.appId}`)
    const signal = AbortSignal.timeout(download.timeoutMs)
    const release = await slots.acquire(signal).catch(() =>
      fail('IMAGE_FETCH_TIMEOUT', 'url', `no download turn within ${download.timeoutMs} ms (other covers are downloading): retry in a moment`),
    )
    try {
      const image = await downloadImage(url, download, signal)
      // Our clock before the upload: never later than WeChat's own created_at, whatever the skew.
      const started = wechat.now()
      const uploaded = await wechat.uploadImage({ bytes: image.bytes, contentType: image.kind.contentType, filename: `cover.${image.kind.ext}` })
      wechat.logger.info(`cover uploaded from ${url.host} (${image.bytes.byteLength} bytes)`)
      return { mediaId: uploaded.mediaId, expiresAt: started + MEDIA_LIFETIME_MS }
    } finally {
      release()
    }
  }

  return {
    get(raw: string) {
      let url: URL
      try {
        if (typeof raw !== 'string' || !raw.trim()) fail('INVALID_IMAGE_URL', 'url', "is required: pass ?url=<the cover's https URL>")
        url = checkUrl(hosts, raw.trim(), 'url')
      } catch (error) {
        return Promise.reject(error)
      }
      return sharedValue<ThumbMedia>({
        store: wechat.store,
        key: `wechat:${wechat.appId}:thumb:${url.href}`,
        inflight,
        lockTtlMs,
        waitMs: wechat.timeoutMs * 6 + 10_000,
        read: (text) => {
          const media = parseMedia(text)
          return media && media.expiresAt - margin > wechat.now() ? media : null
        },
        make: async () => {
          const media = await upload(url)
          return { value: media, raw: JSON.stringify(media), ttlMs: media.expiresAt - margin - wechat.now() }
        },
      })
    },
  }
}

/** A cover URL checked against the host list: absolute, http(s) as the list allows, no credentials; the fragment dropped. */
function checkUrl(hosts: Map<string, boolean>, raw: string, path: string, base?: URL): URL {
  let url: URL
  try {
    url = base ? new URL(raw, base) : new URL(raw)
  } catch {
    fail('INVALID_IMAGE_URL', path, "is not an absolute URL: pass the cover's full https URL")
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') fail('INVALID_IMAGE_URL', path, `${url.protocol} URLs are refused: pass the cover's https URL`)
  if (url.username || url.password) fail('INVALID_IMAGE_URL', path, 'URLs with credentials are refused')
  const allowsHttp = hosts.get(url.host.toLowerCase())
  if (allowsHttp === undefined) {
    fail('HOST_NOT_ALLOWED', path, `${url.host} is not on the cover host list: add it to THUMB_HOSTS (allowedHosts) if your images live there`)
  }
  if (url.protocol === 'http:' && !allowsHttp) {
    fail('INVALID_IMAGE_URL', path, `plain http is refused for ${url.host}: use https, or list the host as http://${url.host} in THUMB_HOSTS (allowedHosts)`)
  }
  url.hash = ''
  return url
}

function parseMedia(text: string): ThumbMedia | null {
  try {
    const media = JSON.parse(text) as ThumbMedia
    return typeof media.mediaId === 'string' && typeof media.expiresAt === 'number' ? media : null
  } catch {
    return null
  }
}
