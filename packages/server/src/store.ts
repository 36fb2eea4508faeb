/**
 * Where the server keeps what every instance must share: the WeChat `access_token`, the cover
 * `media_id`s and the short locks that make one instance refresh them while the others wait.
 * Values are strings; every entry has a time to live. {@link createMemoryStore} (one process) and
 * {@link createRedisStore} (many) implement it; anything with these four operations will do.
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
}
