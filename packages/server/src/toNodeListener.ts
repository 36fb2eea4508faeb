import type { IncomingMessage, ServerResponse } from 'node:http'
import { fail, SobotServerError } from './errors'
import { errorResponse } from './jsonResponse'
import type { SobotHandler } from './createSobotHandler'

/** Options of {@link toNodeListener}. */
export interface NodeListenerOptions {
  /**
   * The scheme and host the request URL is built on (the `Host` header is not trusted for it).
   * @default 'http://localhost'
   */
  origin?: string
  /**
   * How long a request body may take to arrive, from the request's start: `408 REQUEST_TIMEOUT` after.
   * @default 5_000
   */
  bodyTimeoutMs?: number
  /**
   * The most body bytes read: the body stream errors with `413 BODY_TOO_LARGE` past it, whatever the framing.
   * @default 4096
   */
  maxBodyBytes?: number
}

/** The methods the handler serves; any other is answered `405` before a `Request` is built. */
const SERVED_METHODS = new Set(['GET', 'HEAD', 'POST', 'OPTIONS'])

/**
 * Runs a web-standard handler in Node's `http` server (and so in Express or Koa, whose
 * `req`/`res` are Node's): the request becomes a `Request`, the `Response` is written back, and
 * the handler gets the peer's address (`clientAddress`) for its rate limit. Nothing a client sends
 * can throw past it: a method the handler does not serve (`TRACE`, `CONNECT`…) is a coded `405`,
 * a target that is no URL (`//[`, `//a:99999/`) a coded `400`, and the body is a stream that stops
 * at `maxBodyBytes` (`413`) and at `bodyTimeoutMs` (`408`). An answer sent before the body was
 * read closes the connection. {@link createSobotServer} adds the header limits around it.
 *
 * @param handler - e.g. from {@link createSobotHandler}.
 * @example
 * import { createServer } from 'node:http'
 * createServer(toNodeListener(handler)).listen(8787)
 * // Express: app.use('/sobot', toNodeListener(handler)) with basePath '/'
 */
export function toNodeListener(handler: SobotHandler, options: NodeListenerOptions = {}): (req: IncomingMessage, res: ServerResponse) => void {
  const origin = (options.origin ?? 'http://localhost').replace(/\/+$/, '')
  const bodyTimeoutMs = options.bodyTimeoutMs ?? 5_000
  const maxBodyBytes = options.maxBodyBytes ?? 4096
  return (req, res) => {
    let request: Request
    try {
      request = toRequest(req, res, origin, bodyTimeoutMs, maxBodyBytes)
    } catch (error) {
      void send(req, res, errorResponse(error))
      return
    }
    let answer: Promise<Response>
    try {
      answer = handler(request, { clientAddress: req.socket.remoteAddress })
    } catch (error) {
      answer = Promise.reject(error)
    }
    void answer.then(
      (response) => send(req, res, response),
      (error: unknown) => send(req, res, errorResponse(error)),
    )
  }
}

function toRequest(req: IncomingMessage, res: ServerResponse, origin: string, timeoutMs: number, maxBytes: number): Request {
  const method = req.method ?? 'GET'
  if (!SERVED_METHODS.has(method)) fail('METHOD_NOT_ALLOWED', 'method', `${method.slice(0, 16)} is not served here: use GET or POST`)
  if (req.httpVersion === '1.1' && req.headers.host === undefined) fail('INVALID_REQUEST', 'headers', 'an HTTP/1.1 request needs a Host header')
  const url = requestUrl(req.url ?? '/', origin)
  const headers = new Headers()
  try {
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue
      for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v)
    }
  } catch {
    fail('INVALID_REQUEST', 'headers', 'a header is not valid HTTP: send plain ASCII header values')
  }
  const body = method === 'POST' ? bodyStream(req, res, timeoutMs, maxBytes) : null
  return new Request(url, { method, headers, body, duplex: 'half' } as RequestInit)
}

// RFC 3986 path characters; the query also takes characters clients often leave unescaped there.
const ORIGIN_FORM = /^\/[\w\-.~!$&'()*+,;=:@%/]*(\?[\w\-.~!$&'()*+,;=:@%/?[\]{}|^"<>`\\]*)?$/

/** The request target as a URL on `origin`: a path (`/…`), or the path of an absolute-form target. */
function requestUrl(target: string, origin: string): URL {
  try {
    if (ORIGIN_FORM.test(target)) return new URL(origin + target)
    if (/^https?:\/\//i.test(target)) {
      const absolute = new URL(target)
      return new URL(origin + absolute.pathname + absolute.search)
    }
  } catch {
    // falls through to the coded answer
  }
  fail('INVALID_REQUEST', 'url', 'is not a request target this server understands: send a path such as /sobot/thumb-media?url=…')
}

/**
 * The body as a pull stream: bytes are read from the socket only as the handler asks for them, the
 * stream errors past `maxBytes` (`BODY_TOO_LARGE`), when the body takes longer than `timeoutMs`
 * (`REQUEST_TIMEOUT`), and when the client breaks off (`INVALID_REQUEST`).
 */
function bodyStream(req: IncomingMessage, res: ServerResponse, timeoutMs: number, maxBytes: number): ReadableStream<Uint8Array> {
  let received = 0
  let settled = false
  let timer: ReturnType<typeof setTimeout> | undefined
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const settle = (error?: SobotServerError) => {
          if (settled) return
          settled = true
          clearTimeout(timer)
          req.pause()
          if (error) controller.error(error)
          else controller.close()
        }
        timer = setTimeout(() => settle(new SobotServerError('REQUEST_TIMEOUT', 'body', `did not arrive within ${timeoutMs} ms: send the whole body at once`)), timeoutMs)
        timer.unref?.()
        res.once('close', () => clearTimeout(timer))
        req.pause()
        req.on('data', (chunk: Buffer) => {
          if (settled) return
          received += chunk.byteLength
          if (received > maxBytes) return settle(new SobotServerError('BODY_TOO_LARGE', 'body', `is over ${maxBytes} bytes: send only {"code": "…"}`))
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength))
          if ((controller.desiredSize ?? 0) <= 0) req.pause()
        })
        req.once('end', () => settle())
        req.once('close', () => settle(new SobotServerError('INVALID_REQUEST', 'body', 'the client broke off before the whole body arrived')))
        req.once('error', () => settle(new SobotServerError('INVALID_REQUEST', 'body', 'the client broke off before the whole body arrived')))
      },
      pull() {
        if (!settled) req.resume()
      },
      cancel() {
        settled = true
        clearTimeout(timer)
        req.pause()
      },
    },
    { highWaterMark: 1 },
  )
}

/** Writes the answer. One sent before the body was read closes the connection (soon, not after the whole body). */
async function send(req: IncomingMessage, res: ServerResponse, response: Response): Promise<void> {
  try {
    const body = Buffer.from(await response.arrayBuffer())
    if (res.headersSent || res.destroyed) return
    res.statusCode = response.status
    response.headers.forEach((value, name) => res.setHeader(name, value))
    if (!req.complete) {
      res.setHeader('connection', 'close')
      res.once('finish', () => setTimeout(() => req.socket.destroy(), 1_000).unref())
    }
    res.end(body)
  } catch {
    res.destroy()
  }
}
