// The demo as a user runs it: `node src/server.mjs` in its own process, configured by environment
// variables, talking to the WeChat stand-in and an image host on 127.0.0.1. Two processes share
// one real redis-server.
import { fileURLToPath } from 'node:url'
import { decryptUnionId } from '@sobot-contact/core/unionid'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  startImageHost,
  startRedisServer,
  startServerProcess,
  startWeChatStandIn,
  type ImageHost,
  type RedisServer,
  type ServerProcess,
  type WeChatStandIn,
} from 'wechat-stand-in'

const SERVER = fileURLToPath(new URL('../src/server.mjs', import.meta.url))
const APP_ID = 'wx00demo00demo00'
const APP_SECRET = 'demo-app-secret-9f8e7d6c5b4a'
const CHANNEL_KEY = 'demo-channel-key-0123456789abcde' // 32 bytes → AES-256
const UNION_ID = 'oDemoUnionId_0123456789abcdef'

type Running = ServerProcess
const run = (env: Record<string, string>) => startServerProcess({ script: SERVER, env })

let wechat: WeChatStandIn
let images: ImageHost
let redis: RedisServer
const running: Running[] = []
let baseEnv: Record<string, string>

beforeAll(async () => {
  wechat = await startWeChatStandIn({ appId: APP_ID, appSecret: APP_SECRET })
  images = await startImageHost()
  redis = await startRedisServer()
  baseEnv = {
    WECHAT_APP_ID: APP_ID,
    WECHAT_APP_SECRET: APP_SECRET,
    SOBOT_CHANNEL_KEY: CHANNEL_KEY,
    WECHAT_API_BASE: wechat.url,
    THUMB_HOSTS: `http://${images.host}`,
    ALLOWED_ORIGINS: 'http://agent.test:8080',
    PORT: '0',
  }
})

afterAll(async () => {
  await Promise.all(running.map((r) => r.stop()))
  await Promise.all([wechat?.close(), images?.close(), redis?.stop()])
})

async function start(env: Record<string, string>): Promise<Running> {
  const r = await run(env)
  running.push(r)
  return r
}

describe('server-demo (its own process)', () => {
  it('says where it listens and serves the two endpoints of the contract', async () => {
    const demo = await start(baseEnv)
    expect(demo.output()).toContain('store: memory')
    wechat.addCode('demo-code-1', { openid: 'o1', unionid: UNION_ID })
    const u = await fetch(`${demo.url}/sobot/unionid`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: 'demo-code-1' }) })
    expect(u.status).toBe(200)
    const { unionId } = (await u.json()) as { unionId: string }
    expect(decryptUnionId(unionId, CHANNEL_KEY)).toBe(UNION_ID)

    const cover = `${images.url}/covers/demo.png`
    const t = await fetch(`${demo.url}/sobot/thumb-media?url=${encodeURIComponent(cover)}`, { headers: { origin: 'http://agent.test:8080' } })
    expect(t.status).toBe(200)
    expect(t.headers.get('access-control-allow-origin')).toBe('http://agent.test:8080')
    const media = (await t.json()) as { mediaId: string; expiresAt: number }
    expect(media.mediaId).toBe(wechat.uploads.at(-1)!.mediaId)
    expect(media.expiresAt).toBeGreaterThan(Date.now() + 71 * 3600_000)

    const bad = await fetch(`${demo.url}/sobot/thumb-media?url=${encodeURIComponent('file:///etc/passwd')}`)
    expect(bad.status).toBe(400)
    expect(await bad.json()).toMatchObject({ code: 'INVALID_IMAGE_URL' })

    // Nothing secret in what it printed.
    for (const secret of [APP_SECRET, CHANNEL_KEY, UNION_ID, ...wechat.tokensIssued]) expect(demo.output()).not.toContain(secret)
    expect(await demo.stop()).toBe(0)
  })

  it('two processes on one Redis: one token fetch between them, one upload per image', async () => {
    const before = { token: wechat.counts.stableToken, upload: wechat.counts.upload }
    wechat.expireToken() // so the first request of either process must fetch one
    const env = { ...baseEnv, REDIS_URL: redis.url }
    const [a, b] = await Promise.all([start(env), start(env)])
    expect(a!.output()).toContain('store: Redis')
    const covers = [0, 1, 2, 3].map((i) => `${images.url}/covers/two-${i}.png`)
    const answers = await Promise.all(
      Array.from({ length: 80 }, (_, i) => fetch(`${(i % 2 ? a : b)!.url}/sobot/thumb-media?url=${encodeURIComponent(covers[i % 4]!)}`).then(async (r) => ({ status: r.status, body: (await r.json()) as { mediaId: string } }))),
    )
    expect(answers.filter((x) => x.status !== 200)).toEqual([])
    expect(wechat.counts.stableToken - before.token).toBe(1)
    expect(wechat.counts.upload - before.upload).toBe(4)
    expect(new Set(answers.map((x) => x.body.mediaId)).size).toBe(4)
    console.info(`[figures] 2 processes on one Redis, 80 requests, 4 images: ${wechat.counts.stableToken - before.token} token fetch, ${wechat.counts.upload - before.upload} uploads, 0 errors`)
  })

  it('one bad request does not end it; SIGTERM during a slow download: that request completes, exit code 0', async () => {
    const demo = await start(baseEnv)
    const trace = await fetch(`${demo.url}/sobot/unionid`, { method: 'PUT' })
    expect(trace.status).toBe(405)
    expect(await trace.json()).toMatchObject({ code: 'METHOD_NOT_ALLOWED' })
    const slow = fetch(`${demo.url}/sobot/thumb-media?url=${encodeURIComponent(`${images.url}/slow/demo-sigterm.png?ms=1500`)}`)
    await new Promise((r) => setTimeout(r, 400))
    const stopped = demo.stop()
    const answer = await slow
    expect(answer.status).toBe(200)
    expect(((await answer.json()) as { mediaId: string }).mediaId).toBe(wechat.uploads.at(-1)!.mediaId)
    expect(await stopped).toBe(0)
    expect(demo.output()).toContain('shutting down')
  })

  it('a missing setting: exits 1 naming the variable, without echoing the others', async () => {
    const failed = await run({ WECHAT_APP_ID: APP_ID, SOBOT_CHANNEL_KEY: CHANNEL_KEY, PORT: '0' }).then(
      () => null,
      (e: { code: number; output: string }) => e,
    )
    expect(failed?.code).toBe(1)
    expect(failed?.output).toMatch(/^MISSING_CONFIG: \[sobot-contact\] WECHAT_APP_SECRET: is not set/)
    expect(failed?.output).not.toContain(CHANNEL_KEY)
  })

  it('Redis unreachable at start: exits 1 with STORE_UNAVAILABLE', async () => {
    const failed = await run({ ...baseEnv, REDIS_URL: 'redis://127.0.0.1:1' }).then(
      () => null,
      (e: { code: number; output: string }) => e,
    )
    expect(failed?.code).toBe(1)
    expect(failed?.output).toContain('STORE_UNAVAILABLE')
  })
})
