import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'

// The uni_modules generator refuses, before it writes anything, a component whose imports the plugin
// cannot carry (its successful output is built and run in tests/uni-integration/tests/uniModules.test.ts).
const SCRIPT = resolve(dirname(fileURLToPath(import.meta.url)), '../scripts/buildUniModules.mjs')

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** Runs the generator on one component `name` made of `files`, into a temporary folder. */
function generate(name: string, files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'sobot-uni-modules-gen-'))
  dirs.push(dir)
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, 'components', name, file)), { recursive: true })
    writeFileSync(join(dir, 'components', name, file), text)
  }
  const out = join(dir, 'out')
  const run = spawnSync(process.execPath, [SCRIPT, '--components', join(dir, 'components'), '--out', out], { encoding: 'utf8' })
  return { status: run.status, stderr: run.stderr, out }
}

const sfc = (script: string) => `<template><button /></template>\n<script setup lang="ts">\n${script}\n</script>\n`

// Each case starts Node and the generator (~2 s alone; far more on a busy 2-core CI machine).
describe('buildUniModules.mjs refuses what the plugin cannot carry', { timeout: 60_000 }, () => {
  it('an npm package other than core, vue and @dcloudio/uni-app: exit 1, the file and the import named', () => {
    const run = generate('sobot-x', { 'sobot-x.vue': sfc("import { ref } from 'vue'\nimport debounce from 'lodash-es/debounce'\nconst a = ref(debounce)") })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('components/sobot-x/sobot-x.vue imports "lodash-es/debounce"')
    expect(run.stderr).toContain('@sobot-contact/core')
    expect(existsSync(run.out), 'nothing half-written is left').toBe(false)
  })

  it("a core subpath (only core's main entry is bundled)", () => {
    const run = generate('sobot-x', { 'sobot-x.vue': sfc("import { decryptUnionId } from '@sobot-contact/core/unionid'\nconsole.log(decryptUnionId)") })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('imports "@sobot-contact/core/unionid"')
  })

  it('a relative import that leaves the component folder, or points at nothing', () => {
    const outside = generate('sobot-x', { 'sobot-x.vue': sfc("import { useSessionFrom } from '../../src/useSessionFrom'\nconsole.log(useSessionFrom)") })
    expect(outside.status).toBe(1)
    expect(outside.stderr).toMatch(/imports "\.\.\/\.\.\/src\/useSessionFrom", which (lies outside the component folder|does not exist)/)
    const missing = generate('sobot-x', { 'sobot-x.vue': sfc("import { helper } from './helper'\nconsole.log(helper)") })
    expect(missing.status).toBe(1)
    expect(missing.stderr).toContain('imports "./helper", which does not exist')
  })

  it('a helper file of the component is checked too', () => {
    const run = generate('sobot-x', {
      'sobot-x.vue': sfc("import { helper } from './helper'\nconsole.log(helper)"),
      'helper.ts': "export { default as helper } from 'dayjs'\n",
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('components/sobot-x/helper.ts imports "dayjs"')
  })

  it('a component folder without <name>.vue (easycom would not find it)', () => {
    const run = generate('sobot-x', { 'index.vue': sfc('') })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('components/sobot-x/ has no sobot-x.vue')
  })
})
