import { spawn } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const HERE = dirname(fileURLToPath(import.meta.url))
/** apps/uni-vue-demo: the sample app this package builds and runs. */
export const APP_DIR = resolve(HERE, '../../../apps/uni-vue-demo')
/** Where this package builds it (not the app's own dist/, so `pnpm build` running in parallel cannot race it). */
export const OUT_DIR = resolve(HERE, '../.output/mp-weixin')

// The uni CLI can print an error and still exit 0 with "Build complete" (TOOLCHAIN.md: a missing
// @dcloudio/uni-components does exactly that; so does a page listed in pages.json but missing).
const ERROR_LINE = /\berror\b|\berrors\b|\bfailed\b|\bnot found\b|cannot find|\bENOENT\b|\bTypeError\b|\bSyntaxError\b/i

/** The lines of a uni build log that report a problem (ANSI colours removed). */
export function errorLines(log: string): string[] {
  return log
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split(/\r?\n/)
    .filter((line) => ERROR_LINE.test(line))
}

/** What {@link buildDemo} did. */
export interface DemoBuild {
  status: number | null
  log: string
  ms: number
  outDir: string
}

/**
 * Builds the sample app for WeChat with the app's own uni CLI: `uni build -p mp-weixin`.
 * @param outDir - Where the mp-weixin output goes.
 * @param source - Another source folder (uni's `UNI_INPUT_DIR`) built with the app's uni CLI, and the
 *   project root it resolves packages from (the CLI's working directory).
 */
export function buildDemo(outDir: string = OUT_DIR, source?: { inputDir: string; root: string }): Promise<DemoBuild> {
  const uni = join(APP_DIR, 'node_modules/.bin/uni')
  if (!existsSync(uni)) throw new Error(`uni CLI not found at ${uni}: run pnpm install`)
  rmSync(outDir, { recursive: true, force: true })
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0' }
  if (source) env.UNI_INPUT_DIR = source.inputDir
  const start = performance.now()
  return new Promise((done) => {
    const args = ['build', '-p', 'mp-weixin', '--outDir', outDir]
    const child = spawn(uni, args, { cwd: source ? source.root : APP_DIR, env })
    let log = ''
    child.stdout.on('data', (d) => (log += d))
    child.stderr.on('data', (d) => (log += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000)
    const finish = (status: number | null, extra = '') => {
      clearTimeout(timer)
      done({ status, log: log + extra, ms: Math.round(performance.now() - start), outDir })
    }
    child.on('error', (e) => finish(null, String(e)))
    child.on('close', (code) => finish(code))
  })
}
