// The Vue 2 fixture with the npm package (packed tarballs of core and uni-vue, npm-installed),
// built with uni-app's Vue 2 CLI for mp-weixin and run in miniprogram-simulate.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { vue2Fixture, vue2PagesSpec } from './vue2Suite'

vue2PagesSpec('npm')

it('installed @sobot-contact/uni-vue from its tarball, with the Vue 2 components in it', () => {
  const { project } = vue2Fixture('npm')
  expect(existsSync(join(project, 'node_modules/@sobot-contact/uni-vue/vue2/components/sobot-contact-button/sobot-contact-button.vue'))).toBe(true)
  expect(existsSync(join(project, 'node_modules/@sobot-contact/core/package.json'))).toBe(true)
})
