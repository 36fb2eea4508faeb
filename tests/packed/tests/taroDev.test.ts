import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, inject, test } from 'vitest'
import { DEV_OUT } from './devBuilds'
import { devChecks } from './devChecks'
import { templateRoots } from './taroTemplates'

// The fresh Taro app's dev build, as `pnpm dev:weapp` runs it: watch mode, development, Taro 4's
// default prebundle (which prebundles a dependency it can: then Taro never sees that dependency's
// `@tarojs/components` imports and leaves their templates out of base.wxml).
devChecks('taro', { command: 'taro build --type weapp --watch', miniProgram: {}, chatPage: 'pages/sobot-chat/index' })

const { dirs, devBuilds, packed } = inject('packed')

test('the dev build\'s base.wxml has the <button> and <web-view> templates, @sobot-contact/taro-react not being prebundled', () => {
  const roots = templateRoots(readFileSync(join(dirs.taro, DEV_OUT.taro, 'base.wxml'), 'utf8'))
  expect(roots).toContain('view')
  expect(roots).toContain('button')
  expect(roots).toContain('web-view')
  expect(devBuilds.taro.log).toContain('Prebundle dependencies') // the prebundle ran…
  expect(devBuilds.taro.log).not.toMatch(/^\s*@sobot-contact\/taro-react\s*$/m) // …and left the package out
})

// Taro's prebundle scanner resolves with both `require` and `import` active and takes the first
// match; it prebundles only a file named .js/.mjs/.jsx/.ts…, never .cjs. Webpack's own import
// resolution has no `require` condition and still gets the ES module.
test('the packed taro-react lists `require` before `import`, so the prebundle scanner lands on its .cjs file', () => {
  const manifest = packed.find((p) => p.name === '@sobot-contact/taro-react')?.manifest as { exports: Record<string, Record<string, unknown>> }
  expect(Object.keys(manifest.exports['.'] as object)).toEqual(['require', 'import'])
  expect((manifest.exports['.']?.require as { default: string }).default).toMatch(/\.cjs$/)
})
