import { encryptUnionId } from '@sobot-contact/core/unionid'
import { fail, SobotServerError } from './errors'
import { exchangeUnionId } from './exchangeUnionId'
import { redactingLogger, type SobotLogger } from './logger'
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
  /** @default the WeChat client's logger */
  logger?: SobotLogger
}

/** A web-standard request handler: Node's `http` (via {@link toNodeListener}), Hono, serverless functions. */
export type SobotHandler = (request: Request) => Promise<Response>

const MAX_BODY_BYTES = 4096

function normalizeOrigins(origins: readonly string[]): Set<string> {
  const set = new Set<string>()
  for (const origin of origins) {
    let parsed: URL | undefined
    try {
      parsed = new URL(origin)
    } catch {
      parsed = undefined
    }
    if (!parsed || parsed.origin === 'null' || parsed.origin !== origin.replace(/\/+$/, '')) {
      fail('INVALID_CONFIG', 'allowedOrigins', `"${origin}" is not an origin: write scheme://host[:port], e.g. https://agent.example.com (no path, no wildcard)`)
    }
    set.add(parsed.origin)
  }
  return set
}

/**
 * The two endpoints your mini-program and agent page call, as one `Request → Response` handler:
 * - `POST {basePath}/unionid` with JSON `{ "code": "<wx.login code>" }` → `200 { "unionId": "<Base64 ciphertext>" }`;
 * - `GET {basePath}/thumb-media?url=<cover URL>` → `200 { "mediaId", "expiresAt" }`.
 *
 * Errors are JSON `{ code, path, message }` with the status of `SERVER_ERROR_STATUS`; responses and
 * log lines never contain the AppSecret, the channel key, a token or a plaintext UnionID.
 *
 * @throws SobotServerError `INVALID_CONFIG` for a bad channel key or origin list.
 * @example
 * const handler = createSobotHandler({ wechat, channelKey, thumbMedia, allowedOrigins: ['https://agent.example.com'] })
 * http.createServer(toNodeListener(handler)).listen(8787)
 */
export function createSobotHandler(options: SobotHandlerOptions): SobotHandler {
  const { wechat, thumbMedia, channelKey } = options
  if (channelKey !== undefined) {
    try {
      encryptUnionId('probe', channelKey)
    } catch {
      fail('INVALID_CONFIG', 'channelKey', 'must be 16, 24 or 32 UTF-8 bytes: copy the whole channel key from Sobot (渠道设置 → UnionID 加密)')
    }
  }
  const origins = normalizeOrigins(options.allowedOrigins ?? [])
  const base = '/' + (options.basePath ?? '/sobot').replace(/^\/+|\/+$/g, '')
  const secrets = channelKey ? [channelKey] : []
  const logger = redactingLogger(options.logger ?? wechat.logger, secrets)

  const json = (status: number, body: unknown, headers: Record<string, string>) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers } })

  async function route(request: Request, url: URL): Promise<Response | { status: number; body: unknown }> {
    const path = url.pathname.replace(/\/+$/, '')
    if (path === base + '/unionid' && channelKey !== undefined) {
      if (request.method !== 'POST') fail('METHOD_NOT_ALLOWED', 'method', 'use POST with a JSON body {"code": "…"}')
      const body = await readJson(request)
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

  return async (request) => {
    const started = Date.now()
    const url = new URL(request.url)
    const origin = request.headers.get('origin')
    const cors: Record<string, string> = origin ? { vary: 'Origin' } : {}
    const allowed = origin !== null && origins.has(origin)
    if (allowed) cors['access-control-allow-origin'] = origin
    const label = `${request.method} ${url.pathname}`
    try {
      if (origin !== null && !allowed) {
        fail('ORIGIN_NOT_ALLOWED', 'origin', `${origin} may not call this server: add it to ALLOWED_ORIGINS (allowedOrigins) if it is your agent page`)
      }
      if (request.method === 'OPTIONS') {
        return new Response(null, {
          status: 204,
          headers: { ...cors, 'access-control-allow-methods': 'GET, POST, OPTIONS', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '600' },
        })
      }
      const result = await route(request, url)
      if (result instanceof Response) return result
      logger.info(`${label} ${result.status} ${Date.now() - started} ms`)
      return json(result.status, result.body, cors)
    } catch (error) {
      const known = error instanceof SobotServerError ? error : undefined
      const status = known ? known.status : 500
      const code = known ? known.code : 'INTERNAL_ERROR'
      let message = known ? known.message : '[sobot-contact] internal error: see the server log'
      for (const secret of secrets) message = message.split(secret).join('[redacted]')
      const line = `${label} ${status} ${code}${known?.errcode !== undefined ? ` (errcode ${known.errcode})` : ''} ${Date.now() - started} ms`
      if (status >= 500) logger.error(known ? line : `${line}: ${error instanceof Error ? error.name : typeof error}`)
      else logger.warn(line)
      return json(status, { code, path: known ? known.path : '', message }, cors)
    }
  }
}

async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? ''
  if (!/^application\/json\b/i.test(type)) fail('INVALID_JSON_BODY', 'body', 'send JSON with content-type: application/json')
  const declared = Number(request.headers.get('content-length'))
  if (declared > MAX_BODY_BYTES) fail('BODY_TOO_LARGE', 'body', `is over ${MAX_BODY_BYTES} bytes: send only {"code": "…"}`)
  const text = await request.text()
  if (text.length > MAX_BODY_BYTES) fail('BODY_TOO_LARGE', 'body', `is over ${MAX_BODY_BYTES} bytes: send only {"code": "…"}`)
  try {
    return JSON.parse(text) as unknown
  } catch {
    fail('INVALID_JSON_BODY', 'body', 'is not JSON: send {"code": "<the code from wx.login()>"}')
  }
}
