import { createServer, type Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { SobotServerError } from './errors'
import { toNodeListener, type NodeListenerOptions } from './toNodeListener'
import type { SobotHandler } from './createSobotHandler'

/** Options of {@link createSobotServer}: {@link toNodeListener}'s and the connection limits. */
export interface SobotServerOptions extends NodeListenerOptions {
  /**
   * How long a client may take to send the request line and headers: `408 REQUEST_TIMEOUT` after.
   * @default 5_000
   */
  headersTimeoutMs?: number
  /**
   * The most bytes of request line and headers: `431 HEADERS_TOO_LARGE` past it.
   * @default 8192
   */
  maxHeaderBytes?: number
  /**
   * How long an idle keep-alive connection stays open.
   * @default 5_000
   */
  keepAliveTimeoutMs?: number
  /**
   * Open connections at most; more are closed as they arrive.
   * @default 1024
   */
  maxConnections?: number
}

/**
 * A Node `http.Server` running the handler through {@link toNodeListener}, with limits a client
 * cannot outlast: headers in `headersTimeoutMs`, a body in `bodyTimeoutMs`, headers of at most
 * `maxHeaderBytes`, at most `maxConnections`. Whatever Node's parser refuses (a malformed request
 * line, an unknown method, a bad header, a header flood, a stalled request) is answered with the
 * usual coded JSON (`400 INVALID_REQUEST`, `431 HEADERS_TOO_LARGE`, `408 REQUEST_TIMEOUT`) and the
 * connection closed; nothing a client sends can end the process. Call `listen` yourself.
 *
 * @example
 * const server = createSobotServer(handler)
 * server.listen(8787)
 * shutdownGracefully(server, { onClose: () => redis.quit() })
 */
export function createSobotServer(handler: SobotHandler, options: SobotServerOptions = {}): Server {
  const headersTimeout = options.headersTimeoutMs ?? 5_000
  const server = createServer(
    {
      headersTimeout,
      // Node's whole-request backstop; the body's own limit (bodyTimeoutMs) answers first.
      requestTimeout: headersTimeout + (options.bodyTimeoutMs ?? 5_000) + 1_000,
      maxHeaderSize: options.maxHeaderBytes ?? 8192,
      // Node would answer a missing Host with a bare 400; the listener answers it coded.
      requireHostHeader: false,
      // Node checks the two timeouts every 30 s by default: a 5 s limit would hold for up to 35 s.
      connectionsCheckingInterval: 500,
    },
    toNodeListener(handler, options),
  )
  server.keepAliveTimeout = options.keepAliveTimeoutMs ?? 5_000
  server.maxConnections = options.maxConnections ?? 1024
  server.on('clientError', answerClientError)
  return server
}

/** Node's parser refused what the client sent: a coded JSON answer when the socket can take one, then close. */
function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy()
    return
  }
  const coded =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? new SobotServerError('HEADERS_TOO_LARGE', 'headers', 'the request line and headers are too large: send fewer or shorter headers')
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? new SobotServerError('REQUEST_TIMEOUT', 'headers', 'the request did not arrive in time: send the whole request at once')
        : new SobotServerError('INVALID_REQUEST', 'request', 'is not an HTTP/1.1 request this server can read: check the request line, method and headers')
  const body = JSON.stringify({ code: coded.code, path: coded.path, message: coded.message })
  const head = [
    `HTTP/1.1 ${coded.status} ${coded.code.replace(/_/g, ' ')}`,
    'content-type: application/json; charset=utf-8',
    'cache-control: no-store',
    `content-length: ${Buffer.byteLength(body)}`,
    'connection: close',
  ]
  socket.end(head.join('\r\n') + '\r\n\r\n' + body)
  setTimeout(() => socket.destroy(), 1_000).unref()
}
