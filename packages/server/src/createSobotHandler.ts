import { encryptUnionId } from '@sobot-contact/core/unionid'
import { fail, SobotServerError } from './errors'
import { exchangeUnionId } from './exchangeUnionId'
import { clientAddressOf, normalizeAddress } from './clientAddressOf'
import { createRateLimiter } from './createRateLimiter'
import { errorResponse, jsonResponse } from './jsonResponse'
import { redactingLogger, type SobotLogger } from './logger'
import { normalizeOrigins } from './normalizeOrigins'
import { rateKeyOf } from './rateKeyOf'
import { readJsonBody } from './readJsonBody'
import { withDeadline } from './withDeadline'
import type { ThumbMediaCache } from './createThumbMediaCache'
import type { WeChatClient } from './createWeChatClient'

/** Options of {@link createSobotHandler}. */
export interface SobotHandlerOptions {
  /** The WeChat client (token cache, uploads, logins). */
  wechat: WeChatClient
  /** Sobot's channel key (渠道密钥) for the UnionID; omit to leave `/unionid` unmounted (404). */
  channelKey?: string
  /** The cover cache; omit to leave `/thumb-media` unmounted (404). */
  thumbMedia?: ThumbMediaCache
  /**
   * Browser origins allowed to call (CORS), e.g. the agent page's `https://agent.example.com`.
   * Requests without an `Origin` (the mini-program's `wx.request`, servers) are always served;
   * a request from any other origin is refused with `ORIGIN_NOT_ALLOWED`.
   * @default []
   */
  allowedOrigins?: readonly string[]
  /**
   * Where the two endpoints are mounted.
   * @default '/sobot'
   */
  basePath?: string
  /**
   * `POST /unionid` requests allowed per client address (an IPv6 client: per /64) and minute (`429 TOO_MANY_REQUESTS` with
   * `Retry-After` past it), counted in the WeChat client's store, so shared by every instance on
   * Redis. WeChat's `jscode2session` quota (`45011`) is the whole mini-program's: one client must not
   * use it up. `0` turns the limit off.
   * @default 20
   */
  unionIdPerMinute?: number
  /**
   * Addresses of your reverse proxies. Only a request from one of them is counted under the
   * `X-Forwarded-For` address it appended; otherwise the header is ignored (anyone can send it).
   * @default []
   */
  trustedProxies?: readonly string[]
  /**
   * The most one request may take, all WeChat calls, downloads and store commands included:
   * `504 DEADLINE_EXCEEDED` after (work in progress, a cover upload, still finishes and is cached).
   * @default 15_000
   */
  deadlineMs?: number
  /** @default the WeChat client's logger */
  logger?: SobotLogger
}

/** What the server knows of a request beyond the `Request` itself ({@link toNodeListener} passes it). */
export interface SobotRequestContext {
  /** The peer's IP address: the rate limit's key (with `trustedProxies`, the forwarded one). */
  clientAddress?: string | undefined
}

/**
 * A web-standard request handler: Node's `http` (via {@link toNodeListener}), Hono, serverless
 * functions. Pass `{ clientAddress }` where the runtime tells it; without it every request counts
 * under one address, `unknown`, for the rate limit.
 */
export type SobotHandler = (request: Request, context?: SobotRequestContext) => Promise<Response>

/**
 * The two endpoints your mini-program and agent page call, as one `Request → Response` handler:
 * - `POST {basePath}/unionid` with JSON `{ "code": "<wx.login code>" }` → `200 { "unionId": "<Base64 ciphertext>" }`;
 * - `GET {basePath}/thumb-media?url=<cover URL>` → `200 { "mediaId", "expiresAt" }`.
 *
 * Errors are JSON `{ code, path, message }` with the status of `SERVER_ERROR_STATUS`; every request
 * is answered within `deadlineMs`; `/unionid` is rate-limited per client address; responses and
 * log lines never contain the AppSecret, the channel key, a token or a plaintext UnionID.
 *
 * @throws SobotServerError `INVALID_CONFIG` for a bad channel key, origin list or limit.
 * @example
 * const handler = createSobotHandler({ wechat, channelKey, thumbMedia, allowedOrigins: ['https://agent.example.com'] })
 * createSobotServer(handler).listen(8787)
 */
export function createSobotHandler(options: SobotHandlerOptions): SobotHandler {
  const { wechat, thumbMedia, channelKey } = options
  checkOptions(options)
  const origins = normalizeOrigins(options.allowedOrigins ?? [])
  const proxies = new Set((options.trustedProxies ?? []).map(normalizeAddress))
  const base = '/' + (options.basePath ?? '/sobot').replace(/^\/+|\/+$/g, '')
  const deadlineMs = options.deadlineMs ?? 15_000
  const perMinute = options.unionIdPerMinute ?? 20
  const secrets = channelKey ? [channelKey] : []
  const logger = redactingLogger(options.logger ?? wechat.logger, secrets)
  const limiter = createRateLimiter({
    store: wechat.store,
    limit: perMinute,
    windowMs: 60_000,
    refuse: () => new SobotServerError('TOO_MANY_REQUESTS', 'client', `more than ${perMinute} UnionID requests a minute from this address: wait for Retry-After`),
  })

  async function route(request: Request, url: URL, context: SobotRequestContext): Promise<{ status: number; body: unknown }> {
    const path = url.pathname.replace(/\/+$/, '')
    if (path === base + '/unionid' && channelKey !== undefined) {
      if (request.method !== 'POST') fail('METHOD_NOT_ALLOWED', 'method', 'use POST with a JSON body {"code": "…"}')
      if (perMinute > 0) await limiter.take(`ratelimit:unionid:${rateKeyOf(clientAddressOf(request, context.clientAddress, proxies))}`)
      const body = await readJsonBody(request)
      const code = body && typeof body === 'object' ? (body as Record<string, unknown>).code : undefined
      return { status: 200, body: { unionId: await exchangeUnionId(wechat, code, channelKey) } }
    }
    if (path === base + '/thumb-media' && thumbMedia) {
      if (request.method !== 'GET') fail('METHOD_NOT_ALLOWED', 'method', 'use GET ?url=<cover URL>')
      const media = await thumbMedia.get(url.searchParams.get('url') ?? '')
      return { status: 200, body: { mediaId: media.mediaId, expiresAt: media.expiresAt } }
    }
    fail('NOT_FOUND', 'path', `no such endpoint: use POST ${base}/unionid or GET ${base}/thumb-media`)
  }

  return async (request, context = {}) => {
    const started = Date.now()
    const url = new URL(request.url)
    const origin = request.headers.get('origin')
    const cors: Record<string, string> = origin ? { vary: 'Origin' } : {}
    const allowed = origin !== null && origins.has(origin)
    if (allowed) cors['access-control-allow-origin'] = origin
    const label = `${request.method} ${url.pathname.slice(0, 200)}`
    try {
      if (origin !== null && !allowed) {
        fail('ORIGIN_NOT_ALLOWED', 'origin', `${origin.slice(0, 200)} may not call this server: add it to ALLOWED_ORIGINS (allowedOrigins) if it is your agent page`)
      }
      if (request.method === 'OPTIONS') {
        return new Response(null, {
          status: 204,
          headers: { ...cors, 'access-control-allow-methods': 'GET, POST, OPTIONS', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '600' },
        })
      }
      const result = await withDeadline(route(request, url, context), deadlineMs)
      logger.info(`${label} ${result.status} ${Date.now() - started} ms`)
      return jsonResponse(result.status, result.body, cors)
    } catch (error) {
      const known = error instanceof SobotServerError ? error : undefined
      const status = known ? known.status : 500
      const line = `${label} ${status} ${known ? known.code : 'INTERNAL_ERROR'}${known?.errcode !== undefined ? ` (errcode ${known.errcode})` : ''} ${Date.now() - started} ms`
      if (status >= 500) logger.error(known ? line : `${line}: ${error instanceof Error ? error.name : typeof error}`)
      else logger.warn(line)
      return errorResponse(error, cors, secrets)
    }
  }
}

function checkOptions(options: SobotHandlerOptions): void {
  if (options.channelKey !== undefined) {
    try {
      encryptUnionId('probe', options.channelKey)
    } catch {
      fail('INVALID_CONFIG', 'channelKey', 'must be 16, 24 or 32 UTF-8 bytes: copy the whole channel key from Sobot (渠道设置 → UnionID 加密)')
    }
  }
  const { unionIdPerMinute = 20, deadlineMs = 15_000 } = options
  if (!Number.isInteger(unionIdPerMinute) || unionIdPerMinute < 0) fail('INVALID_CONFIG', 'unionIdPerMinute', 'must be a whole number ≥ 0 (0 turns the limit off)')
  if (!(deadlineMs > 0)) fail('INVALID_CONFIG', 'deadlineMs', 'must be a number of milliseconds > 0')
}
