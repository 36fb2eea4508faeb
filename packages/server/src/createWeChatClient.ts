import { fail, SobotServerError, type SobotServerErrorCode } from './errors'
import { createMemoryStore } from './createMemoryStore'
import { redactingLogger, type SobotLogger } from './logger'
import { multipartImage } from './multipartImage'
import { sharedValue } from './sharedValue'
import type { SobotStore } from './store'

/** WeChat's own API host. */
export const WECHAT_API_BASE = 'https://api.weixin.qq.com'

/** Options of {@link createWeChatClient}. */
export interface WeChatClientOptions {
  /** The mini-program's AppID (`wx…`). */
  appId: string
  /** The mini-program's AppSecret: server only, never logged or returned. */
  appSecret: string
  /**
   * Where WeChat's API lives (tests point it at a local stand-in).
   * @default 'https://api.weixin.qq.com'
   */
  apiBase?: string
  /**
   * Shared state: the token, media ids and locks. Use {@link createRedisStore} when more than one
   * server process calls WeChat.
   * @default createMemoryStore()
   */
  store?: SobotStore
  /**
   * How long before its expiry a token is refreshed (WeChat hands out the next stable token in
   * the last 5 minutes).
   * @default 300_000
   */
  refreshMarginMs?: number
  /**
   * Time limit of one call to WeChat.
   * @default 10_000
   */
  timeoutMs?: number
  /** @default globalThis.fetch */
  fetch?: typeof fetch
  /** @default Date.now */
  now?: () => number
  /** @default console */
  logger?: SobotLogger
}

/** What WeChat answered to an image upload. */
export interface UploadedMedia {
  /** The `media_id` (valid 3 days). */
  mediaId: string
  /** When WeChat stored it, ms since the epoch. */
  createdAt: number
}

/** The image {@link WeChatClient.uploadImage} sends as multipart field `media`. */
export interface ImageUpload {
  bytes: Uint8Array
  filename: string
  contentType: string
}

/** What `jscode2session` returns that the toolkit uses (the `session_key` is dropped, never kept). */
export interface WeChatSession {
  openId: string
  /** Present only when the mini-program is bound to a WeChat Open Platform account. */
  unionId?: string
}

/**
 * A WeChat server-API client for the three calls the toolkit needs, on one shared token.
 * Created by {@link createWeChatClient}.
 */
export interface WeChatClient {
  readonly appId: string
  readonly store: SobotStore
  readonly now: () => number
  readonly logger: SobotLogger
  /** How long one WeChat call may take, ms. */
  readonly timeoutMs: number
  /** A valid `access_token` (stable token), cached and shared; one refresh at a time. */
  getAccessToken(): Promise<string>
  /** `POST /cgi-bin/media/upload?type=image`: a temporary image, valid 3 days. */
  uploadImage(image: ImageUpload): Promise<UploadedMedia>
  /** `GET /sns/jscode2session`: the user's ids for a `wx.login` code. */
  code2Session(code: string): Promise<WeChatSession>
}

interface StoredToken {
  token: string
  expiresAt: number
}

/** WeChat's `errcode`s that mean "this token is no good": refresh once and retry. */
const TOKEN_ERRCODES = new Set([40001, 40014, 42001])

const ERRCODES: Record<number, [SobotServerErrorCode, string, string]> = {
  [-1]: ['WECHAT_UNAVAILABLE', '', 'WeChat is busy (errcode -1): retry in a moment'],
  40001: ['TOKEN_INVALID', 'access_token', 'WeChat rejected a freshly fetched token (40001): another system may be calling force_refresh; check that nothing else refreshes this AppID'],
  42001: ['TOKEN_INVALID', 'access_token', 'WeChat says the token expired (42001) right after a refresh: check this server\'s clock'],
  40013: ['INVALID_CREDENTIALS', 'appId', 'WeChat does not know this AppID (40013): copy it from the mini-program admin console (开发管理 → 开发设置)'],
  40125: ['INVALID_CREDENTIALS', 'appSecret', 'WeChat rejected the AppSecret (40125): reset or copy it in the mini-program admin console (开发管理 → 开发设置)'],
  40164: ['IP_NOT_WHITELISTED', '', 'this server\'s IP is not on the mini-program\'s IP whitelist (40164): add it in the admin console (开发管理 → 开发设置 → IP白名单)'],
  40029: ['INVALID_CODE', 'code', 'WeChat does not accept this login code (40029): call wx.login() again and send the new code right away'],
  40163: ['CODE_USED', 'code', 'this login code was already used (40163): a code works once; call wx.login() again'],
  45011: ['RATE_LIMITED', 'code', 'too many logins for this user in a short time (45011): wait a minute before retrying'],
  45009: ['RATE_LIMITED', '', 'the daily quota of this WeChat API is used up (45009): wait until tomorrow or reset the quota in the admin console'],
  40004: ['INVALID_MEDIA', 'media', 'WeChat rejected the media type (40004): upload a PNG, JPEG or GIF image'],
  40005: ['INVALID_MEDIA', 'media', 'WeChat rejected the file type (40005): upload a PNG, JPEG or GIF image'],
  40006: ['INVALID_MEDIA', 'media', 'WeChat rejected the file size (40006): use an image under WeChat\'s limit (520×416 is suggested for a card cover)'],
  40007: ['INVALID_MEDIA', 'media', 'WeChat does not know this media_id (40007): upload the cover again'],
  40009: ['INVALID_MEDIA', 'media', 'WeChat rejected the image size (40009): use a smaller image'],
}

function errorFor(errcode: number, api: string): SobotServerError {
  const known = ERRCODES[errcode]
  if (known) return new SobotServerError(known[0], known[1] || api, known[2], errcode)
  return new SobotServerError('WECHAT_ERROR', api, `WeChat answered errcode ${errcode}: look it up in WeChat's server API error codes`, errcode)
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string' || !value.trim()) fail('MISSING_CONFIG', path, 'is required: a non-empty string')
  return value.trim()
}

/**
 * Creates the WeChat client: `stable_token` cached in the store and refreshed before it expires
 * (one refresh in flight however many callers, in this process and, with a shared store, in
 * every process), one retry after `40001`/`42001`, and WeChat's `errcode`s as coded
 * {@link SobotServerError}s.
 *
 * @throws SobotServerError `MISSING_CONFIG` for a missing AppID or AppSecret.
 * @example
 * const wechat = createWeChatClient({ appId: process.env.WECHAT_APP_ID!, appSecret: process.env.WECHAT_APP_SECRET! })
 * const { unionId } = await wechat.code2Session(code)
 * @see https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-access-token/getStableAccessToken.html
 */
export function createWeChatClient(options: WeChatClientOptions): WeChatClient {
  const appId = text(options.appId, 'appId')
  const appSecret = text(options.appSecret, 'appSecret')
  const now = options.now ?? Date.now
  const store = options.store ?? createMemoryStore({ now })
  const apiBase = (options.apiBase ?? WECHAT_API_BASE).replace(/\/+$/, '')
  const refreshMarginMs = options.refreshMarginMs ?? 5 * 60_000
  const timeoutMs = options.timeoutMs ?? 10_000
  const doFetch = options.fetch ?? globalThis.fetch
  const logger = redactingLogger(options.logger ?? console, [appSecret])
  const tokenKey = `wechat:${appId}:token`
  const inflight = new Map<string, Promise<string>>()

  /** One call; returns WeChat's JSON or throws a coded error. The URL (it has the secret or token) is never in a message. */
  async function call(api: string, path: string, init: RequestInit = {}): Promise<Record<string, unknown>> {
    let response: Response
    try {
      response = await doFetch(apiBase + path, { ...init, signal: AbortSignal.timeout(timeoutMs) })
    } catch (error) {
      const name = error instanceof Error ? (error.name === 'TimeoutError' ? `no answer in ${timeoutMs} ms` : causeCode(error)) : 'error'
      throw new SobotServerError('WECHAT_UNAVAILABLE', api, `could not reach WeChat (${name}): check this server's network; retry later`)
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined)
      throw new SobotServerError('WECHAT_UNAVAILABLE', api, `WeChat answered HTTP ${response.status}: retry later`)
    }
    let body: unknown
    try {
      body = await response.json()
    } catch {
      throw new SobotServerError('WECHAT_UNAVAILABLE', api, 'WeChat answered something that is not JSON: retry later')
    }
    if (!body || typeof body !== 'object') fail('WECHAT_UNAVAILABLE', api, 'WeChat answered something that is not a JSON object: retry later')
    const record = body as Record<string, unknown>
    const errcode = Number(record.errcode ?? 0)
    if (errcode) throw errorFor(errcode, api)
    return record
  }

  function getAccessToken(): Promise<string> {
    return sharedValue<string>({
      store,
      key: tokenKey,
      inflight,
      lockTtlMs: timeoutMs + 5_000,
      waitMs: timeoutMs * 2 + 5_000,
      read: (raw) => {
        const stored = parse<StoredToken>(raw)
        return stored && typeof stored.token === 'string' && stored.expiresAt - refreshMarginMs > now() ? stored.token : null
      },
      make: async () => {
        const started = now()
        const body = await call('stable_token', '/cgi-bin/stable_token', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ grant_type: 'client_credential', appid: appId, secret: appSecret, force_refresh: false }),
        })
        const token = body.access_token
        const expiresIn = Number(body.expires_in)
        if (typeof token !== 'string' || !token || !(expiresIn > 0)) fail('WECHAT_UNAVAILABLE', 'stable_token', 'WeChat answered without access_token/expires_in: retry later')
        const expiresAt = started + expiresIn * 1000
        logger.info(`access token refreshed for ${appId}, valid ${expiresIn} s`)
        return { value: token, raw: JSON.stringify({ token, expiresAt } satisfies StoredToken), ttlMs: expiresAt - now() }
      },
    })
  }

  /** Forgets `token` if it is still the stored one (so only the first of many failing callers refreshes). */
  async function forget(token: string): Promise<void> {
    const raw = await store.get(tokenKey)
    if (raw !== null && parse<StoredToken>(raw)?.token === token) await store.deleteIf(tokenKey, raw)
  }

  /** Runs `use` with a token; once, after WeChat says the token is invalid, with a fresh one. */
  async function withToken<T>(use: (token: string) => Promise<T>): Promise<T> {
    const token = await getAccessToken()
    try {
      return await use(token)
    } catch (error) {
      if (!(error instanceof SobotServerError) || error.errcode === undefined || !TOKEN_ERRCODES.has(error.errcode)) throw error
      logger.warn(`WeChat rejected the cached access token (errcode ${error.errcode}); refreshing once`)
      await forget(token)
      return use(await getAccessToken())
    }
  }

  return {
    appId,
    store,
    now,
    logger,
    timeoutMs,
    getAccessToken,
    uploadImage: (image) =>
      withToken(async (token) => {
        const form = multipartImage(image)
        const path = `/cgi-bin/media/upload?access_token=${encodeURIComponent(token)}&type=image`
        const body = await call('media/upload', path, { method: 'POST', headers: { 'content-type': form.contentType }, body: form.body })
        const mediaId = body.media_id
        if (typeof mediaId !== 'string' || !mediaId) fail('WECHAT_UNAVAILABLE', 'media/upload', 'WeChat answered without media_id: retry later')
        const createdAt = Number(body.created_at) > 0 ? Number(body.created_at) * 1000 : now()
        return { mediaId, createdAt }
      }),
    code2Session: async (code) => {
      const query = new URLSearchParams({ appid: appId, secret: appSecret, js_code: code, grant_type: 'authorization_code' })
      const body = await call('jscode2session', `/sns/jscode2session?${query}`)
      if (typeof body.openid !== 'string' || !body.openid) fail('WECHAT_UNAVAILABLE', 'jscode2session', 'WeChat answered without openid: retry later')
      const session: WeChatSession = { openId: body.openid }
      if (typeof body.unionid === 'string' && body.unionid) session.unionId = body.unionid
      return session
    },
  }
}

function parse<T>(raw: string): T | null {
  try {
    return JSON.parse(raw) as T
  } catch {
    return null
  }
}

/** `ECONNREFUSED` and the like from a failed fetch (Node puts it on `cause`). */
function causeCode(error: Error): string {
  const cause = (error as { cause?: { code?: unknown } }).cause
  return typeof cause?.code === 'string' ? cause.code : error.name
}
