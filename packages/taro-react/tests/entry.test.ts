import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import * as core from '@sobot-contact/core'

// Reads the built package (turbo runs `build` before `test`): what an app's bundler gets.
const dist = (file: string) => new URL(`../dist/${file}`, import.meta.url)
const read = (file: string) => readFileSync(dist(file), 'utf8')

test('the ESM entry re-exports core and adds the Taro bindings', async () => {
  const entry = (await import(/* @vite-ignore */ dist('index.js').href)) as Record<string, unknown>
  // weComKf is this package's own: core's with Taro's opener for the build.
  for (const name of Object.keys(core)) if (name !== 'weComKf') expect(entry[name], name).toBe((core as Record<string, unknown>)[name])
  expect([typeof entry.weComKf, entry.weComKf === core.weComKf]).toEqual(['function', false])
  expect(typeof entry.SobotContactButton).toBe('function')
  expect(typeof entry.useSessionFrom).toBe('function')
  expect(entry).not.toHaveProperty('default')
})

test('frameworks and core stay external in both formats, as imports of the app’s own copies', () => {
  const esm = read('index.js')
  const cjs = read('index.cjs')
  for (const id of ['react', 'react/jsx-runtime', '@tarojs/components', '@tarojs/taro', '@sobot-contact/core']) {
    expect(esm).toContain(`from '${id}'`)
    expect(cjs).toContain(`require('${id}')`)
  }
  // Nothing of React, Taro or the core's encoder is bundled in.
  for (const code of [esm, cjs]) {
    expect(code).not.toMatch(/createElement\(|__SECRET_INTERNALS|transfer_action/)
    expect(code).not.toContain('console.log')
  }
})

test('ES2017 output: no syntax newer than the target', () => {
  for (const code of [read('index.js'), read('index.cjs')]) {
    expect(code).not.toMatch(/\?\?|\?\.|\.\.\.[a-zA-Z_$]+\s*}\s*=/)
  }
})

test('type declarations for both formats', () => {
  for (const file of ['index.d.ts', 'index.d.cts']) {
    const types = read(file)
    expect(types).toMatch(/SobotContactButtonProps/)
    expect(types).toMatch(/useSessionFrom/)
    expect(types).toContain("export * from '@sobot-contact/core'")
  }
})
