// The README's code compiles as a user would paste it (tsc --strict against the built types, with
// node-redis as the user would install it), in English and in Chinese, and both show the same code.
// The checker itself is tested in core (packages/core/tests/readmeCode.test.ts).
import { fileURLToPath } from 'node:url'
import { codeWithoutComments, readReadmeBlocks, typeCheckReadmeBlocks, untaggedBlocks } from 'sobot-contact-test-kit/readme-code'
import { describe, expect, it } from 'vitest'

const dir = fileURLToPath(new URL('..', import.meta.url))
const en = readReadmeBlocks(dir, 'README.md')
const zh = readReadmeBlocks(dir, 'README.zh-CN.md')

describe("server's README code", () => {
  it('names the language of every block (ts/js are type-checked, the others say what they are)', () => {
    expect(untaggedBlocks([...en, ...zh])).toEqual([])
  })

  it('type-checks every ts block on its own (strict, against the built types)', () => {
    expect(en.filter((b) => b.lang === 'ts').length).toBeGreaterThanOrEqual(2)
    expect(typeCheckReadmeBlocks(dir, [...en, ...zh])).toEqual([])
  })

  it('shows the same code in Chinese as in English, comments aside', () => {
    expect(zh.map((b) => [b.lang, codeWithoutComments(b)])).toEqual(en.map((b) => [b.lang, codeWithoutComments(b)]))
  })
})
