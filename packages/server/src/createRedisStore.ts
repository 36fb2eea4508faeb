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
  /**
   * How long one command may take: a Redis that is frozen (or a network that drops packets) is
   * `STORE_UNAVAILABLE` after it instead of a request that never ends.
   * @default 2_000
   */
  commandTimeoutMs?: number
  /**
   * Commands sent and not yet answered at most; beyond it a command fails at once with
   * `STORE_UNAVAILABLE`, so a frozen Redis cannot pile up a queue without end.
   * @default 1_000
   */
  maxPendingCommands?: number
}

// Deletes KEYS[1] only while it holds ARGV[1]: releasing a lock never frees someone else's.
const DELETE_IF = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end"
// Renews KEYS[1] for ARGV[2] ms only while it holds ARGV[1]: a holder renews its own lock only.
const EXTEND_IF = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end"
// A fixed-window counter: the first INCR starts the window; answers {count, ms left}.
const INCREMENT =
  "local n = redis.call('INCR', KEYS[1]) local t = redis.call('PTTL', KEYS[1]) if t < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) t = tonumber(ARGV[1]) end return {n, t}"

/**
 * A {@link SobotStore} on Redis, so every server instance shares one `access_token`, one
 * `media_id` per cover, one lock per refresh (`SET … NX PX`, renewed and released by
 * compare-and-set scripts) and the rate-limit counters. Every command has a time limit
 * (`commandTimeoutMs`) and the commands waiting are bounded (`maxPendingCommands`).
 *
 * @throws SobotServerError `STORE_UNAVAILABLE` from its operations when Redis does not answer in time.
 * @example
 * import { createClient } from 'redis'
 * const client = await createClient({ url: process.env.REDIS_URL }).connect()
 * const store = createRedisStore({ client })
 */
export function createRedisStore(options: RedisStoreOptions): SobotStore {
  const prefix = options.prefix ?? 'sobot-contact:'
  const run = commandRunner(options.client, options.commandTimeoutMs ?? 2_000, options.maxPendingCommands ?? 1_000)
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
    extendIf: async (key, value, ttlMs) => Number(await run(['EVAL', EXTEND_IF, '1', prefix + key, value, ms(ttlMs)])) === 1,
    increment: async (key, ttlMs) => {
      const answer = await run(['EVAL', INCREMENT, '1', prefix + key, ms(ttlMs)])
      const [count, left] = Array.isArray(answer) ? answer.map(Number) : [NaN, NaN]
      return { count: count ?? NaN, ttlMs: left ?? ttlMs }
    },
  }
}

/** One command at a time through the client, with a time limit and a bound on those still waiting. */
function commandRunner(client: RedisCommandClient, timeoutMs: number, maxPending: number): (args: string[]) => Promise<unknown> {
  let pending = 0
  // The client's message names the command, never a value we store; ours names neither.
  const unavailable = (command: string | undefined, why: string) =>
    new SobotServerError('STORE_UNAVAILABLE', 'REDIS_URL', `Redis did not answer ${command} (${why}): check that Redis is running and REDIS_URL points at it`)
  return async (args) => {
    if (pending >= maxPending) throw unavailable(args[0], `${pending} commands already waiting`)
    pending++
    let timer: ReturnType<typeof setTimeout> | undefined
    const sent = Promise.resolve()
      .then(() => client.sendCommand(args))
      .finally(() => pending--)
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(unavailable(args[0], `no answer in ${timeoutMs} ms`)), timeoutMs)
    })
    try {
      return await Promise.race([sent, late])
    } catch (error) {
      if (error instanceof SobotServerError) throw error
      throw unavailable(args[0], error instanceof Error ? error.name : 'error')
    } finally {
      clearTimeout(timer)
      sent.catch(() => undefined)
    }
  }
}
