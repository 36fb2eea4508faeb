// Raw-socket fuzz: malformed request lines, methods, URLs, header floods and truncated requests,
// each sent once on a fresh connection to createSobotServer on 127.0.0.1. Every answer that comes is
// the usual coded JSON with a 4xx status, every connection ends within its bound, and after every
// case the same server still answers. The cases are a fixed list plus 60 seeded random lines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rawExchange, type RawAnswer } from './raw'
import { APP_SECRET, CHANNEL_KEY, startRig, startServer, type Rig, type Server_ } from './helpers'

let rig: Rig
let server: Server_
beforeAll(async () => {
  rig = await startRig()
  server = await startServer(rig, { server: { headersTimeoutMs: 1000, bodyTimeoutMs: 1000 } })
})
afterAll(async () => {
  await server.close()
  await rig.close()
})

const line = (requestLine: string, headers = 'host: x\r\n') => `${requestLine}\r\n${headers}\r\n`

/** A deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function randomLines(count: number): string[] {
  const next = random(23)
  const alphabet = 'GETPOSTHEADtrace /?#[]:@%\\\t"<>{}|^`~!$&\'()*+,;=0123456789abcdefHTTP/1.\x00\x7f\xff'
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 60) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''))
}

const METHODS = ['TRACE', 'TRACK', 'CONNECT', 'PUT', 'DELETE', 'PATCH', 'PROPFIND', 'MKCOL', 'LOCK', 'UNLOCK', 'SEARCH', 'PURGE', 'M-SEARCH', 'NOTIFY', 'SUBSCRIBE', 'LINK', 'QUERY', 'FOO', 'get', 'G\x00T']

/** [what, the bytes, the status it must get (0: any 4xx, or the connection closed without one)] */
const CASES: Array<[string, Array<string | Buffer>, number]> = [
  ['TRACE /sobot/unionid', [line('TRACE /sobot/unionid HTTP/1.1')], 405],
  ['GET //[', [line('GET //[ HTTP/1.1')], 400],
  ['GET //a:99999/sobot/thumb-media', [line('GET //a:99999/sobot/thumb-media HTTP/1.1')], 404],
  ['absolute-form with a bad port', [line('GET http://a:99999/sobot/unionid HTTP/1.1')], 400],
  ['absolute-form to our path', [line('GET http://elsewhere/sobot/nowhere HTTP/1.1')], 404],
  ['asterisk-form', [line('OPTIONS * HTTP/1.1')], 400],
  ['authority-form', [line('GET a:443 HTTP/1.1')], 400],
  ['backslashes', [line('GET \\\\evil\\x HTTP/1.1')], 400],
  ['HTTP/9.9', [line('GET /sobot/unionid HTTP/9.9')], 0],
  ['HTTP/0.9 style', ['GET /\r\n\r\n'], 0],
  ['no version', [line('GET /sobot/unionid')], 0],
  ['NUL in the target', [line('GET /so\x00bot HTTP/1.1')], 0],
  ['only CRLFs', ['\r\n\r\n\r\n'], 0],
  ['binary garbage', [Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03, 0x0d, 0x0a, 0x0d, 0x0a])], 0],
  ['no Host header', ['GET /sobot/nowhere HTTP/1.1\r\n\r\n'], 400],
  ['a bad header name', [line('GET / HTTP/1.1', 'host: x\r\nbad header: 1\r\n')], 400],
  ['a control byte in a header value', [line('GET / HTTP/1.1', 'host: x\r\nx-a: a\x01b\r\n')], 400],
  ['200 headers of 100 bytes (header flood)', [line('GET / HTTP/1.1', 'host: x\r\n' + Array.from({ length: 200 }, (_, i) => `x-h${i}: ${'v'.repeat(90)}\r\n`).join(''))], 431],
  ['one 20 KB header', [line('GET / HTTP/1.1', `host: x\r\nx-big: ${'a'.repeat(20_000)}\r\n`)], 431],
  ['content-length -1', [line('POST /sobot/unionid HTTP/1.1', 'host: x\r\ncontent-type: application/json\r\ncontent-length: -1\r\n')], 400],
  ['two content-lengths', [line('POST /sobot/unionid HTTP/1.1', 'host: x\r\ncontent-length: 1\r\ncontent-length: 2\r\n')], 400],
  ['content-length and chunked', [line('POST /sobot/unionid HTTP/1.1', 'host: x\r\ncontent-length: 4\r\ntransfer-encoding: chunked\r\n') + '0\r\n\r\n'], 400],
  ['a bad chunk size', [line('POST /sobot/unionid HTTP/1.1', 'host: x\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n') + 'zz\r\n{}\r\n0\r\n\r\n'], 400],
  ['a 1 GB content-length', [line('POST /sobot/unionid HTTP/1.1', 'host: x\r\ncontent-type: application/json\r\ncontent-length: 1073741824\r\n') + '{"code":"'], 413],
  ['a request line cut off', ['GET /sobot/unio'], 0],
  ['headers cut off', ['GET /sobot/nowhere HTTP/1.1\r\nhost: x\r\nx-a: '], 0],
  ['a body shorter than its length', [line('POST /sobot/unionid HTTP/1.1', 'host: x\r\ncontent-type: application/json\r\ncontent-length: 100\r\n') + '{"code":'], 0],
  ['a chunked body without its last chunk', [line('POST /sobot/unionid HTTP/1.1', 'host: x\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n') + '5\r\n{"cod\r\n'], 0],
  ['pipelined garbage after a good request', [line('GET /sobot/nowhere HTTP/1.1') + 'NOT HTTP AT ALL\r\n\r\n'], 0],
  ...METHODS.map((m): [string, string[], number] => [`method ${JSON.stringify(m)}`, [line(`${m} /sobot/unionid HTTP/1.1`)], 0]),
  ...randomLines(60).map((l, i): [string, string[], number] => [`random line ${i}`, [line(l)], 0]),
]

async function stillServes(): Promise<void> {
  const answer = await rawExchange(server.url, [line('GET /sobot/nowhere HTTP/1.1', 'host: x\r\nconnection: close\r\n')])
  expect(answer.status).toBe(404)
  expect(answer.body?.code).toBe('NOT_FOUND')
}

describe('raw-socket fuzz', () => {
  const answers: Array<[string, RawAnswer]> = []

  it(`${CASES.length} malformed requests: each a coded 4xx (or the connection closed), the server answers after each`, async () => {
    for (const [what, parts, status] of CASES) {
      const answer = await rawExchange(server.url, parts, { timeoutMs: 4000 })
      answers.push([what, answer])
      expect(answer.closed, `${what}: the connection ended`).toBe(true)
      if (status) expect(answer.status, what).toBe(status)
      if (answer.status) {
        expect(answer.status, what).toBeGreaterThanOrEqual(400)
        expect(answer.status, what).toBeLessThan(500)
        expect(answer.body, `${what}: ${answer.text.slice(0, 200)}`).toMatchObject({ code: expect.stringMatching(/^[A-Z_]+$/), path: expect.any(String), message: expect.any(String) })
      }
      await stillServes()
    }
    const coded = answers.filter(([, a]) => a.status).length
    // Nothing left behind: no connection stays open, no answer or log line carries a secret.
    let open = -1
    for (let i = 0; i < 20 && open !== 0; i++) {
      open = await new Promise<number>((resolve) => server.server.getConnections((_, n) => resolve(n)))
      if (open) await new Promise((r) => setTimeout(r, 100))
    }
    expect(open).toBe(0)
    for (const text of [...answers.map(([, a]) => a.text), ...server.logger.lines]) {
      for (const secret of [APP_SECRET, CHANNEL_KEY]) expect(text).not.toContain(secret)
    }
    console.info(`[figures] fuzz: ${CASES.length} malformed requests, ${coded} coded 4xx answers, ${CASES.length - coded} connections closed without one, 0 crashes, 0 connections left open, slowest ${Math.max(...answers.map(([, a]) => a.ms))} ms`)
  })

  it('a client that sends headers slowly is answered 408 REQUEST_TIMEOUT and cut off', async () => {
    const parts = ['GET /sobot/nowhere HTTP/1.1\r\n', ...Array.from({ length: 20 }, (_, i) => `x-${i}: 1\r\n`)]
    const answer = await rawExchange(server.url, parts, { pauseMs: 200, timeoutMs: 5000, end: false })
    expect(answer.status).toBe(408)
    expect(answer.body).toMatchObject({ code: 'REQUEST_TIMEOUT' })
    expect(answer.ms).toBeLessThan(3500)
    await stillServes()
  })

  it('a body that trickles is answered 408 REQUEST_TIMEOUT', async () => {
    const head = line('POST /sobot/unionid HTTP/1.1', 'host: x\r\ncontent-type: application/json\r\ncontent-length: 40\r\n')
    const answer = await rawExchange(server.url, [head, ...'{"code":"abc"   '.split('')], { pauseMs: 250, timeoutMs: 5000, end: false })
    expect(answer.status).toBe(408)
    expect(answer.body).toMatchObject({ code: 'REQUEST_TIMEOUT', path: 'body' })
    expect(answer.ms).toBeLessThan(3500)
  })

  it('keep-alive: a good request after a bad one on another connection, and two on one connection', async () => {
    const two = line('GET /sobot/nowhere HTTP/1.1') + line('GET /sobot/nowhere HTTP/1.1', 'host: x\r\nconnection: close\r\n')
    const answer = await rawExchange(server.url, [two])
    expect(answer.text.match(/HTTP\/1\.1 404/g)).toHaveLength(2)
  })
})
