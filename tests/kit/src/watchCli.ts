import { spawn } from 'node:child_process'
import type { CliRun } from './runCli'

/** What one watch-mode run did: {@link CliRun}, and whether `ready` said so before the time ran out. */
export interface WatchRun extends CliRun {
  ready: boolean
}

/** Options of {@link watchCli}. */
export interface WatchOptions {
  cwd: string
  env?: NodeJS.ProcessEnv
  /** Asked after every chunk of output (log so far): true once the first compile is done. */
  ready: (log: string) => boolean
  /** Stopped unready after this long (default 180 s). */
  timeoutMs?: number
}

const GRACE_MS = 5_000

/**
 * Starts a framework CLI in watch mode (`taro build --watch`, `uni -p …`), waits until `ready` says
 * its first compile is done, then stops it and every process it started (its own process group:
 * SIGTERM, SIGKILL after 5 s). Never rejects; `ready: false` when it exited or timed out first.
 *
 * @example
 * const run = await watchCli('node_modules/.bin/uni', ['-p', 'mp-weixin'], {
 *   cwd: appDir, env: { NODE_ENV: 'development' }, ready: (log) => log.includes('Build complete'),
 * })
 */
export function watchCli(bin: string, args: string[], options: WatchOptions): Promise<WatchRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', ...options.env }
  const start = performance.now()
  return new Promise((done) => {
    const child = spawn(bin, args, { cwd: options.cwd, env, detached: true })
    let log = ''
    let ready = false
    let killer: NodeJS.Timeout | undefined
    const stop = () => {
      signal(child.pid, 'SIGTERM')
      killer ??= setTimeout(() => signal(child.pid, 'SIGKILL'), GRACE_MS)
    }
    const timer = setTimeout(stop, options.timeoutMs ?? 180_000)
    const onData = (chunk: Buffer) => {
      log += chunk
      if (!ready && options.ready(log)) {
        ready = true
        stop()
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('error', (e) => (log += String(e)))
    child.on('close', (status) => {
      clearTimeout(timer)
      clearTimeout(killer)
      signal(child.pid, 'SIGKILL') // anything left in the group
      done({ status, log, ms: Math.round(performance.now() - start), ready })
    })
  })
}

/** Signals a whole process group; a group that is already gone is fine. */
function signal(pid: number | undefined, name: NodeJS.Signals) {
  if (pid === undefined) return
  try {
    process.kill(-pid, name)
  } catch {
    // already exited
  }
}
