// A raw TCP client for what fetch cannot send: malformed request lines, header floods, bodies that
// stop or never end. Every exchange ends within `timeoutMs`.
import { connect } from 'node:net'

export interface RawAnswer {
  /** Everything the server sent. */
  text: string
  /** The status of the first response line, or 0 when none came. */
  status: number
  /** The JSON body of the first response, when there is one. */
  body: Record<string, unknown> | undefined
  /** Whether the server closed the connection before `timeoutMs`. */
  closed: boolean
  ms: number
}

/** Sends `parts` one after the other (`pauseMs` apart), then, unless `end` is false, half-closes; reads until close or `timeoutMs`. */
export function rawExchange(url: string, parts: Array<string | Buffer>, options: { timeoutMs?: number; pauseMs?: number; end?: boolean } = {}): Promise<RawAnswer> {
  const { port, hostname } = new URL(url)
  const { timeoutMs = 4000, pauseMs = 0, end = true } = options
  const started = Date.now()
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname)
    let text = ''
    let closed = false
    const finish = () => {
      clearTimeout(timer)
      socket.destroy()
      resolve(parse(text, closed, Date.now() - started))
    }
    const timer = setTimeout(finish, timeoutMs)
    socket.on('data', (chunk) => (text += chunk.toString('latin1')))
    socket.on('error', () => undefined)
    socket.on('close', () => {
      closed = true
      finish()
    })
    socket.on('connect', async () => {
      for (const part of parts) {
        if (socket.destroyed) return
        socket.write(part)
        if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs))
      }
      if (end && !socket.destroyed) socket.end()
    })
  })
}

function parse(text: string, closed: boolean, ms: number): RawAnswer {
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0)
  const split = text.indexOf('\r\n\r\n')
  let body: Record<string, unknown> | undefined
  if (split >= 0) {
    const rest = text.slice(split + 4)
    const chunked = /transfer-encoding: chunked/i.test(text.slice(0, split))
    try {
      body = JSON.parse(chunked ? rest.replace(/^[0-9a-f]+\r\n/i, '').replace(/\r\n0\r\n\r\n$/, '') : rest) as Record<string, unknown>
    } catch {
      body = undefined
    }
  }
  return { text, status, body, closed, ms }
}
