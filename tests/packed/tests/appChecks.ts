import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { attrsOf, findAll, startMiniProgram, textOf, type MiniProgramOptions, type RenderedNode } from 'sobot-contact-test-kit/miniprogram'
import { errorLines } from 'sobot-contact-test-kit/run-cli'
import { beforeAll, expect, inject, test } from 'vitest'
import { packedCore } from './packedCore'

/** The card both fixture pages pass next to the session in src/session.json. */
const CARD = { title: 'Order A-1001', path: 'pages/index/index?id=A-1001' }

/**
 * The checks a throwaway app gets: it installs, its framework CLI builds it for WeChat with no error
 * line, it type-checks strictly, and WeChat's WXML compiler renders one contact button whose
 * attributes are what the packed core computes for the same input.
 */
export function appChecks(app: 'taro' | 'uni', options: { build: string; outDir: string; typecheck: string[]; miniProgram: MiniProgramOptions }) {
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

  let button: RenderedNode | undefined
  beforeAll(async () => {
    if (builds[app].status !== 0) return
    const mp = startMiniProgram(join(dir, options.outDir), options.miniProgram)
    const buttons = findAll((await mp.openPage('pages/index/index')).toJSON(), 'wx-button')
    expect(buttons).toHaveLength(1)
    button = buttons[0]
  })

  test('WeChat renders the contact button with the session-from and card the packed core computes', () => {
    expect(button, 'no button rendered').toBeDefined()
    const core = packedCore(dir)
    const session = JSON.parse(readFileSync(join(dir, 'src/session.json'), 'utf8'))
    const expected = core.getContactButtonProps({ session, card: CARD })
    const a = attrsOf(button as RenderedNode)
    expect(a.openType).toBe('contact')
    expect(a.sessionFrom).toBe(expected.sessionFrom)
    expect(core.decodeSessionFrom(a.sessionFrom as string).partnerId).toBe('user-42')
    expect(a.showMessageCard).toBe(true)
    expect(a.sendMessageTitle).toBe(expected.sendMessageTitle)
    expect(a.sendMessagePath).toBe(expected.sendMessagePath)
    expect(textOf(button as RenderedNode).trim()).toBe('联系客服')
  })
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? jsFiles(path) : name.endsWith('.js') ? [path] : []
  })
}
