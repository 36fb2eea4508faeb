import { createMemoryStore } from './createMemoryStore'
import type { SobotServerError } from './errors'
import type { SobotStore } from './store'

/** @internal How {@link createRateLimiter} counts and refuses. */
export interface RateLimitSpec {
  /** Where the counters are shared (its `increment`); counted in this process when it has none or does not answer. */
  store: SobotStore
  /** Requests allowed per window and key. */
  limit: number
  windowMs: number
  /** The error for a request over the limit, given the time until the window ends. */
  refuse: (retryAfterMs: number) => SobotServerError
}

/** After the shared store fails, count in this process for this long before asking it again. */
const STORE_BACKOFF_MS = 5_000

/**
 * @internal A fixed-window rate limit per key: `take(key)` resolves while the key is within
 * `limit` requests this window and throws `refuse(ms left)` past it. Counters live in the shared
 * store (one limit for all instances); when it has no `increment` or does not answer, this
 * process counts alone for a while, so a frozen store slows nothing that needs no store.
 * @example
 * const limiter = createRateLimiter({ store, limit: 20, windowMs: 60_000, refuse: () => new SobotServerError('TOO_MANY_REQUESTS', 'client', 'wait') })
 * await limiter.take('ratelimit:unionid:203.0.113.7')
 */
export function createRateLimiter(spec: RateLimitSpec): { take(key: string): Promise<void> } {
  const local = createMemoryStore()
  let storeDownUntil = 0
  const count = async (key: string) => {
    if (spec.store.increment && Date.now() >= storeDownUntil) {
      try {
        return await spec.store.increment(key, spec.windowMs)
      } catch {
        storeDownUntil = Date.now() + STORE_BACKOFF_MS
      }
    }
    return (local.increment as NonNullable<SobotStore['increment']>)(key, spec.windowMs)
  }
  return {
    async take(key) {
      const { count: n, ttlMs } = await count(key)
      if (n > spec.limit) {
        const error = spec.refuse(ttlMs)
        error.retryAfterMs = ttlMs
        throw error
      }
    },
  }
}
