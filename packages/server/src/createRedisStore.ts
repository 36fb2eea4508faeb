import { SobotServerError } from './errors'
import type { SobotStore } from './store'

/**
 * What {@link createRedisStore} needs from a Redis client: one raw command at a time. node-redis
 * (`redis` ≥ 4, `createClient()`) has exactly this method; for ioredis pass
 * `{ sendCommand: ([name, ...args]) => ioredis.call(name, ...args) }`.
 */
export interface RedisCommandClient {
  sendCommand(args: string[]): Promise<unknown>
}

/** Options of {@link createRedisStore}. */
export interface RedisStoreOptions {
  /** A connected client (see {@link RedisCommandClient}). */
  client: RedisCommandClient
  /**
   * Prepended to every key, to share one Redis with other data.
   * @default 'sobot-contact:'
   */
  prefix?: string
}

// Deletes KEYS[1] only while it holds ARGV[1]: releasing a lock never frees someone else's.
const DELETE_IF = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end"

/**
 * A {@link SobotStore} on Redis, so every server instance shares one `access_token`, one
 * `media_id` per cover, and one lock per refresh (`SET … NX PX`, released by compare-and-delete).
 *
 * @throws SobotServerError `STORE_UNAVAILABLE` from its operations when Redis does not answer.
 * @example
 * import { createClient } from 'redis'
 * const client = await createClient({ url: process.env.REDIS_URL }).connect()
 * const store = createRedisStore({ client })
 */
export function createRedisStore(options: RedisStoreOptions): SobotStore {
  const { client } = options
  const prefix = options.prefix ?? 'sobot-contact:'
  const run = async (args: string[]): Promise<unknown> => {
    try {
      return await client.sendCommand(args)
    } catch (error) {
      // The client's message names the command, never a value we store.
      const reason = error instanceof Error ? error.name : 'error'
      throw new SobotServerError('STORE_UNAVAILABLE', 'REDIS_URL', `Redis did not answer ${args[0]} (${reason}): check that Redis is running and REDIS_URL points at it`)
    }
  }
  const ms = (ttlMs: number) => String(Math.max(1, Math.ceil(ttlMs)))
  return {
    get: async (key) => {
      const value = await run(['GET', prefix + key])
      return typeof value === 'string' ? value : null
    },
    set: async (key, value, ttlMs) => {
      await run(['SET', prefix + key, value, 'PX', ms(ttlMs)])
    },
    setIfAbsent: async (key, value, ttlMs) => (await run(['SET', prefix + key, value, 'PX', ms(ttlMs), 'NX'])) === 'OK',
    deleteIf: async (key, value) => Number(await run(['EVAL', DELETE_IF, '1', prefix + key, value])) === 1,
  }
}
