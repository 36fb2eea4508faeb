// The /unionid rate limit per client address: a burst from one client is cut at the limit before
// WeChat is called, X-Forwarded-For counts only from a trusted proxy, and on Redis the limit is one
// for every instance.
import { createClient } from 'redis'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startRedisServer, type RedisServer } from 'wechat-stand-in'
import { createRedisStore } from '../src/index'
import { codeMaker, startRig, startServer, unionid, type Rig, type Server_ } from './helpers'

let rig: Rig
let freshCode: () => string
let redis: RedisServer
const servers: Server_[] = []
const clients: Array<{ quit(): Promise<unknown> }> = []
beforeAll(async () => {
  rig = await startRig()
  freshCode = codeMaker(rig, 'burst')
  redis = await startRedisServer()
})
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()))
})
afterAll(async () => {
  for (const client of clients) await client.quit().catch(() => undefined)
  await redis.stop()
  await rig.close()
})

const start = async (options: Parameters<typeof startServer>[1] = {}) => {
  const server = await startServer(rig, options)
  servers.push(server)
  return server
}

describe('POST /sobot/unionid rate limit', () => {
  it('a burst of 120 codes from one client: 20 answered, 100 × 429 TOO_MANY_REQUESTS with Retry-After, 20 WeChat calls', async () => {
    const server = await start()
    const calls = rig.wechat.counts.jscode2session
    const answers = await Promise.all(Array.from({ length: 120 }, () => unionid(server, { code: freshCode() })))
    const ok = answers.filter((a) => a.status === 200)
    const refused = answers.filter((a) => a.status === 429)
    expect(ok).toHaveLength(20)
    expect(refused).toHaveLength(100)
    expect(new Set(refused.map((a) => a.body.code))).toEqual(new Set(['TOO_MANY_REQUESTS']))
    for (const a of refused) expect(Number(a.headers['retry-after'])).toBeGreaterThanOrEqual(1)
    for (const a of refused) expect(Number(a.headers['retry-after'])).toBeLessThanOrEqual(60)
    expect(rig.wechat.counts.jscode2session - calls).toBe(20)
    console.info(`[figures] burst of 120 codes from one client: ${ok.length} answered, ${refused.length} × 429, ${rig.wechat.counts.jscode2session - calls} jscode2session calls (120 without the limit)`)
  })

  it('X-Forwarded-For is ignored unless the peer is a trusted proxy', async () => {
    const spoofed = await start({ handler: { unionIdPerMinute: 2 } })
    const spoof = (i: number) => unionid(spoofed, { code: freshCode() }, { headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i}` } })
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await spoof(i)).status)
    expect(statuses).toEqual([200, 200, 429, 429]) // a new forged address each time does not escape the limit

    const proxied = await start({ handler: { unionIdPerMinute: 2, trustedProxies: ['127.0.0.1'] } })
    const via = (client: string) => unionid(proxied, { code: freshCode() }, { headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.99, ${client}` } })
    const perClient = []
    for (const client of ['192.0.2.1', '192.0.2.1', '192.0.2.1', '192.0.2.2']) perClient.push((await via(client)).status)
    expect(perClient).toEqual([200, 200, 429, 200]) // the hop the proxy appended counts, not what the client wrote left of it
  })

  it('two instances on one Redis share one limit', async () => {
    const stores = await Promise.all(
      [0, 1].map(async () => {
        const client = createClient({ url: redis.url })
        await client.connect()
        clients.push(client)
        return createRedisStore({ client, prefix: 'rate-test:' })
      }),
    )
    const [a, b] = await Promise.all(stores.map((store) => start({ store, handler: { unionIdPerMinute: 10 } })))
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => unionid(i % 2 ? a! : b!, { code: freshCode() })))
    expect(answers.filter((x) => x.status === 200)).toHaveLength(10)
    expect(answers.filter((x) => x.status === 429)).toHaveLength(20)
  })

  it('unionIdPerMinute: 0 turns it off', async () => {
    const server = await start({ handler: { unionIdPerMinute: 0 } })
    const answers = await Promise.all(Array.from({ length: 30 }, () => unionid(server, { code: freshCode() })))
    expect(answers.filter((x) => x.status !== 200)).toEqual([])
  })
})

describe('the address a request is counted under', () => {
  it('IPv6 clients by their /64, IPv4 and IPv4-mapped addresses as they are', async () => {
    const { rateKeyOf } = await import('../src/rateKeyOf')
    const { normalizeAddress } = await import('../src/clientAddressOf')
    expect(rateKeyOf('2001:db8:0:1::7')).toBe('2001:db8:0:1::/64')
    expect(rateKeyOf('2001:0db8:0000:0001:ffff:ffff:ffff:fffe')).toBe('2001:db8:0:1::/64')
    expect(rateKeyOf('[fe80::1%eth0]')).toBe('fe80:0:0:0::/64')
    expect(rateKeyOf('::1')).toBe('0:0:0:0::/64')
    expect(rateKeyOf(normalizeAddress('::ffff:203.0.113.7'))).toBe('203.0.113.7')
    expect(rateKeyOf('203.0.113.7')).toBe('203.0.113.7')
    expect(rateKeyOf('1:2:3::4::5')).toBe('1:2:3::4::5') // not an address: counted as written
    expect(rateKeyOf('unknown')).toBe('unknown')
  })
})
