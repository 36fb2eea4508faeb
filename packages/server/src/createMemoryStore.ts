import type { SobotStore } from './store'

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /**
   * The clock, in milliseconds since the epoch (tests move it forward).
   * @default Date.now
   */
  now?: () => number
}

/** Expired entries are swept once the map holds this many (and then at twice what is left). */
const SWEEP_AT = 10_000

/**
 * A {@link SobotStore} in this process's memory: the default, right for a single server process.
 * Several processes each keep their own token and media ids with it; use {@link createRedisStore}
 * for those. Expired entries are dropped when read and swept when many accumulate, so a flood of
 * rate-limit counters from many addresses does not grow it without end.
 *
 * @example
 * const wechat = createWeChatClient({ appId, appSecret, store: createMemoryStore() })
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): SobotStore {
  const now = options.now ?? Date.now
  const entries = new Map<string, { value: string; expiresAt: number }>()
  let sweepAt = SWEEP_AT
  const read = (key: string) => {
    const entry = entries.get(key)
    if (entry && entry.expiresAt <= now()) entries.delete(key)
    return entry && entry.expiresAt > now() ? entry : undefined
  }
  const write = (key: string, value: string, ttlMs: number) => {
    entries.set(key, { value, expiresAt: now() + ttlMs })
    if (entries.size < sweepAt) return
    for (const [k, e] of entries) if (e.expiresAt <= now()) entries.delete(k)
    sweepAt = Math.max(SWEEP_AT, entries.size * 2)
  }
  return {
    get: async (key) => read(key)?.value ?? null,
    set: async (key, value, ttlMs) => write(key, value, ttlMs),
    setIfAbsent: async (key, value, ttlMs) => {
      if (read(key)) return false
      write(key, value, ttlMs)
      return true
    },
    deleteIf: async (key, value) => read(key)?.value === value && entries.delete(key),
    extendIf: async (key, value, ttlMs) => {
      const entry = read(key)
      if (entry?.value !== value) return false
      entry.expiresAt = now() + ttlMs
      return true
    },
    increment: async (key, ttlMs) => {
      const entry = read(key)
      if (!entry) {
        write(key, '1', ttlMs)
        return { count: 1, ttlMs }
      }
      entry.value = String(Number(entry.value) + 1)
      return { count: Number(entry.value), ttlMs: entry.expiresAt - now() }
    },
  }
}
