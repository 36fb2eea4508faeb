import { spawn } from 'node:child_process'

/** What one run of a framework CLI did. */
export interface CliRun {
  status: number | null
  log: string
  ms: number
}

/**
 * Runs a framework's own CLI (`taro build …`, `uni build …`) and collects its output; killed after
 * `timeoutMs`. Never rejects: a failure is in `status` and `log`.
 *
 * @example
 * const run = await runCli('node_modules/.bin/taro', ['build', '--type', 'weapp'], { cwd: appDir })
 */
export function runCli(bin: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0', ...options.env }
  const start = performance.now()
  return new Promise((done) => {
    const child = spawn(bin, args, { cwd: options.cwd, env })
    let log = ''
    child.stdout.on('data', (d) => (log += d))
    child.stderr.on('data', (d) => (log += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 240_000)
    const finish = (status: number | null, extra = '') => {
      clearTimeout(timer)
      done({ status, log: log + extra, ms: Math.round(performance.now() - start) })
    }
    child.on('error', (e) => finish(null, String(e)))
    child.on('close', (code) => finish(code))
  })
}

// A CLI can print an error and still exit 0 (uni: a missing @dcloudio/uni-components, a page listed
// in pages.json but missing), so the tests also read the log.
const ERROR_LINE = /\berror\b|\berrors\b|✖|\bfailed\b|\bnot found\b|cannot find|Module not found|\bENOENT\b|\bTypeError\b|\bSyntaxError\b/i

/**
 * The lines of a build log that report a problem (ANSI colours removed).
 *
 * @example
 * expect(errorLines(run.log)).toEqual([])
 */
export function errorLines(log: string): string[] {
  return log
    .replace(/\x1b\[[0-9;]*[A-Za-z]/g, '')
    .split(/\r?\n/)
    .filter((line) => ERROR_LINE.test(line))
}
