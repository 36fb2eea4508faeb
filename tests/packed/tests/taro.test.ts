import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, inject, test } from 'vitest'
import { appChecks } from './appChecks'
import { templateRoots } from './taroTemplates'

// A fresh Taro 4.2.1 (React) app, the sample app's pinned versions, with the packed taro-react and core.
appChecks('taro', {
  build: 'taro build --type weapp',
  outDir: 'dist',
  typecheck: ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'],
  miniProgram: {},
  chatPage: 'pages/sobot-chat/index',
})

test('the production base.wxml has the <button> and <web-view> templates', () => {
  const roots = templateRoots(readFileSync(join(inject('packed').dirs.taro, 'dist/base.wxml'), 'utf8'))
  expect(roots).toContain('button')
  expect(roots).toContain('web-view')
})
