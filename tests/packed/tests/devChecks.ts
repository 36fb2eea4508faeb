import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { MiniProgramOptions } from 'sobot-contact-test-kit/miniprogram'
import { errorLines } from 'sobot-contact-test-kit/run-cli'
import { expect, inject, test } from 'vitest'
import { DEV_OUT } from './devBuilds'
import { renderChecks } from './renderChecks'

/**
 * The checks a throwaway app's dev build gets (the framework's watch mode as its template runs it,
 * stopped after the first compile): it finishes that compile with no error line, and WeChat's WXML
 * compiler renders its pages as in the production build (see renderChecks.ts).
 */
export function devChecks(app: 'taro' | 'uni', options: { command: string; miniProgram: MiniProgramOptions; chatPage?: string }) {
  const { dirs, devBuilds } = inject('packed')
  const dir = dirs[app]
  const run = devBuilds[app]
  const root = join(dir, DEV_OUT[app])

  test(`\`${options.command}\` (dev mode) finishes its first compile with no error line, then is stopped`, () => {
    expect(run.ready, run.log.slice(-3000)).toBe(true)
    expect(errorLines(run.log)).toEqual([])
    expect(existsSync(join(root, 'app.js'))).toBe(true)
  })

  const { miniProgram, chatPage } = options
  renderChecks({ name: 'dev build', dir, root, miniProgram, built: () => run.ready, ...(chatPage && { chatPage }) })
}
