import { SobotServerError } from './errors'
import type { SobotStore } from './store'

/** @internal How {@link sharedValue} reads, makes and stores one value. */
export interface SharedValueSpec<T> {
  store: SobotStore
  key: string
  /** The stored text as a value, or `null` when it is missing, unreadable or too old to serve. */
  read: (raw: string) => T | null
  /** Makes a fresh value (calls WeChat): the text to store and for how long. */
  make: () => Promise<{ value: T; raw: string; ttlMs: number }>
  /** How long a lock lives unless renewed: the holder renews it every third of this while it works; a crashed holder frees it after this. */
  lockTtlMs: number
  /** How long to wait for another instance's refresh before giving up. */
  waitMs: number
  /** In-process single flight: one promise per key. */
  inflight: Map<string, Promise<T>>
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
const POLL_MS = 25

/**
 * @internal A value every caller of every instance shares: served from the store while fresh;
 * otherwise one caller per process (single flight) takes the store's lock and makes it, and every
 * other caller, here or in another instance, waits for that one.
 * @example
 * const token = await sharedValue({ store, key: 'wechat:wx1:token', inflight, lockTtlMs: 15_000, waitMs: 25_000, read, make })
 */
export async function sharedValue<T>(spec: SharedValueSpec<T>): Promise<T> {
  const cached = await readFresh(spec)
  if (cached !== null) return cached
  let flight = spec.inflight.get(spec.key)
  if (!flight) {
    flight = refresh(spec).finally(() => spec.inflight.delete(spec.key))
    spec.inflight.set(spec.key, flight)
  }
  return flight
}

async function readFresh<T>(spec: SharedValueSpec<T>): Promise<T | null> {
  const raw = await spec.store.get(spec.key)
  return raw === null ? null : spec.read(raw)
}

async function refresh<T>(spec: SharedValueSpec<T>): Promise<T> {
  const lockKey = spec.key + ':lock'
  const deadline = Date.now() + spec.waitMs
  for (;;) {
    const cached = await readFresh(spec)
    if (cached !== null) return cached
    const lock = Math.random().toString(36).slice(2) + Date.now().toString(36)
    if (await spec.store.setIfAbsent(lockKey, lock, spec.lockTtlMs)) {
      try {
        // Someone may have stored it between our read and our lock.
        const again = await readFresh(spec)
        if (again !== null) return again
        const stopRenewing = renewWhileWorking(spec.store, lockKey, lock, spec.lockTtlMs)
        try {
          const made = await spec.make()
          await spec.store.set(spec.key, made.raw, made.ttlMs)
          return made.value
        } finally {
          stopRenewing()
        }
      } finally {
        await spec.store.deleteIf(lockKey, lock).catch(() => false)
      }
    }
    if (Date.now() > deadline) {
      throw new SobotServerError('WECHAT_UNAVAILABLE', 'store', `another server instance has been refreshing for ${spec.waitMs} ms: check that instance's logs; retry later`)
    }
    await sleep(POLL_MS)
  }
}

/**
 * Keeps the holder's lock alive while it works (WeChat may take longer than the lock's time to
 * live): every third of `ttlMs` the lock gets another `ttlMs`, only while it still holds `lock`.
 * A store without `extendIf` is not renewed. Returns the function that stops it.
 */
function renewWhileWorking(store: SobotStore, key: string, lock: string, ttlMs: number): () => void {
  const extendIf = store.extendIf?.bind(store)
  if (!extendIf) return () => undefined
  const timer = setInterval(() => void extendIf(key, lock, ttlMs).catch(() => false), Math.max(10, Math.floor(ttlMs / 3)))
  timer.unref?.()
  return () => clearInterval(timer)
}
