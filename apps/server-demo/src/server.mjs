// `pnpm --filter server-demo start`: the two endpoints of @sobot-contact/server on Node's http.
// Configured from the environment (see README.md); secrets never reach a response or a log line.
// SIGTERM / SIGINT: stop accepting, finish the requests in flight (at most 20 s), close Redis, exit 0.
import {
  createMemoryStore,
  createRedisStore,
  createSobotHandler,
  createSobotServer,
  createThumbMediaCache,
  createWeChatClient,
  serverOptionsFromEnv,
  shutdownGracefully,
  SobotServerError,
} from '@sobot-contact/server'

/** @param {unknown} error */
function exitWith(error) {
  // Coded errors never carry a secret; anything else is reported by name only.
  console.error(error instanceof SobotServerError ? `${error.code}: ${error.message}` : `server-demo failed to start (${error instanceof Error ? error.name : 'error'})`)
  process.exit(1)
}

/** @param {string} url */
async function connectRedis(url) {
  const { createClient } = await import('redis')
  let connected = false
  // Reconnect after a drop; fail fast when Redis is not there at start. Commands queued while it is
  // away are bounded (and each times out in the store after 2 s).
  const client = createClient({
    url,
    commandsQueueMaxLength: 1000,
    socket: { connectTimeout: 5000, reconnectStrategy: (retries) => (connected ? Math.min(retries * 100, 2000) : new Error('no Redis')) },
  })
  client.on('error', () => undefined) // reported per request as STORE_UNAVAILABLE
  try {
    await client.connect()
    connected = true
  } catch {
    throw new SobotServerError('STORE_UNAVAILABLE', 'REDIS_URL', 'could not connect to Redis: check that it runs and REDIS_URL points at it')
  }
  return client
}

async function main() {
  const env = serverOptionsFromEnv(process.env)
  const redis = env.redisUrl ? await connectRedis(env.redisUrl) : undefined
  const store = redis ? createRedisStore({ client: redis }) : createMemoryStore()
  const wechat = createWeChatClient({ appId: env.appId, appSecret: env.appSecret, apiBase: env.apiBase, store })
  const thumbMedia = env.thumbHosts.length ? createThumbMediaCache({ wechat, allowedHosts: env.thumbHosts, uploadsPerHour: env.coverUploadsPerHour }) : undefined
  const handler = createSobotHandler({
    wechat,
    ...(env.channelKey ? { channelKey: env.channelKey } : {}),
    ...(thumbMedia ? { thumbMedia } : {}),
    allowedOrigins: env.allowedOrigins,
    unionIdPerMinute: env.unionIdPerMinute,
    trustedProxies: env.trustedProxies,
  })
  const host = process.env.HOST || '127.0.0.1'
  const server = createSobotServer(handler, { origin: `http://${host}` })
  shutdownGracefully(server, { onClose: () => redis?.quit() })
  server.listen(env.port, host, () => {
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : env.port
    console.log(`server-demo listening on http://${host}:${port}`)
    console.log(`  POST /sobot/unionid      ${env.channelKey ? `on, ${env.unionIdPerMinute || 'no limit'} a minute per client` : 'off (set SOBOT_CHANNEL_KEY)'}`)
    console.log(`  GET  /sobot/thumb-media  ${env.thumbHosts.length ? 'covers from ' + env.thumbHosts.join(', ') : 'off (set THUMB_HOSTS)'}`)
    console.log(`  store: ${redis ? 'Redis' : 'memory (this process only)'}`)
  })
}

main().catch(exitWith)
