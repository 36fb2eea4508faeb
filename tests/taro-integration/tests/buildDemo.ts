import { spawn } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const HERE = dirname(fileURLToPath(import.meta.url))
/** apps/taro-react-demo: the sample app these tests build and run. */
export const APP_DIR = resolve(HERE, '../../../apps/taro-react-demo')
/** Its WeChat output: the folder a user opens in WeChat DevTools. */
export const DIST = join(APP_DIR, 'dist')

/** What one `taro build --type weapp` did. */
export interface TaroBuild {
  status: number | null
  log: string
  ms: number
  outDir: string
}

/** Lines of a Taro/webpack log that report a problem (colours removed). */
export function errorLines(log: string): string[] {
  return log
    .replace(/\x1b\[[0-9;]*[A-Za-z]/g, '')
    .split(/\r?\n/)
    .filter((line) => /\berror\b|\berrors\b|✖|\bfailed\b|cannot find|Module not found/i.test(line))
}

/**
 * Builds a Taro project for WeChat with the app's own Taro CLI: `taro build --type weapp`, in
 * production mode (minified, as a release would be).
 * @param projectDir - The Taro project (the app itself, or a variant copy of it for measurements).
 */
export function taroBuild(projectDir: string = APP_DIR): Promise<TaroBuild> {
  const taro = join(APP_DIR, 'node_modules/.bin/taro')
  if (!existsSync(taro)) throw new Error(`Taro CLI not found at ${taro}: run pnpm install`)
  const outDir = join(projectDir, 'dist')
  rmSync(outDir, { recursive: true, force: true })
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0', CI: 'true' }
  const start = performance.now()
  return new Promise((done) => {
    const child = spawn(taro, ['build', '--type', 'weapp'], { cwd: projectDir, env })
    let log = ''
    child.stdout.on('data', (d) => (log += d))
    child.stderr.on('data', (d) => (log += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000)
    const finish = (status: number | null, extra = '') => {
      clearTimeout(timer)
      done({ status, log: log + extra, ms: Math.round(performance.now() - start), outDir })
    }
    child.on('error', (e) => finish(null, String(e)))
    child.on('close', (code) => finish(code))
  })
}
