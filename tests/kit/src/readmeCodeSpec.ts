// The README checks every package runs, defined once: each fence names its language, every
// ts/tsx/js block compiles on its own (strict, against the package's built types), and the Chinese
// README shows the same code as the English one, comments aside.
import { describe, expect, it } from 'vitest'
import { codeWithoutComments, isExcerpt, readReadmeBlocks, typeCheckReadmeBlocks, untaggedBlocks, type ReadmeBlock, type ReadmeCheckOptions } from './readmeCode'

/** What {@link readmeCodeSpec} expects of a package's READMEs. */
export interface ReadmeCodeExpectations extends ReadmeCheckOptions {
  /** The language of the README's main examples (`ts`, `tsx`). */
  lang: string
  /** At least this many blocks of `lang` in README.md: a README that lost its examples fails. */
  atLeast: number
  /** How many blocks of README.md are excerpts (not compiled, see `isExcerpt`); the Chinese README has as many. Default 0. */
  excerpts?: number
}

/**
 * Registers the README checks of the package in `packageDir` (README.md and README.zh-CN.md).
 * Returns both READMEs' blocks for checks of the package's own.
 *
 * @example
 * readmeCodeSpec('taro-react', dir, { lang: 'tsx', atLeast: 5, excerpts: 1, types: ['@types/node', '@tarojs/taro'] })
 */
export function readmeCodeSpec(name: string, packageDir: string, expected: ReadmeCodeExpectations): { en: ReadmeBlock[]; zh: ReadmeBlock[] } {
  const en = readReadmeBlocks(packageDir, 'README.md')
  const zh = readReadmeBlocks(packageDir, 'README.zh-CN.md')
  describe(`${name}'s README code`, () => {
    it('names the language of every block (ts/tsx/js are type-checked, the others say what they are)', () => {
      expect(untaggedBlocks([...en, ...zh])).toEqual([])
    })

    it(`marks exactly ${expected.excerpts ?? 0} block(s) as an excerpt, in both languages`, () => {
      expect(en.filter(isExcerpt).length).toBe(expected.excerpts ?? 0)
      expect(zh.filter(isExcerpt).length).toBe(expected.excerpts ?? 0)
    })

    it('type-checks every ts/tsx/js block on its own (strict, against the built types)', () => {
      expect(en.filter((b) => b.lang === expected.lang).length).toBeGreaterThanOrEqual(expected.atLeast)
      expect(typeCheckReadmeBlocks(packageDir, [...en, ...zh], expected)).toEqual([])
    })

    it('shows the same code in Chinese as in English, comments aside', () => {
      expect(zh.map((b) => [b.lang, codeWithoutComments(b)])).toEqual(en.map((b) => [b.lang, codeWithoutComments(b)]))
    })
  })
  return { en, zh }
}
