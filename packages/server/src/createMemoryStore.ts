import type { SobotStore } from './store'

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /**
   * The clock, in milliseconds since the epoch (tests move it forward).
   * @default Date.now
   */
  now?: () => number
}

/**
 * A {@link SobotStore} in this process's memory: the default, right for a single server process.
 * Several processes each keep their own token and media ids with it; use {@link createRedisStore}
 * for those.
 *
 * @example
 * const wechat = createWeChatClient({ appId, appSecret, store: createMemoryStore() })
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): SobotStore {
  const now = options.now ?? Date.now
  const entries = new Map<string, { value: string; expiresAt: number }>()
  const read = (key: string): string | null => {
    const entry = entries.get(key)
    if (!entry) return null
    if (entry.expiresAt <= now()) {
      entries.delete(key)
      return null
    }
    return entry.value
  }
  return {
    get: async (key) => read(key),
    set: async (key, value, ttlMs) => {
      entries.set(key, { value, expiresAt: now() + ttlMs })
    },
    setIfAbsent: async (key, value, ttlMs) => {
      if (read(key) !== null) return false
      entries.set(key, { value, expiresAt: now() + ttlMs })
      return true
    },
    deleteIf: async (key, value) => {
      if (read(key) !== value) return false
      entries.delete(key)
      return true
    },
  }
}
