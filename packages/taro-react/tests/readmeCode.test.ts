// The README's code compiles as a user would paste it into a Taro React app (tsc --strict against the
// built types and Taro's global ones), in English and in Chinese, and both show the same code. The
// checker itself is tested in core (packages/core/tests/readmeCode.test.ts).
import { fileURLToPath } from 'node:url'
import { isExcerpt } from 'sobot-contact-test-kit/readme-code'
import { readmeCodeSpec } from 'sobot-contact-test-kit/readme-code-spec'
import { expect, it } from 'vitest'

// Taro's template references @tarojs/taro in types/global.d.ts (defineAppConfig comes from there).
const { en, zh } = readmeCodeSpec('taro-react', fileURLToPath(new URL('..', import.meta.url)), { lang: 'tsx', atLeast: 5, excerpts: 1, types: ['@types/node', '@tarojs/taro'] })

it('the excerpt is the config lines to add to config/index.ts', () => {
  const excerpts = (blocks: typeof en) => blocks.filter(isExcerpt).map((b) => b.code.includes('webpackChain(chain)'))
  expect(excerpts(en)).toEqual([true])
  expect(excerpts(zh)).toEqual([true])
})
