// The Vue 2 fixture with the uni_modules plugin copied into src/uni_modules/ and no @sobot-contact/*
// npm package, built with uni-app's Vue 2 CLI for mp-weixin and run in miniprogram-simulate.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { expect, it } from 'vitest'
import { vue2Fixture, vue2PagesSpec } from './vue2Suite'

vue2PagesSpec('uniModules')

it('cannot resolve @sobot-contact/* from its source (no node_modules/@sobot-contact up the tree)', () => {
  const { project } = vue2Fixture('uniModules')
  for (let dir = join(project, 'src/pages/index'); ; dir = dirname(dir)) {
    expect(existsSync(join(dir, 'node_modules/@sobot-contact')), dir).toBe(false)
    if (dirname(dir) === dir) break
  }
})

it("core came from the plugin's js_sdk (webpack put it in common/vendor.js); no npm copy of ours is in the output", () => {
  const { outDir } = vue2Fixture('uniModules').mp
  expect(readFileSync(join(outDir, 'common/vendor.js'), 'utf8')).toMatch(/\bcreateContactController\b/)
  expect(existsSync(join(outDir, 'node-modules'))).toBe(false)
})
