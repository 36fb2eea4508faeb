/**
 * Where the server keeps what every instance must share: the WeChat `access_token`, the cover
 * `media_id`s, the short locks that make one instance refresh them while the others wait, and the
 * rate-limit counters. Values are strings; every entry has a time to live. {@link createMemoryStore}
 * (one process) and {@link createRedisStore} (many) implement it; anything with the four required
 * operations will do (without `increment` the rate limits count per process; without `extendIf` a
 * lock is not renewed, so a refresh slower than the lock's time to live may run twice).
 *
 * @example
 * const store: SobotStore = createRedisStore({ client })
 */
export interface SobotStore {
  /** The value, or `null` when absent or expired. */
  get(key: string): Promise<string | null>
  /** Sets the value for `ttlMs` milliseconds. */
  set(key: string, value: string, ttlMs: number): Promise<void>
  /** Sets the value only when the key is absent; `true` when it did (the lock primitive). */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>
  /** Deletes the key only while it still holds `value`; `true` when it did. */
  deleteIf(key: string, value: string): Promise<boolean>
  /** Gives the key another `ttlMs` only while it still holds `value`; `true` when it did (renews a lock). */
  extendIf?(key: string, value: string, ttlMs: number): Promise<boolean>
  /**
   * Adds 1 to a counter; the first increment starts its `ttlMs` (a fixed window). Returns the count
   * and the time the window has left.
   */
  increment?(key: string, ttlMs: number): Promise<{ count: number; ttlMs: number }>
}
