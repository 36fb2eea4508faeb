import type { IncomingMessage, ServerResponse } from 'node:http'
import type { SobotHandler } from './createSobotHandler'

/**
 * Runs a web-standard handler in Node's `http` server (and so in Express or Koa, whose
 * `req`/`res` are Node's): the request becomes a `Request`, the `Response` is written back.
 *
 * @param handler - e.g. from {@link createSobotHandler}.
 * @param options - `origin`: the scheme and host the URL is built on (the `Host` header is not
 *   trusted for it). Default `http://localhost`.
 * @example
 * import { createServer } from 'node:http'
 * createServer(toNodeListener(handler)).listen(8787)
 * // Express: app.use('/sobot', toNodeListener(handler)) with basePath '/'
 */
export function toNodeListener(
  handler: SobotHandler,
  options: { origin?: string } = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  const origin = options.origin ?? 'http://localhost'
  return (req, res) => {
    const method = req.method ?? 'GET'
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue
      for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v)
    }
    const hasBody = method !== 'GET' && method !== 'HEAD'
    const body = hasBody
      ? new ReadableStream<Uint8Array>({
          start(controller) {
            req.on('data', (chunk: Buffer) => controller.enqueue(new Uint8Array(chunk)))
            req.on('end', () => controller.close())
            req.on('error', (error) => controller.error(error))
          },
        })
      : null
    const request = new Request(new URL(req.url ?? '/', origin), { method, headers, body, duplex: 'half' } as RequestInit)
    handler(request)
      .then(async (response) => {
        res.statusCode = response.status
        response.headers.forEach((value, name) => res.setHeader(name, value))
        res.end(Buffer.from(await response.arrayBuffer()))
      })
      .catch(() => {
        if (!res.headersSent) res.statusCode = 500
        res.end()
      })
  }
}
