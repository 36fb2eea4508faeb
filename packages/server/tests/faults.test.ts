// WeChat and the image host misbehaving — refusing connections, resetting them, never answering,
// dripping bytes, sending what is not a whole image — and covers that are slow to upload: every
// request ends in a coded answer within its bound, and one cover is uploaded once.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from 'wechat-stand-in'
import { createMemoryStore, createThumbMediaCache, createWeChatClient, silentLogger } from '../src/index'
import { APP_ID, APP_SECRET, codeMaker, startRig, startServer, thumb, unionid, type Rig, type Server_ } from './helpers'

let rig: Rig
let freshCode: () => string
let server: Server_ | undefined
beforeAll(async () => {
  rig = await startRig()
  freshCode = codeMaker(rig, 'fault-code')
})
afterEach(async () => {
  await server?.close()
  server = undefined
})
afterAll(async () => {
  await rig.close()
})

const timed = async <T>(work: Promise<T>) => {
  const started = Date.now()
  const value = await work
  return { value, ms: Date.now() - started }
}

describe('WeChat refusing, resetting, never answering', () => {
  it('connection refused: 503 WECHAT_UNAVAILABLE naming ECONNREFUSED, at once', async () => {
    server = await startServer(rig, { apiBase: `http://127.0.0.1:${await freePort()}` })
    const { value, ms } = await timed(unionid(server, { code: freshCode() }))
    expect(value.status).toBe(503)
    expect(value.body).toMatchObject({ code: 'WECHAT_UNAVAILABLE', path: 'jscode2session' })
    expect(String(value.body.message)).toContain('ECONNREFUSED')
    expect(ms).toBeLessThan(2000)
    expect((await thumb(server, `${rig.images.url}/covers/refused.png`)).body.code).toBe('WECHAT_UNAVAILABLE')
  })

  it('connection reset: 503 WECHAT_UNAVAILABLE; the next request succeeds', async () => {
    server = await startServer(rig)
    rig.wechat.script('jscode2session', { reset: true })
    const reset = await unionid(server, { code: freshCode() })
    expect(reset.status).toBe(503)
    expect(reset.body.code).toBe('WECHAT_UNAVAILABLE')
    expect((await unionid(server, { code: freshCode() })).status).toBe(200)
  })

  it('never answering, call limit first: 503 WECHAT_UNAVAILABLE after the call limit', async () => {
    server = await startServer(rig, { timeoutMs: 800, handler: { deadlineMs: 3000 } })
    rig.wechat.script('jscode2session', { hang: true })
    const { value, ms } = await timed(unionid(server, { code: freshCode() }))
    expect(value.body).toMatchObject({ code: 'WECHAT_UNAVAILABLE' })
    expect(String(value.body.message)).toContain('no answer in 800 ms')
    expect(ms).toBeLessThan(2500)
  })

  it('never answering, deadline first: 504 DEADLINE_EXCEEDED at the deadline', async () => {
    server = await startServer(rig, { timeoutMs: 5000, handler: { deadlineMs: 1000 } })
    rig.wechat.script('media/upload', { hang: true })
    const { value, ms } = await timed(thumb(server, `${rig.images.url}/covers/hang.png`))
    expect(value.status).toBe(504)
    expect(value.body).toMatchObject({ code: 'DEADLINE_EXCEEDED', path: 'request' })
    expect(ms).toBeGreaterThanOrEqual(950)
    expect(ms).toBeLessThan(2500)
  })

  it('a slow upload past the deadline: 504, and the upload still lands in the cache for the next request', async () => {
    server = await startServer(rig, { handler: { deadlineMs: 600 } })
    const url = `${rig.images.url}/covers/late.png`
    await thumb(server, `${rig.images.url}/covers/warm-token.png`)
    const before = rig.wechat.counts.upload
    rig.wechat.script('media/upload', { delayMs: 1200 })
    expect((await thumb(server, url)).status).toBe(504)
    await new Promise((r) => setTimeout(r, 1000))
    const again = await thumb(server, url)
    expect(again.status).toBe(200)
    expect(rig.wechat.counts.upload - before).toBe(1)
  })
})

describe('the image host misbehaving', () => {
  it('a body that drips a byte every 200 ms: 504 IMAGE_FETCH_TIMEOUT at the download limit, nothing uploaded', async () => {
    server = await startServer(rig, { thumbs: { downloadTimeoutMs: 1000 } })
    const before = rig.wechat.counts.upload
    const { value, ms } = await timed(thumb(server, `${rig.images.url}/drip.png?ms=200&count=100`))
    expect(value.status).toBe(504)
    expect(value.body).toMatchObject({ code: 'IMAGE_FETCH_TIMEOUT', path: 'url' })
    expect(ms).toBeLessThan(2500)
    expect(rig.wechat.counts.upload).toBe(before)
  })

  it('a connection reset mid-body: 502 IMAGE_FETCH_FAILED', async () => {
    server = await startServer(rig)
    const answer = await thumb(server, `${rig.images.url}/reset.png`)
    expect(answer.status).toBe(502)
    expect(answer.body.code).toBe('IMAGE_FETCH_FAILED')
  })

  it.each([
    ['/png-then-html.png', 'a PNG signature, then HTML'],
    ['/cut-short.png', 'a PNG missing its last 20 bytes'],
    ['/jpeg-as-png.png', 'JPEG bytes served as image/png'],
  ])('%s (%s): 422 NOT_AN_IMAGE, nothing uploaded', async (path) => {
    server = await startServer(rig)
    const before = rig.wechat.counts.upload
    const answer = await thumb(server, rig.images.url + path)
    expect(answer.status).toBe(422)
    expect(answer.body.code).toBe('NOT_AN_IMAGE')
    expect(rig.wechat.counts.upload).toBe(before)
  })

  it('a whole JPEG is uploaded as image/jpeg', async () => {
    server = await startServer(rig)
    expect((await thumb(server, `${rig.images.url}/real.jpg`)).status).toBe(200)
    expect(rig.wechat.uploads.at(-1)).toMatchObject({ contentType: 'image/jpeg', filename: 'cover.jpg' })
  })
})

describe('cover URLs and uploads', () => {
  it('100 #fragment variants of one cover: one download, one upload, one media id', async () => {
    server = await startServer(rig)
    const before = rig.wechat.counts.upload
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => thumb(server!, `${rig.images.url}/covers/fragment.png#i${i}`)))
    expect(answers.filter((a) => a.status !== 200)).toEqual([])
    expect(new Set(answers.map((a) => a.body.mediaId)).size).toBe(1)
    expect(rig.wechat.counts.upload - before).toBe(1)
    expect(rig.images.hits('/covers/fragment.png')).toBe(1)
  })

  it('plain http for a host listed without http://: 400 INVALID_IMAGE_URL, nothing fetched', async () => {
    const client = createWeChatClient({ appId: APP_ID, appSecret: APP_SECRET, apiBase: rig.wechat.url, logger: silentLogger })
    const thumbs = createThumbMediaCache({ wechat: client, allowedHosts: [rig.images.host] })
    await expect(thumbs.get(`${rig.images.url}/covers/plain-http.png`)).rejects.toMatchObject({ code: 'INVALID_IMAGE_URL', message: expect.stringContaining('http://') })
    expect(rig.images.hits('/covers/plain-http.png')).toBe(0)
  })

  it('more distinct covers than uploadsPerHour: 429 TOO_MANY_COVERS with Retry-After; cached covers still served', async () => {
    server = await startServer(rig, { thumbs: { uploadsPerHour: 3 } })
    const urls = Array.from({ length: 5 }, (_, i) => `${rig.images.url}/covers/quota-${i}.png`)
    const answers = []
    for (const url of urls) answers.push(await thumb(server, url))
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429, 429])
    expect(answers[3]!.body.code).toBe('TOO_MANY_COVERS')
    expect(Number(answers[3]!.headers['retry-after'])).toBeGreaterThan(3000)
    expect((await thumb(server, urls[0]!)).status).toBe(200)
  })

  it('an upload slower than the lock\'s time to live: the lock is renewed, two instances make one upload and share its media id', async () => {
    const store = createMemoryStore()
    const caches = [0, 1].map(() => {
      const wechat = createWeChatClient({ appId: APP_ID, appSecret: APP_SECRET, apiBase: rig.wechat.url, store, logger: silentLogger })
      return createThumbMediaCache({ wechat, allowedHosts: [`http://${rig.images.host}`], lockTtlMs: 300 })
    })
    const url = `${rig.images.url}/covers/slow-lock.png`
    await caches[0]!.get(`${rig.images.url}/covers/token-first.png`)
    const before = rig.wechat.counts.upload
    rig.wechat.script('media/upload', { delayMs: 1500 }) // five lock lifetimes
    const first = caches[0]!.get(url)
    await new Promise((r) => setTimeout(r, 800))
    const second = caches[1]!.get(url)
    const [a, b] = await Promise.all([first, second])
    expect(b.mediaId).toBe(a.mediaId)
    expect(rig.wechat.counts.upload - before).toBe(1)
  })
})
