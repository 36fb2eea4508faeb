// The suite's own redis-server frozen (SIGSTOP, connections open), killed and restarted: requests
// that need the store get a coded 503 within the command limit, requests that need none (a fresh
// UnionID exchange) keep working, and the server serves again once Redis is back. Then a lock that
// outlives its time to live on Redis: one upload between two instances.
import { createClient } from 'redis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startRedisServer, type RedisServer } from 'wechat-stand-in'
import { createRedisStore, createThumbMediaCache, createWeChatClient, silentLogger } from '../src/index'
import { APP_ID, APP_SECRET, codeMaker, startRig, startServer, thumb, unionid, type Rig, type Server_ } from './helpers'

let rig: Rig
let freshCode: () => string
let redis: RedisServer
let server: Server_
const clients: Array<{ quit(): Promise<unknown>; destroy?(): void }> = []

async function redisStore(prefix: string) {
  const client = createClient({ url: redis.url, socket: { connectTimeout: 1000, reconnectStrategy: (retries: number) => Math.min(50 * (retries + 1), 300) } })
  client.on('error', () => undefined)
  await client.connect()
  clients.push(client)
  return createRedisStore({ client, prefix, commandTimeoutMs: 500 })
}

beforeAll(async () => {
  rig = await startRig()
  freshCode = codeMaker(rig, 'store')
  redis = await startRedisServer()
  server = await startServer(rig, { store: await redisStore('faults:'), handler: { deadlineMs: 3000 } })
})
afterAll(async () => {
  redis.thaw()
  await server.close()
  await Promise.all(clients.map((c) => c.quit().catch(() => undefined)))
  await Promise.all([rig.close(), redis.stop()])
})

const cover = (name: string) => `${rig.images.url}/covers/${name}.png`

async function timedAll<T>(work: Array<Promise<T>>): Promise<{ values: T[]; ms: number }> {
  const started = Date.now()
  const values = await Promise.all(work)
  return { values, ms: Date.now() - started }
}

/** Polls (at most `tries` times, 200 ms apart) until `check` passes. */
async function eventually(check: () => Promise<boolean>, tries = 40): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if (await check()) return true
    await new Promise((r) => setTimeout(r, 200))
  }
  return false
}

describe('a frozen, then a killed Redis', () => {
  it('frozen (SIGSTOP): 20 cover requests → 503 STORE_UNAVAILABLE in under 1.5 s; a fresh UnionID exchange still works; after SIGCONT all served', async () => {
    const warm = await thumb(server, cover('frozen-cached'))
    expect(warm.status).toBe(200)
    redis.freeze()
    try {
      const { values, ms } = await timedAll(Array.from({ length: 20 }, (_, i) => thumb(server, cover(i % 2 ? 'frozen-cached' : `frozen-${i}`))))
      expect(new Set(values.map((a) => a.status))).toEqual(new Set([503]))
      expect(new Set(values.map((a) => a.body.code))).toEqual(new Set(['STORE_UNAVAILABLE']))
      expect(ms).toBeLessThan(1500)
      const login = await unionid(server, { code: freshCode() })
      expect(login.status).toBe(200)
      console.info(`[figures] Redis frozen: 20/20 cover requests answered 503 STORE_UNAVAILABLE within ${ms} ms; a UnionID exchange answered 200`)
    } finally {
      redis.thaw()
    }
    const after = await thumb(server, cover('frozen-cached'))
    expect(after).toMatchObject({ status: 200, body: { mediaId: warm.body.mediaId } })
  })

  it('killed (SIGKILL): 503 within the deadline; after a restart the server serves again', async () => {
    await redis.kill()
    const { values, ms } = await timedAll(Array.from({ length: 10 }, (_, i) => thumb(server, cover(`killed-${i}`))))
    expect(new Set(values.map((a) => a.body.code))).toEqual(new Set(['STORE_UNAVAILABLE']))
    expect(ms).toBeLessThan(3000)
    expect((await unionid(server, { code: freshCode() })).status).toBe(200)
    await redis.restart()
    expect(await eventually(async () => (await thumb(server, cover('after-restart'))).status === 200)).toBe(true)
    console.info(`[figures] Redis killed: 10/10 cover requests answered 503 STORE_UNAVAILABLE within ${ms} ms; served again after the restart`)
  })
})

describe('a lock that outlives its time to live, on Redis', () => {
  it('an upload five times slower than the lock: renewed, one upload, one media id for two instances', async () => {
    const caches = await Promise.all(
      [0, 1].map(async () => {
        const wechat = createWeChatClient({ appId: APP_ID, appSecret: APP_SECRET, apiBase: rig.wechat.url, store: await redisStore('lock:'), logger: silentLogger })
        return createThumbMediaCache({ wechat, allowedHosts: [`http://${rig.images.host}`], lockTtlMs: 300 })
      }),
    )
    await caches[0]!.get(cover('lock-warm'))
    const before = rig.wechat.counts.upload
    rig.wechat.script('media/upload', { delayMs: 1500 })
    const first = caches[0]!.get(cover('lock-slow'))
    await new Promise((r) => setTimeout(r, 800))
    const [a, b] = await Promise.all([first, caches[1]!.get(cover('lock-slow'))])
    expect(b.mediaId).toBe(a.mediaId)
    expect(rig.wechat.counts.upload - before).toBe(1)
  })
})
