// `pnpm --filter server-demo start`: the two endpoints of @sobot-contact/server on Node's http.
// Configured from the environment (see README.md); secrets never reach a response or a log line.
import { createServer } from 'node:http'
import {
  createMemoryStore,
  createRedisStore,
  createSobotHandler,
  createThumbMediaCache,
  createWeChatClient,
  serverOptionsFromEnv,
  SobotServerError,
  toNodeListener,
} from '@sobot-contact/server'

/** @param {unknown} error */
function exitWith(error) {
  // Coded errors never carry a secret; anything else is reported by name only.
  console.error(error instanceof SobotServerError ? `${error.code}: ${error.message}` : `server-demo failed to start (${error instanceof Error ? error.name : 'error'})`)
  process.exit(1)
}

async function main() {
  const env = serverOptionsFromEnv(process.env)
  /** @type {{ quit(): Promise<unknown> } | undefined} */
  let redis
  let store = createMemoryStore()
  if (env.redisUrl) {
    const { createClient } = await import('redis')
    let connected = false
    // Reconnect after a drop; fail fast when Redis is not there at start.
    const client = createClient({
      url: env.redisUrl,
      socket: { connectTimeout: 5000, reconnectStrategy: (retries) => (connected ? Math.min(retries * 100, 2000) : new Error('no Redis')) },
    })
    client.on('error', () => undefined) // reported per request as STORE_UNAVAILABLE
    try {
      await client.connect()
      connected = true
    } catch {
      throw new SobotServerError('STORE_UNAVAILABLE', 'REDIS_URL', 'could not connect to Redis: check that it runs and REDIS_URL points at it')
    }
    redis = client
    store = createRedisStore({ client })
  }
  const wechat = createWeChatClient({ appId: env.appId, appSecret: env.appSecret, apiBase: env.apiBase, store })
  const handler = createSobotHandler({
    wechat,
    ...(env.channelKey ? { channelKey: env.channelKey } : {}),
    ...(env.thumbHosts.length ? { thumbMedia: createThumbMediaCache({ wechat, allowedHosts: env.thumbHosts }) } : {}),
    allowedOrigins: env.allowedOrigins,
  })
  const host = process.env.HOST || '127.0.0.1'
  const server = createServer(toNodeListener(handler, { origin: `http://${host}` }))
  server.listen(env.port, host, () => {
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : env.port
    console.log(`server-demo listening on http://${host}:${port}`)
    console.log(`  POST /sobot/unionid      ${env.channelKey ? 'on' : 'off (set SOBOT_CHANNEL_KEY)'}`)
    console.log(`  GET  /sobot/thumb-media  ${env.thumbHosts.length ? 'covers from ' + env.thumbHosts.join(', ') : 'off (set THUMB_HOSTS)'}`)
    console.log(`  store: ${redis ? 'Redis' : 'memory (this process only)'}`)
  })
  const stop = () => {
    server.close()
    server.closeAllConnections()
    Promise.resolve(redis?.quit()).finally(() => process.exit(0))
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

main().catch(exitWith)
