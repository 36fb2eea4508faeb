import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { MiniProgramOptions } from 'sobot-contact-test-kit/miniprogram'
import { errorLines } from 'sobot-contact-test-kit/run-cli'
import { expect, inject, test } from 'vitest'
import { renderChecks } from './renderChecks'

/**
 * The checks a throwaway app gets: it installs, its framework CLI builds it for WeChat with no error
 * line, it type-checks strictly, and WeChat's WXML compiler renders its pages (see renderChecks.ts).
 */
export function appChecks(app: 'taro' | 'uni', options: { build: string; outDir: string; typecheck: string[]; miniProgram: MiniProgramOptions; chatPage?: string }) {
  const { dirs, installs, builds } = inject('packed')
  const dir = dirs[app]

  test(`the app installs the tarballs and \`${options.build}\` succeeds`, () => {
    expect(installs[app].status, installs[app].log.slice(-3000)).toBe(0)
    expect(builds[app].status, builds[app].log.slice(-3000)).toBe(0)
    expect(errorLines(builds[app].log)).toEqual([])
  })

  test('the app type-checks strictly against the packed packages', () => {
    const [bin, ...args] = options.typecheck as [string, ...string[]]
    const tsc = spawnSync(process.execPath, [join(dir, bin), ...args], { cwd: dir, encoding: 'utf8' })
    expect(tsc.stdout + tsc.stderr).toBe('')
    expect(tsc.status).toBe(0)
  })

  // Core's how-to-fix texts are development-only: the framework's production build replaces
  // process.env.NODE_ENV and drops them, leaving the short message that links to docs/errors.md.
  test('the production build replaced process.env.NODE_ENV and carries the short messages only', () => {
    const js = jsFiles(join(dir, options.outDir)).map((f) => readFileSync(f, 'utf8')).join('\n')
    expect(js).toContain('SobotContactError')
    expect(js).toContain('docs/errors.md')
    for (const text of ['shorten it', 'ids cannot be escaped', 'UTF-8 bytes (WeChat truncates the rest)']) expect(js).not.toContain(text)
  })

  const { miniProgram, chatPage } = options
  renderChecks({ name: 'production build', dir, root: join(dir, options.outDir), miniProgram, built: () => builds[app].status === 0, ...(chatPage && { chatPage }) })
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? jsFiles(path) : name.endsWith('.js') ? [path] : []
  })
}
