import { describe, expect, inject, test } from 'vitest'
import { fileText, importedPackages, manifestTargets, missingTargets, relativeLinks, undeclaredImports, workspaceRanges } from './tarballChecks'

const { packed } = inject('packed')

test('every published package was packed', () => {
  expect(packed.map((p) => p.name)).toEqual(expect.arrayContaining(['@sobot-contact/core', '@sobot-contact/taro-react', '@sobot-contact/uni-vue', '@sobot-contact/apicloud', '@sobot-contact/cli']))
  expect(packed.every((p) => p.name.startsWith('@sobot-contact/'))).toBe(true)
})

describe.each(packed.map((p) => [p.name, p] as const))('%s tarball', (_name, pkg) => {
  test('has no workspace: specifier left', () => {
    expect(workspaceRanges(pkg.manifest)).toEqual([])
  })

  test('holds every file its package.json points at (exports, main, module, types, bin)', () => {
    expect(manifestTargets(pkg.manifest).length).toBeGreaterThan(0)
    expect(missingTargets(pkg)).toEqual([])
  })

  test('declares every package its shipped code imports (dependency or peer)', () => {
    expect(pkg.files.some((f) => f.startsWith('dist/'))).toBe(true)
    expect(undeclaredImports(pkg, (f) => fileText(pkg, f))).toEqual([])
  })

  test('ships its licence field and repository', () => {
    expect(pkg.manifest.license).toBe('MIT')
    expect((pkg.manifest.repository as { url?: string } | undefined)?.url).toBe('git+https://github.com/sobot-contact/sobot-contact.git')
  })

  // npm shows README.md on the package page, where a relative link leads nowhere.
  test.each([
    ['README.md', 'README.zh-CN.md', '中文'],
    ['README.zh-CN.md', 'README.md', 'English'],
  ])('ships %s with absolute links only, linking to the other language first', (file, other, label) => {
    expect(pkg.files).toContain(file)
    const text = fileText(pkg, file)
    expect(relativeLinks(text)).toEqual([])
    const directory = (pkg.manifest.repository as { directory: string }).directory
    const firstLine = text.split('\n').find((line) => line.trim() && !line.startsWith('# '))
    expect(firstLine).toBe(`[${label}](https://github.com/sobot-contact/sobot-contact/blob/main/${directory}/${other})`)
  })
})

// The checks above must be able to fail: the same functions on a doctored copy of a real tarball.
describe('the checks catch a broken package', () => {
  const core = packed.find((p) => p.name === '@sobot-contact/core')!
  const taro = packed.find((p) => p.name === '@sobot-contact/taro-react')!

  test('a workspace: range', () => {
    expect(workspaceRanges({ ...taro.manifest, dependencies: { '@sobot-contact/core': 'workspace:*' } })).toEqual(['dependencies.@sobot-contact/core@workspace:*'])
  })

  test('an export target the tarball lacks', () => {
    expect(missingTargets({ ...core, files: core.files.filter((f) => f !== 'dist/agent.cjs') })).toEqual(['dist/agent.cjs'])
  })

  test('a peer dependency the package forgot to declare', () => {
    const { react: _react, ...peers } = taro.manifest.peerDependencies as Record<string, string>
    const broken = undeclaredImports({ ...taro, manifest: { ...taro.manifest, peerDependencies: peers } }, (f) => fileText(taro, f))
    expect(broken).toContain('dist/index.js imports react')
  })

  test('a relative link', () => {
    expect(relativeLinks('[core](../core), [demo](../../apps/demo "x"), [ok](https://a.cn/b), [top](#api), [m](mailto:a@b.cn), [zh](./README.zh-CN.md)')).toEqual([
      '../core',
      '../../apps/demo',
      './README.zh-CN.md',
    ])
  })

  test('the import scanner sees static, dynamic and require imports, not APICloud\'s api.require', () => {
    expect(importedPackages(`import a from "react";import{b}from'@tarojs/components/x';const c=require("crypto-js/aes");import("vue");require("node:fs");require('./x');api.require('zhiChi')`)).toEqual([
      'react',
      '@tarojs/components',
      'crypto-js',
      'vue',
    ])
  })
})
