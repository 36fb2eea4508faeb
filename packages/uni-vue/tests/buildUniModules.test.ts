import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { copyComponents, PluginBuildError } from '../scripts/pluginComponents.mjs'

// The uni_modules generator refuses, before it writes anything, a component whose imports the plugin
// cannot carry (its successful output is built and run in tests/uni-integration/tests/uniModules.test.ts).
// One case runs the script as a build does (exit code, stderr, nothing left behind); the others call
// its component step in-process (a Node start per case cost seconds on a busy 2-core CI machine).
const SCRIPT = resolve(dirname(fileURLToPath(import.meta.url)), '../scripts/buildUniModules.mjs')
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** Writes one component `name` made of `files` into a temporary folder; returns that folder. */
function componentFolder(name: string, files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'sobot-uni-modules-gen-'))
  dirs.push(dir)
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, 'components', name, file)), { recursive: true })
    writeFileSync(join(dir, 'components', name, file), text)
  }
  return dir
}

/** Runs the generator script on one component, into a temporary folder. */
function generate(name: string, files: Record<string, string>) {
  const dir = componentFolder(name, files)
  const out = join(dir, 'out')
  const run = spawnSync(process.execPath, [SCRIPT, '--components', join(dir, 'components'), '--out', out], { encoding: 'utf8' })
  return { status: run.status, stderr: run.stderr, out }
}

/** The generator's component step on one component: the PluginBuildError's message (fails if none). */
function refusal(name: string, files: Record<string, string>): string {
  const dir = componentFolder(name, files)
  try {
    copyComponents({ componentsDir: join(dir, 'components'), outDir: join(dir, 'out'), coreBundle: 'js_sdk/sobot-contact-core.js', root: ROOT })
  } catch (e) {
    expect(e).toBeInstanceOf(PluginBuildError)
    return (e as Error).message
  }
  throw new Error('copyComponents accepted it')
}

const sfc = (script: string) => `<template><button /></template>\n<script setup lang="ts">\n${script}\n</script>\n`

// The script case starts Node and the generator (~3 s alone; far more on a busy 2-core CI machine).
describe('buildUniModules.mjs refuses what the plugin cannot carry', { timeout: 60_000 }, () => {
  it('an npm package other than core, vue and @dcloudio/uni-app: exit 1, the file and the import named', () => {
    const run = generate('sobot-x', { 'sobot-x.vue': sfc("import { ref } from 'vue'\nimport debounce from 'lodash-es/debounce'\nconst a = ref(debounce)") })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('components/sobot-x/sobot-x.vue imports "lodash-es/debounce"')
    expect(run.stderr).toContain('@sobot-contact/core')
    expect(existsSync(run.out), 'nothing half-written is left').toBe(false)
  })

  it("a core subpath (only core's main entry is bundled)", () => {
    expect(refusal('sobot-x', { 'sobot-x.vue': sfc("import { decryptUnionId } from '@sobot-contact/core/unionid'\nconsole.log(decryptUnionId)") })).toContain(
      'imports "@sobot-contact/core/unionid"',
    )
  })

  it('a relative import that leaves the component folder, or points at nothing', () => {
    expect(refusal('sobot-x', { 'sobot-x.vue': sfc("import { useSessionFrom } from '../../src/useSessionFrom'\nconsole.log(useSessionFrom)") })).toMatch(
      /imports "\.\.\/\.\.\/src\/useSessionFrom", which (lies outside the component folder|does not exist)/,
    )
    expect(refusal('sobot-x', { 'sobot-x.vue': sfc("import { helper } from './helper'\nconsole.log(helper)") })).toContain('imports "./helper", which does not exist')
  })

  it('a helper file of the component is checked too', () => {
    const message = refusal('sobot-x', {
      'sobot-x.vue': sfc("import { helper } from './helper'\nconsole.log(helper)"),
      'helper.ts': "export { default as helper } from 'dayjs'\n",
    })
    expect(message).toContain('components/sobot-x/helper.ts imports "dayjs"')
  })

  it('a component folder without <name>.vue (easycom would not find it)', () => {
    expect(refusal('sobot-x', { 'index.vue': sfc('') })).toContain('components/sobot-x/ has no sobot-x.vue')
  })

  it('accepts what it can carry: core rewritten to the bundled copy, vue and a helper in the folder kept', () => {
    const dir = componentFolder('sobot-x', {
      'sobot-x.vue': sfc("import { ref } from 'vue'\nimport { toGroup } from '@sobot-contact/core'\nimport { helper } from './helper'\nconst a = ref(toGroup(helper))"),
      'helper.ts': "export const helper = 'g-1'\n",
    })
    const names = copyComponents({ componentsDir: join(dir, 'components'), outDir: join(dir, 'out'), coreBundle: 'js_sdk/sobot-contact-core.js', root: ROOT })
    expect(names).toEqual(['sobot-x'])
    const out = readFileSync(join(dir, 'out/components/sobot-x/sobot-x.vue'), 'utf8')
    expect(out).toContain("from '../../js_sdk/sobot-contact-core.js'")
    expect(out).toContain("from 'vue'")
    expect(out).toContain("from './helper'")
    expect(readFileSync(join(dir, 'out/components/sobot-x/helper.ts'), 'utf8')).toBe("export const helper = 'g-1'\n")
  })

  it('inlines an @import of a core stylesheet (the bare look): the plugin’s project has no npm package to import it from', () => {
    const style = "<style>\n@import '@sobot-contact/core/bare.css';\n.own { color: red; }\n</style>\n"
    const dir = componentFolder('sobot-x', { 'sobot-x.vue': sfc("import { ref } from 'vue'\nconst a = ref(1)") + style })
    copyComponents({ componentsDir: join(dir, 'components'), outDir: join(dir, 'out'), coreBundle: 'js_sdk/sobot-contact-core.js', root: ROOT })
    const out = readFileSync(join(dir, 'out/components/sobot-x/sobot-x.vue'), 'utf8')
    expect(out).not.toMatch(/@import\s+'/)
    expect(out).toContain(readFileSync(join(ROOT, 'packages/core/bare.css'), 'utf8').trim())
    expect(out).toContain('.own { color: red; }')
    expect(out).toContain("from 'vue'")
  })
})
