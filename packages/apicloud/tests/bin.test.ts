// The copy step, run as a user runs it: the bin as a subprocess on a throwaway APICloud widget.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

const BIN = fileURLToPath(new URL('../bin/sobot-contact-apicloud.mjs', import.meta.url))
const pkg = (p: string) => fileURLToPath(new URL('../' + p, import.meta.url))
let cwd: string

const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' })

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'sobot-widget-'))
  mkdirSync(join(cwd, 'widget'))
  writeFileSync(join(cwd, 'widget', 'config.xml'), '<widget id="A0"></widget>')
})
afterEach(() => rmSync(cwd, { recursive: true, force: true }))

describe('sobot-contact-apicloud add', () => {
  it('copies the component and both builds into the widget, byte for byte', () => {
    const r = run('add', 'widget')
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout).toMatch(/copied +widget\/components\/sobot-contact-button\.stml \(\d+ bytes\)/)
    const same = (from: string, to: string) => expect(readFileSync(join(cwd, 'widget', to)).equals(readFileSync(pkg(from)))).toBe(true)
    same('components/sobot-contact-button.stml', 'components/sobot-contact-button.stml')
    same('dist/avm/sobot-contact.js', 'script/sobot-contact.js')
    same('dist/sobot-contact.iife.js', 'script/sobot-contact.iife.js')
  })

  it('defaults to ./widget and reports unchanged files on a second run', () => {
    expect(run('add').status).toBe(0)
    const again = run('add')
    expect(again.status).toBe(0)
    expect(again.stdout.match(/unchanged/g)).toHaveLength(3)
  })

  it('keeps a component the user edited (exit 1) unless --force', () => {
    run('add', 'widget')
    const file = join(cwd, 'widget', 'components', 'sobot-contact-button.stml')
    writeFileSync(file, readFileSync(file, 'utf8').replace('联系客服', '在线客服'))
    const kept = run('add', 'widget')
    expect(kept.status).toBe(1)
    expect(kept.stderr).toContain('kept your edited components/sobot-contact-button.stml')
    expect(readFileSync(file, 'utf8')).toContain('在线客服')
    expect(run('add', 'widget', '--force').status).toBe(0)
    expect(readFileSync(file, 'utf8')).not.toContain('在线客服')
  })

  it('refuses a folder without config.xml (exit 1) and bad usage (exit 2)', () => {
    const notWidget = run('add', '.')
    expect(notWidget.status).toBe(1)
    expect(notWidget.stderr).toContain('no config.xml here')
    expect(run().status).toBe(2)
    expect(run('copy', 'widget').status).toBe(2)
    expect(run('add', 'widget', '--bogus').status).toBe(2)
  })

  it('--help shows an example; --version the package version', () => {
    expect(execFileSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' })).toContain('npx sobot-contact-apicloud add widget')
    const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version
    expect(execFileSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' }).trim()).toBe(version)
  })
})

describe('the built entry points', () => {
  it('ESM and CJS expose the App path and re-export core', async () => {
    const esm = (await import(pkg('dist/index.js'))) as Record<string, unknown>
    const cjs = createRequire(import.meta.url)(pkg('dist/index.cjs')) as Record<string, unknown>
    for (const m of [esm, cjs]) {
      expect(typeof m.openSobotChat).toBe('function')
      expect(typeof m.toZhiChiParams).toBe('function')
      expect(typeof m.encodeSessionFrom).toBe('function')
    }
  })
})
