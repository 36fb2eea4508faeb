import type { Server } from 'node:http'
import type { SobotLogger } from './logger'

/** Options of {@link shutdownGracefully}. */
export interface ShutdownOptions {
  /**
   * How long in-flight requests may take to finish; their connections are cut after it.
   * Longer than the handler's `deadlineMs` (15 s), so every request gets its answer.
   * @default 20_000
   */
  timeoutMs?: number
  /**
   * The signals that start the shutdown.
   * @default ['SIGTERM', 'SIGINT']
   */
  signals?: readonly NodeJS.Signals[]
  /** Runs once no request is left: close the store here (`() => redis.quit()`). */
  onClose?: () => unknown
  /**
   * Ends the process afterwards: exit code 0, or 1 when `onClose` failed.
   * @default true
   */
  exit?: boolean
  /** @default console */
  logger?: SobotLogger
}

/**
 * Graceful shutdown of a Node server: on `SIGTERM`/`SIGINT` (or when the returned function is
 * called) it stops accepting connections, closes idle keep-alive connections, lets in-flight
 * requests finish (at most `timeoutMs`, then cuts what is left), runs `onClose` (the store), and
 * exits with code 0. Calling it again, or a second signal, changes nothing.
 *
 * @returns A function that starts the shutdown and resolves when it is done (before any exit).
 * @example
 * const server = createSobotServer(handler)
 * server.listen(8787)
 * shutdownGracefully(server, { onClose: () => redis.quit() })
 */
export function shutdownGracefully(server: Server, options: ShutdownOptions = {}): () => Promise<void> {
  const timeoutMs = options.timeoutMs ?? 20_000
  const logger = options.logger ?? console
  let done: Promise<void> | undefined
  const shutdown = (): Promise<void> => {
    done ??= drain(server, timeoutMs, logger).then(async () => {
      let ok = true
      try {
        await options.onClose?.()
      } catch (error) {
        logger.error(`[sobot-contact/server] closing the store failed (${error instanceof Error ? error.name : 'error'})`)
        ok = false
      }
      if (options.exit ?? true) process.exit(ok ? 0 : 1)
    })
    return done
  }
  for (const signal of options.signals ?? ['SIGTERM', 'SIGINT']) process.on(signal, () => void shutdown())
  return shutdown
}

/** Stops accepting and waits for the open requests; after `timeoutMs` cuts the connections left. */
function drain(server: Server, timeoutMs: number, logger: SobotLogger): Promise<void> {
  logger.info('[sobot-contact/server] shutting down: no new connections, finishing the requests in flight')
  return new Promise((resolve) => {
    const idle = setInterval(() => server.closeIdleConnections(), 100)
    const cut = setTimeout(() => {
      logger.warn(`[sobot-contact/server] requests still open after ${timeoutMs} ms: closing their connections`)
      server.closeAllConnections()
    }, timeoutMs)
    server.close(() => {
      clearInterval(idle)
      clearTimeout(cut)
      resolve()
    })
    server.closeIdleConnections()
  })
}
