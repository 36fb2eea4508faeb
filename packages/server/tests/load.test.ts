// Load and faults, bounded and local: our handler on a real HTTP server, the WeChat stand-in and an
// image host on 127.0.0.1. Every loop has a fixed count; vitest's timeout bounds the time.
import { loadavg } from 'node:os'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryStore, MEDIA_LIFETIME_MS } from '../src/index'
import { startRig, startServer, thumb, type Rig, type Server_ } from './helpers'

let rig: Rig
let server: Server_
beforeEach(async () => {
  rig = await startRig()
})
afterEach(async () => {
  await server?.close()
  await rig.close()
})

const covers = (n: number) => Array.from({ length: n }, (_, i) => `${rig.images.url}/covers/product-${i}.png`)

describe('load and faults', () => {
  it('200 concurrent cover requests for 5 images: exactly one token fetch, five downloads, five uploads, all answered', async () => {
    server = await startServer(rig)
    const urls = covers(5)
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => thumb(server, urls[i % 5]!)))
    expect(answers.map((a) => a.status)).toEqual(Array(200).fill(200))
    expect(rig.wechat.counts.stableToken).toBe(1)
    expect(rig.wechat.counts.upload).toBe(5)
    expect(rig.images.totalHits()).toBe(5)
    // One media id per image, the one WeChat returned for that image's bytes.
    const byUrl = new Map<string, Set<unknown>>()
    answers.forEach((a, i) => byUrl.set(urls[i % 5]!, (byUrl.get(urls[i % 5]!) ?? new Set()).add(a.body.mediaId)))
    expect([...byUrl.values()].map((s) => s.size)).toEqual([1, 1, 1, 1, 1])
    expect(new Set(answers.map((a) => a.body.mediaId))).toEqual(new Set(rig.wechat.uploads.map((u) => u.mediaId)))
    for (const upload of rig.wechat.uploads) {
      expect(upload.contentType).toBe('image/png')
      expect(upload.filename).toBe('cover.png')
    }
    console.info(`[figures] 200 requests, 5 images: ${rig.wechat.counts.stableToken} token fetch, ${rig.wechat.counts.upload} uploads, ${answers.filter((a) => a.status !== 200).length} errors`)
  })

  it('1 000 requests for one cached cover, 50 at a time: all 200 from the cache, no further download or upload', async () => {
    server = await startServer(rig)
    const [url] = covers(1)
    expect((await thumb(server, url!)).status).toBe(200)
    let next = 0
    const statuses: number[] = []
    const started = Date.now()
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        while (next < 1000) {
          next++
          statuses.push((await thumb(server, url!)).status)
        }
      }),
    )
    const seconds = (Date.now() - started) / 1000
    expect(statuses).toHaveLength(1000)
    expect(statuses.filter((s) => s !== 200)).toEqual([])
    expect(rig.wechat.counts.upload).toBe(1)
    expect(rig.images.totalHits()).toBe(1)
    console.info(`[figures] 1000 cached-cover requests, 50 at a time: all 200 in ${seconds.toFixed(2)} s (${Math.round(1000 / seconds)} req/s, load average ${loadavg()[0]!.toFixed(1)}), 1 upload`)
  })

  it('the token revoked mid-run: one refresh, every request answered', async () => {
    server = await startServer(rig)
    const first = covers(3)
    await Promise.all(first.map((u) => thumb(server, u)))
    expect(rig.wechat.counts.stableToken).toBe(1)
    const revoked = rig.wechat.currentToken()
    rig.wechat.revokeToken() // as a force_refresh elsewhere would
    const next = Array.from({ length: 4 }, (_, i) => `${rig.images.url}/covers/after-${i}.png`)
    const answers = await Promise.all(Array.from({ length: 120 }, (_, i) => thumb(server, [...first, ...next][i % 7]!)))
    expect(answers.filter((a) => a.status !== 200)).toEqual([])
    expect(rig.wechat.counts.stableToken).toBe(2) // one refresh, however many uploads hit 40001
    expect(rig.wechat.counts.uploadRejected).toBeGreaterThanOrEqual(1)
    expect(rig.wechat.counts.upload - rig.wechat.counts.uploadRejected).toBe(7)
    expect(rig.wechat.currentToken()).not.toBe(revoked)
    expect(server.logger.lines.filter((l) => l.includes('refreshing once')).length).toBe(rig.wechat.counts.uploadRejected)
    console.info(`[figures] revoked mid-run, 120 requests: ${rig.wechat.counts.stableToken} token fetches, ${rig.wechat.counts.upload - rig.wechat.counts.uploadRejected} uploads accepted, ${rig.wechat.counts.uploadRejected} rejected with 40001, 0 errors`)
  })

  it('a token that expires is refreshed before WeChat rejects it', async () => {
    let clock = Date.now()
    server = await startServer(rig, { now: () => clock })
    await thumb(server, covers(1)[0]!)
    expect(rig.wechat.counts.stableToken).toBe(1)
    clock += (7200 - 299) * 1000 // inside the 5-minute refresh margin
    const answer = await thumb(server, `${rig.images.url}/covers/later.png`)
    expect(answer.status).toBe(200)
    expect(rig.wechat.counts.stableToken).toBe(2)
    expect(rig.wechat.counts.uploadRejected).toBe(0)
  })

  it('WeChat down: coded 503s, cached covers still served, and the server serves again when WeChat is back', async () => {
    server = await startServer(rig, { timeoutMs: 2000 })
    const [cached] = covers(1)
    const before = await thumb(server, cached!)
    rig.wechat.setDown(true)
    rig.wechat.expireToken()
    const fresh = Array.from({ length: 30 }, (_, i) => `${rig.images.url}/covers/down-${i % 3}.png`)
    const during = await Promise.all([...fresh.map((u) => thumb(server, u)), thumb(server, cached!)])
    const failed = during.slice(0, 30)
    expect(new Set(failed.map((a) => a.status))).toEqual(new Set([503]))
    expect(new Set(failed.map((a) => a.body.code))).toEqual(new Set(['WECHAT_UNAVAILABLE']))
    expect(String(failed[0]!.body.message)).toMatch(/WeChat answered HTTP 503: retry later/)
    expect(during[30]).toMatchObject({ status: 200, body: before.body })
    rig.wechat.setDown(false)
    const after = await Promise.all(fresh.slice(0, 3).map((u) => thumb(server, u)))
    expect(after.map((a) => a.status)).toEqual([200, 200, 200])
    console.info(`[figures] WeChat down, 31 requests: 30 coded WECHAT_UNAVAILABLE 503s, 1 served from cache; recovered: 3/3`)
  })

  it('a slow WeChat: the call times out as WECHAT_UNAVAILABLE, the next one succeeds', async () => {
    server = await startServer(rig, { timeoutMs: 1500 })
    rig.wechat.script('stable_token', { delayMs: 4000 })
    const slow = await thumb(server, covers(1)[0]!)
    expect(slow.status).toBe(503)
    expect(slow.body).toMatchObject({ code: 'WECHAT_UNAVAILABLE', path: 'stable_token' })
    expect(String(slow.body.message)).toContain('no answer in 1500 ms')
    const ok = await thumb(server, covers(1)[0]!)
    expect(ok.status).toBe(200)
  })

  it('WeChat 5xx and quota answers become coded errors', async () => {
    server = await startServer(rig)
    rig.wechat.script('stable_token', { status: 502 })
    expect((await thumb(server, covers(1)[0]!)).body).toMatchObject({ code: 'WECHAT_UNAVAILABLE' })
    rig.wechat.script('media/upload', { errcode: 45009 })
    const quota = await thumb(server, covers(1)[0]!)
    expect(quota.status).toBe(429)
    expect(quota.body).toMatchObject({ code: 'RATE_LIMITED' })
  })

  it('a media_id near its 3 days is uploaded again, never served stale', async () => {
    let clock = Date.now()
    server = await startServer(rig, { now: () => clock, store: createMemoryStore({ now: () => clock }) })
    const url = covers(1)[0]!
    const first = await thumb(server, url)
    expect(first.status).toBe(200)
    const firstExpiry = first.body.expiresAt as number
    expect(firstExpiry - clock).toBeLessThanOrEqual(MEDIA_LIFETIME_MS)
    expect(firstExpiry - clock).toBeGreaterThan(MEDIA_LIFETIME_MS - 60_000)

    clock += MEDIA_LIFETIME_MS - 2 * 60 * 60 * 1000 // 2 h left: still served
    expect((await thumb(server, url)).body.mediaId).toBe(first.body.mediaId)
    expect(rig.wechat.counts.upload - rig.wechat.counts.uploadRejected).toBe(1)

    clock += 90 * 60 * 1000 // 30 min left: inside the 1-hour margin
    const again = await thumb(server, url)
    expect(again.status).toBe(200)
    expect(again.body.mediaId).not.toBe(first.body.mediaId)
    expect(again.body.expiresAt as number).toBeGreaterThan(clock + MEDIA_LIFETIME_MS - 60_000)
    expect(rig.wechat.uploads).toHaveLength(2)
  })
})
