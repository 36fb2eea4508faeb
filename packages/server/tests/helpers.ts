// Shared set-up: the WeChat stand-in and an image host (both real HTTP servers on 127.0.0.1), a
// logger that captures every line, and our handler served by createSobotServer (Node's http).
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { startImageHost, startWeChatStandIn, type ImageHost, type WeChatStandIn } from 'wechat-stand-in'
import {
  createSobotHandler,
  createSobotServer,
  createThumbMediaCache,
  createWeChatClient,
  type SobotHandler,
  type SobotHandlerOptions,
  type SobotServerOptions,
  type ThumbMediaCacheOptions,
  type SobotLogger,
  type SobotStore,
  type WeChatClient,
} from '../src/index'

export const APP_ID = 'wx0123456789abcdef'
export const APP_SECRET = 'app-secret-0f9e8d7c6b5a4f3e2d1c0b9a'
export const CHANNEL_KEY = 'channelKey-16byt' // 16 UTF-8 bytes → AES-128
export const UNION_ID = 'oJw8S1S0ZheoM2PnKbka3zJO-QyE'

/** Every log line, with its level. */
export function captureLogger(): SobotLogger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: (m) => lines.push('info ' + m),
    warn: (m) => lines.push('warn ' + m),
    error: (m) => lines.push('error ' + m),
  }
}

export interface Rig {
  wechat: WeChatStandIn
  images: ImageHost
  close(): Promise<void>
}

export async function startRig(options: { tokenTtlSeconds?: number } = {}): Promise<Rig> {
  const wechat = await startWeChatStandIn({
    appId: APP_ID,
    appSecret: APP_SECRET,
    codes: { 'code-alice': { openid: 'openid-alice', unionid: UNION_ID }, 'code-nounion': { openid: 'openid-bob' } },
    ...options,
  })
  const images = await startImageHost()
  return { wechat, images, close: async () => void (await Promise.all([wechat.close(), images.close()])) }
}

/** A maker of single-use `wx.login` codes the stand-in knows, each for a user with {@link UNION_ID}. */
export function codeMaker(rig: Rig, prefix: string): () => string {
  let n = 0
  return () => {
    const code = `${prefix}-${++n}`
    rig.wechat.addCode(code, { openid: `openid-${prefix}-${n}`, unionid: UNION_ID })
    return code
  }
}

export interface Server_ {
  url: string
  handler: SobotHandler
  client: WeChatClient
  logger: ReturnType<typeof captureLogger>
  server: Server
  close(): Promise<void>
}

/** What {@link startServer} passes on: the client's, the cache's, the handler's and the Node server's options. */
export interface ServerSetup {
  store?: SobotStore
  now?: () => number
  timeoutMs?: number
  apiBase?: string
  allowedOrigins?: string[]
  extraHosts?: string[]
  thumbs?: Partial<ThumbMediaCacheOptions>
  handler?: Partial<SobotHandlerOptions>
  server?: SobotServerOptions
}

/** Our handler on a real local HTTP server (createSobotServer), talking to the rig. */
export async function startServer(rig: Rig, options: ServerSetup = {}): Promise<Server_> {
  const logger = captureLogger()
  const client = createWeChatClient({
    appId: APP_ID,
    appSecret: APP_SECRET,
    apiBase: options.apiBase ?? rig.wechat.url,
    logger,
    ...(options.store ? { store: options.store } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  })
  const thumbMedia = createThumbMediaCache({ wechat: client, allowedHosts: [`http://${rig.images.host}`, ...(options.extraHosts ?? [])], ...options.thumbs })
  const handler = createSobotHandler({ wechat: client, channelKey: CHANNEL_KEY, thumbMedia, allowedOrigins: options.allowedOrigins ?? [], ...options.handler })
  const server: Server = createSobotServer(handler, options.server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    handler,
    client,
    logger,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export interface Answer {
  status: number
  body: Record<string, unknown>
  text: string
  headers: Record<string, string>
}

/** fetch + JSON, keeping the raw text for secret scans. */
export async function ask(url: string, init?: RequestInit): Promise<Answer> {
  const response = await fetch(url, init)
  const text = await response.text()
  let body: Record<string, unknown> = {}
  try {
    body = JSON.parse(text) as Record<string, unknown>
  } catch {
    body = {}
  }
  return { status: response.status, body, text, headers: Object.fromEntries(response.headers) }
}

export const thumb = (server: Server_, imageUrl: string, init?: RequestInit) =>
  ask(`${server.url}/sobot/thumb-media?url=${encodeURIComponent(imageUrl)}`, init)

export const unionid = (server: Server_, body: unknown, init: RequestInit = {}) =>
  ask(`${server.url}/sobot/unionid`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  })
