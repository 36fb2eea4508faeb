// Shared set-up: the WeChat stand-in and an image host (both real HTTP servers on 127.0.0.1), a
// logger that captures every line, and our handler served by Node's http through toNodeListener.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { startImageHost, startWeChatStandIn, type ImageHost, type WeChatStandIn } from 'wechat-stand-in'
import {
  createSobotHandler,
  createThumbMediaCache,
  createWeChatClient,
  toNodeListener,
  type SobotHandler,
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

export interface Server_ {
  url: string
  handler: SobotHandler
  client: WeChatClient
  logger: ReturnType<typeof captureLogger>
  close(): Promise<void>
}

/** Our handler on a real local HTTP server, talking to the rig. */
export async function startServer(
  rig: Rig,
  options: { store?: SobotStore; now?: () => number; timeoutMs?: number; allowedOrigins?: string[]; extraHosts?: string[] } = {},
): Promise<Server_> {
  const logger = captureLogger()
  const client = createWeChatClient({
    appId: APP_ID,
    appSecret: APP_SECRET,
    apiBase: rig.wechat.url,
    logger,
    ...(options.store ? { store: options.store } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  })
  const thumbMedia = createThumbMediaCache({ wechat: client, allowedHosts: [`http://${rig.images.host}`, ...(options.extraHosts ?? [])] })
  const handler = createSobotHandler({ wechat: client, channelKey: CHANNEL_KEY, thumbMedia, allowedOrigins: options.allowedOrigins ?? [] })
  const server: Server = createServer(toNodeListener(handler))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    handler,
    client,
    logger,
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
