import { SobotServerError } from './errors'

/**
 * @internal The answer of `work`, or `504 DEADLINE_EXCEEDED` once `deadlineMs` has passed. The work
 * itself goes on (a cover upload finishes and is cached for the next request); only the client
 * stops waiting.
 * @example
 * const result = await withDeadline(route(request), 15_000)
 */
export async function withDeadline<T>(work: Promise<T>, deadlineMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new SobotServerError('DEADLINE_EXCEEDED', 'request', `no answer within ${deadlineMs} ms (WeChat, the image host or the store is slow): retry in a moment`)),
      deadlineMs,
    )
  })
  work.catch(() => undefined)
  try {
    return await Promise.race([work, late])
  } finally {
    clearTimeout(timer)
  }
}
