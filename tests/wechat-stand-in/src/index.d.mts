/** One scripted answer, used once by the next request to that endpoint. */
export interface ScriptedStep {
  /** Wait this long first. */
  delayMs?: number
  /** Answer this HTTP status (with a text body). */
  status?: number
  /** Answer HTTP 200 `{ errcode, errmsg }`. */
  errcode?: number
  /** Reset the connection instead of answering. */
  reset?: boolean
  /** Never answer (the connection stays open until `close()`). */
  hang?: boolean
}

export interface StandInUpload {
  mediaId: string
  filename: string
  contentType: string
  bytes: Buffer
  /** Seconds since the epoch, as WeChat's `created_at`. */
  createdAt: number
}

export interface StandInCounts {
  requests: number
  stableToken: number
  tokensIssued: number
  upload: number
  uploadRejected: number
  jscode2session: number
  /** Requests a `hang` step left unanswered. */
  hung: number
}

export type StandInEndpoint = 'stable_token' | 'media/upload' | 'jscode2session'

export interface WeChatStandIn {
  /** Base URL, for `apiBase` / `WECHAT_API_BASE`. */
  url: string
  counts: StandInCounts
  uploads: StandInUpload[]
  tokensIssued: string[]
  currentToken(): string | null
  /** Replaces the current token (as a force_refresh elsewhere would): the old one answers 40001. */
  revokeToken(): void
  /** The current token answers 42001 and stable_token issues a new one. */
  expireToken(): void
  addCode(code: string, user: { openid: string; unionid?: string }): void
  /** Queues answers for the next requests to `endpoint`. */
  script(endpoint: StandInEndpoint, ...steps: ScriptedStep[]): void
  /** While down, every request answers HTTP 503. */
  setDown(down: boolean): void
  close(): Promise<void>
}

export interface WeChatStandInOptions {
  appId: string
  appSecret: string
  /** Single-use `wx.login` codes and the user each belongs to. */
  codes?: Record<string, { openid: string; unionid?: string }>
  /** @default 7200 */
  tokenTtlSeconds?: number
  /** @default '127.0.0.1' */
  host?: string
}

/** Starts the stand-in on a free port of 127.0.0.1. */
export function startWeChatStandIn(options: WeChatStandInOptions): Promise<WeChatStandIn>

export interface ImageHost {
  url: string
  /** `127.0.0.1:<port>`, for an allow-list. */
  host: string
  /** How many requests `path` received. */
  hits(path: string): number
  totalHits(): number
  close(): Promise<void>
}

/**
 * Serves `/covers/<name>.png` (a small real PNG per name), `/redirect?to=`, `/page.html` (HTML),
 * `/fake.png` (HTML served as image/png), `/huge.png` and `/huge-chunked.png` (11 MB, with and
 * without content-length), and faulty ones: `/drip.png?ms=&count=` (a PNG signature, then a byte
 * every `ms`), `/slow/<name>.png?ms=` (a PNG after `ms`), `/big/<name>.png?bytes=` (a whole PNG of
 * that size), `/png-then-html.png`, `/cut-short.png` (a PNG missing its end), `/jpeg-as-png.png`
 * (JPEG bytes as image/png), `/real.jpg`, `/reset.png` (the connection reset mid-body).
 */
export function startImageHost(options?: { host?: string }): Promise<ImageHost>

/** A structurally whole PNG of about `bytes` bytes (a 1×1 image and a filler chunk). */
export function bigPng(bytes: number): Buffer

/** A minimal JPEG by structure (SOI, an 8×8 frame header, one scan, EOI). */
export function tinyJpeg(): Buffer

/** A valid PNG of one colour. */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer

export interface RedisServer {
  /** `redis://127.0.0.1:<port>` */
  url: string
  /** SIGSTOP: the server stays connected and answers nothing. */
  freeze(): void
  /** SIGCONT after `freeze`. */
  thaw(): void
  /** SIGKILL: connections drop, nothing listens on the port. */
  kill(): Promise<void>
  /** Kills it (if running) and starts it again, empty, on the same port. */
  restart(): Promise<void>
  stop(): Promise<void>
}

/** Starts Debian's `redis-server` on a free 127.0.0.1 port (no persistence); throws how to install it when missing. */
export function startRedisServer(): Promise<RedisServer>

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number>

export interface ServerProcess {
  /** The first group of `ready` (the URL it listens on). */
  url: string
  pid: number
  /** Everything it printed so far (stdout and stderr). */
  output(): string
  /** Sends a signal (SIGTERM, SIGINT…). */
  signal(name: NodeJS.Signals): void
  /** Resolves with the exit code once it exits. */
  exited(): Promise<number | null>
  /** SIGTERM; resolves with the exit code. */
  stop(): Promise<number | null>
}

/**
 * Runs `node <script>` with only `env` (and PATH) and resolves once its stdout matches `ready`
 * (default: server-demo's "listening on … store: …"). Rejects with `{ code, output }` if it exits first; `timeoutMs` default 45 000.
 */
export function startServerProcess(options: { script: string; env: Record<string, string>; ready?: RegExp; timeoutMs?: number }): Promise<ServerProcess>
