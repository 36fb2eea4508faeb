// The built package in its own process (tests/fixtures/serve.mjs), watched from outside: its memory
// under a 64 MB chunked body and under many 10 MiB covers at once (Linux's /proc/<pid>/status), and
// its exit on SIGTERM while a slow download is in flight.
import { readFileSync } from 'node:fs'
import { connect } from 'node:net'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServerProcess, type ServerProcess } from 'wechat-stand-in'
import { APP_ID, APP_SECRET, CHANNEL_KEY, startRig, thumb, type Rig } from './helpers'

const SCRIPT = fileURLToPath(new URL('./fixtures/serve.mjs', import.meta.url))
const MB = 1024 * 1024

let rig: Rig
const running: ServerProcess[] = []
beforeAll(async () => {
  rig = await startRig()
})
afterAll(async () => {
  await Promise.all(running.map((p) => p.stop()))
  await rig.close()
})

async function serve(extra: Record<string, string> = {}): Promise<ServerProcess> {
  const env = { WECHAT_APP_ID: APP_ID, WECHAT_APP_SECRET: APP_SECRET, SOBOT_CHANNEL_KEY: CHANNEL_KEY, WECHAT_API_BASE: rig.wechat.url, THUMB_HOSTS: `http://${rig.images.host}`, PORT: '0', ...extra }
  const child = await startServerProcess({ script: SCRIPT, env, timeoutMs: 20_000 })
  running.push(child)
  return child
}

/** Resident and peak resident memory of a process, bytes. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024
  return { rss: kb('VmRSS'), peak: kb('VmHWM') }
}

/** POSTs `totalBytes` of chunked body (64 KiB chunks, with backpressure) until the server answers or closes. */
function chunkedFlood(url: string, totalBytes: number): Promise<{ status: number; sent: number; text: string }> {
  const { port } = new URL(url)
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1')
    const block = Buffer.alloc(64 * 1024, 0x61)
    const frame = Buffer.concat([Buffer.from(block.length.toString(16) + '\r\n'), block, Buffer.from('\r\n')])
    let sent = 0
    let text = ''
    let done = false
    const finish = () => {
      if (done) return
      done = true
      clearTimeout(timer)
      socket.destroy()
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), sent, text })
    }
    const timer = setTimeout(finish, 20_000)
    socket.on('data', (c) => {
      text += c.toString()
      if (text.includes('\r\n\r\n')) setTimeout(finish, 50)
    })
    socket.on('error', finish)
    socket.on('close', finish)
    const pump = () => {
      while (!done && sent < totalBytes) {
        sent += block.length
        if (!socket.write(frame)) return void socket.once('drain', pump)
      }
      if (!done) socket.write('0\r\n\r\n')
    }
    socket.on('connect', () => {
      socket.write('POST /sobot/unionid HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n')
      pump()
    })
  })
}

describe('the server in its own process', () => {
  it('64 MB chunked to /sobot/unionid: 413 BODY_TOO_LARGE early, resident memory grows < 50 MB', async () => {
    const server = await serve()
    const before = memoryOf(server.pid)
    const answer = await chunkedFlood(server.url, 64 * MB)
    const after = memoryOf(server.pid)
    expect(answer.status).toBe(413)
    expect(answer.text).toContain('"code":"BODY_TOO_LARGE"')
    expect(after.rss - before.rss).toBeLessThan(50 * MB)
    expect(after.peak - before.rss).toBeLessThan(50 * MB)
    expect((await fetch(`${server.url}/sobot/nowhere`)).status).toBe(404)
    console.info(`[figures] 64 MB chunked: 413 after the client had sent ${(answer.sent / MB).toFixed(1)} MB; server RSS ${(before.rss / MB).toFixed(0)} → ${(after.rss / MB).toFixed(0)} MB (peak ${(after.peak / MB).toFixed(0)} MB)`)
  })

  it('24 requests for 12 distinct 10 MiB covers at once, 2 downloads at a time: all answered, peak memory within the stated bound', async () => {
    const server = await serve({ MAX_DOWNLOADS: '2' })
    const before = memoryOf(server.pid)
    const urls = Array.from({ length: 12 }, (_, i) => `${rig.images.url}/big/cover-${i}.png?bytes=${10 * MB - 4096}`)
    const answers = await Promise.all(Array.from({ length: 24 }, (_, i) => thumb({ url: server.url } as never, urls[i % 12]!)))
    const after = memoryOf(server.pid)
    expect(answers.filter((a) => a.status !== 200).map((a) => a.body)).toEqual([])
    // Live cover bytes stay under 2 downloads × (10 MiB + its upload body) = 40 MiB; resident memory
    // also holds the socket chunks the garbage collector has not freed yet (it runs late with big
    // buffers): ~165 MB with 1 download at a time, ~355 MB with 12 (measured by hand), so the
    // cap, not the collector, is what this bounds.
    expect(after.peak - before.rss).toBeLessThan(250 * MB)
    console.info(`[figures] 12 distinct 10 MiB covers, 24 requests at once, 2 downloads at a time: 24/24 answered; server RSS ${(before.rss / MB).toFixed(0)} MB, peak ${(after.peak / MB).toFixed(0)} MB (+${((after.peak - before.rss) / MB).toFixed(0)} MB)`)
  })

  it('SIGTERM during a slow download: that request completes, new connections are refused, exit code 0', async () => {
    const server = await serve()
    const slow = thumb({ url: server.url } as never, `${rig.images.url}/slow/sigterm.png?ms=1500`)
    await new Promise((r) => setTimeout(r, 400))
    server.signal('SIGTERM')
    await new Promise((r) => setTimeout(r, 200))
    const refused = await fetch(`${server.url}/sobot/nowhere`).then(
      () => 'answered',
      () => 'refused',
    )
    const answer = await slow
    expect(answer.status).toBe(200)
    expect(answer.body.mediaId).toBe(rig.wechat.uploads.at(-1)!.mediaId)
    expect(refused).toBe('refused')
    expect(await server.exited()).toBe(0)
    expect(server.output()).toContain('store closed')
  })
})
