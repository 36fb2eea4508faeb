// The Redis store against a real redis-server (Debian's package) that this test starts on a free
// 127.0.0.1 port and stops afterwards. Missing redis-server fails the tests with how to install it.
import { createClient } from 'redis'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createRedisStore, createSobotHandler, createThumbMediaCache, createWeChatClient, silentLogger, type SobotStore } from '../src/index'
import { startRedisServer, type RedisServer } from 'wechat-stand-in'
import { APP_ID, APP_SECRET, startRig, type Rig } from './helpers'

let redis: RedisServer
let redisUrl: string
const clients: Array<{ quit(): Promise<unknown> }> = []

async function connect() {
  const client = createClient({ url: redisUrl })
  await client.connect()
  clients.push(client)
  return client
}

beforeAll(async () => {
  redis = await startRedisServer()
  redisUrl = redis.url
})

afterAll(async () => {
  await Promise.all(clients.map((c) => c.quit().catch(() => undefined)))
  await redis?.stop()
})

describe('createRedisStore on a real redis-server', () => {
  let store: SobotStore
  beforeEach(async () => {
    const client = await connect()
    await client.flushAll()
    store = createRedisStore({ client })
  })

  it('get / set with a time to live', async () => {
    expect(await store.get('a')).toBeNull()
    // 1 s to live: long enough that a busy CI machine still reads it back, then Redis drops it.
    await store.set('a', 'one', 1000)
    expect(await store.get('a')).toBe('one')
    await new Promise((r) => setTimeout(r, 1200))
    expect(await store.get('a')).toBeNull()
  })

  it('setIfAbsent is a lock: one winner of many', async () => {
    const wins = await Promise.all(Array.from({ length: 20 }, (_, i) => store.setIfAbsent('lock', `t${i}`, 5000)))
    expect(wins.filter(Boolean)).toHaveLength(1)
  })

  it('deleteIf frees only the holder\'s lock', async () => {
    await store.set('lock', 'mine', 5000)
    expect(await store.deleteIf('lock', 'theirs')).toBe(false)
    expect(await store.get('lock')).toBe('mine')
    expect(await store.deleteIf('lock', 'mine')).toBe(true)
    expect(await store.get('lock')).toBeNull()
  })

  it('keys are prefixed', async () => {
    const client = await connect()
    await createRedisStore({ client, prefix: 'shop1:' }).set('k', 'v', 5000)
    expect(await client.get('shop1:k')).toBe('v')
  })

  it('Redis gone: STORE_UNAVAILABLE naming REDIS_URL, never the value', async () => {
    const dead = createRedisStore({ client: { sendCommand: () => Promise.reject(new Error('connect ECONNREFUSED')) } })
    await expect(dead.set('k', 'secret-value', 10)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE', path: 'REDIS_URL' })
    await expect(dead.get('k')).rejects.not.toThrow(/secret-value/)
  })
})

describe('several server instances on one Redis', () => {
  let rig: Rig
  beforeAll(async () => {
    rig = await startRig()
  })
  afterAll(async () => {
    await rig.close()
  })

  it('4 instances × 50 concurrent cover requests for 3 images: one token fetch, three uploads between them', async () => {
    await (await connect()).flushAll()
    const handlers = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const wechat = createWeChatClient({ appId: APP_ID, appSecret: APP_SECRET, apiBase: rig.wechat.url, store: createRedisStore({ client: await connect() }), logger: silentLogger })
        return createSobotHandler({ wechat, thumbMedia: createThumbMediaCache({ wechat, allowedHosts: [`http://${rig.images.host}`] }) })
      }),
    )
    const urls = [0, 1, 2].map((i) => `${rig.images.url}/covers/shared-${i}.png`)
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        handlers[i % 4]!(new Request(`http://server.test/sobot/thumb-media?url=${encodeURIComponent(urls[i % 3]!)}`)).then(async (r) => ({ status: r.status, body: (await r.json()) as { mediaId: string } })),
      ),
    )
    expect(responses.filter((r) => r.status !== 200)).toEqual([])
    expect(rig.wechat.counts.stableToken).toBe(1)
    expect(rig.wechat.counts.upload).toBe(3)
    expect(new Set(responses.map((r) => r.body.mediaId)).size).toBe(3)
    console.info(`[figures] 4 instances on one Redis, 200 requests, 3 images: ${rig.wechat.counts.stableToken} token fetch, ${rig.wechat.counts.upload} uploads, 0 errors`)
  })

  it('a token revoked while two instances share it: one refresh between them', async () => {
    const before = rig.wechat.counts.stableToken
    rig.wechat.revokeToken()
    const instances = await Promise.all(
      [0, 1].map(async () => {
        const wechat = createWeChatClient({ appId: APP_ID, appSecret: APP_SECRET, apiBase: rig.wechat.url, store: createRedisStore({ client: await connect() }), logger: silentLogger })
        return createThumbMediaCache({ wechat, allowedHosts: [`http://${rig.images.host}`] })
      }),
    )
    const media = await Promise.all(Array.from({ length: 40 }, (_, i) => instances[i % 2]!.get(`${rig.images.url}/covers/revoked-${i % 4}.png`)))
    expect(new Set(media.map((m) => m.mediaId)).size).toBe(4)
    expect(rig.wechat.counts.stableToken - before).toBe(1)
  })
})
