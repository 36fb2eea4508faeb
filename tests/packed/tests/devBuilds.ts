import { existsSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { watchCli, type WatchRun } from 'sobot-contact-test-kit/watch-cli'

/** Where each app's dev build ends up (Taro's `dist/` is moved aside before the production build). */
export const DEV_OUT = { taro: 'dist-dev', uni: 'dist/dev/mp-weixin' } as const

/** The templates' dev scripts run as a developer runs them: development mode, the tools' defaults. */
const development = { NODE_ENV: 'development', CI: 'true' }

// Taro prints "→ Watching... [time]" after each compile, the prebundle's own compile included, so
// the first compile is done when that line ends the log and the app's base.wxml has been written.
const TARO_WATCHING = /→ Watching\.\.\. \[[^\]]*\]\s*$/

/**
 * `taro build --type weapp --watch` (the template's `dev:weapp`, Taro 4's default prebundle on) in
 * a fresh app, stopped after its first compile; its `dist/` becomes {@link DEV_OUT}`.taro`.
 *
 * @example
 * const dev = await taroDevBuild('/tmp/sobot-packed-x/taro') // then read dist-dev/base.wxml
 */
export async function taroDevBuild(dir: string): Promise<WatchRun> {
  const run = await watchCli(join(dir, 'node_modules/.bin/taro'), ['build', '--type', 'weapp', '--watch'], {
    cwd: dir,
    env: development,
    ready: (log) => TARO_WATCHING.test(plain(log)) && (existsSync(join(dir, 'dist/base.wxml')) || /Errors:/.test(log)),
  })
  if (existsSync(join(dir, 'dist'))) renameSync(join(dir, 'dist'), join(dir, DEV_OUT.taro))
  return run
}

function plain(log: string): string {
  return log.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '')
}

/**
 * `uni -p mp-weixin` (uni's dev mode, writing `dist/dev/mp-weixin`) in a fresh app, stopped after
 * its first build.
 *
 * @example
 * const dev = await uniDevBuild('/tmp/sobot-packed-x/uni')
 */
export function uniDevBuild(dir: string): Promise<WatchRun> {
  return watchCli(join(dir, 'node_modules/.bin/uni'), ['-p', 'mp-weixin'], {
    cwd: dir,
    env: development,
    ready: (log) => /Watching for changes|Build failed/.test(log),
  })
}
