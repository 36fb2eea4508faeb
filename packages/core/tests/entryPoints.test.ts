// Reads the built package (turbo runs `build` before `test`): what a user installs.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

const distUrl = (f: string) => new URL('../dist/' + f, import.meta.url).href
const dist = (f: string) => readFileSync(new URL('../dist/' + f, import.meta.url), 'utf8')

describe('entry points', () => {
  it('the main entry is platform-free: no crypto-js, no wx / window / document / Taro / uni globals', () => {
    for (const f of ['index.js', 'index.cjs']) {
      const code = dist(f)
      expect(code).not.toMatch(/crypto-js/)
      expect(code).not.toMatch(/\b(wx|window|document|Taro|uni|api)\s*\./)
      expect(code).not.toMatch(/\bTextEncoder\b|\bBuffer\b/)
    }
  })

  it('the unionid entry imports single crypto-js modules, never crypto-js whole', () => {
    const code = dist('unionid.js')
    const imports = [...code.matchAll(/from\s*["']([^"']+)["']|import\s*["']([^"']+)["']/g)].map((m) => m[1] || m[2])
    expect(imports.filter((i) => i!.startsWith('crypto-js'))).toEqual(['crypto-js/core.js', 'crypto-js/aes.js', 'crypto-js/mode-ecb.js'])
  })

  it('ESM and CJS builds both load and agree', async () => {
    const require = createRequire(import.meta.url)
    const cjs = require('../dist/index.cjs')
    const esm = await import(/* @vite-ignore */ distUrl('index.js'))
    const input = { nickname: '汤姆', partnerId: 'p', transferAction: [esm.toGroup('g', { overflowWhen: 'allBusy' }), esm.toAgent('a')] }
    expect(cjs.encodeSessionFrom(input)).toBe(esm.encodeSessionFrom(input))
    const u = require('../dist/unionid.cjs')
    const uesm = await import(/* @vite-ignore */ distUrl('unionid.js'))
    expect(u.encryptUnionId('x', '0123456789abcdef')).toBe(uesm.encryptUnionId('x', '0123456789abcdef'))
    expect(new cjs.SobotContactError('INVALID_CARD', 'card', 'm')).toBeInstanceOf(Error)
  })
})
