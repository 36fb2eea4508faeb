/**
 * @internal At most `max` holders at a time; the others queue in order. `acquire(signal)` resolves
 * with the release function, or rejects with the signal's reason when it aborts first (the waiter
 * leaves the queue).
 * @example
 * const slots = createSemaphore(4)
 * const release = await slots.acquire(AbortSignal.timeout(10_000))
 * try { await download() } finally { release() }
 */
export function createSemaphore(max: number): { acquire(signal: AbortSignal): Promise<() => void> } {
  let held = 0
  const queue: Array<() => void> = []
  const release = () => {
    const next = queue.shift()
    if (next) next()
    else held--
  }
  const once = () => {
    let released = false
    return () => {
      if (!released) release()
      released = true
    }
  }
  return {
    acquire(signal) {
      if (signal.aborted) return Promise.reject(signal.reason)
      if (held < max) {
        held++
        return Promise.resolve(once())
      }
      return new Promise((resolve, reject) => {
        const turn = () => {
          signal.removeEventListener('abort', leave)
          resolve(once())
        }
        const leave = () => {
          queue.splice(queue.indexOf(turn), 1)
          reject(signal.reason)
        }
        queue.push(turn)
        signal.addEventListener('abort', leave, { once: true })
      })
    },
  }
}
