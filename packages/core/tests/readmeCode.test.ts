// The README's code compiles as a user would paste it (tsc --strict against the built types), in
// English and in Chinese, and both show the same code. The helpers come from the shared test kit by
// path: the kit depends on core, so core cannot list it as a dependency without a cycle.
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { codeWithoutComments, isExcerpt, readReadmeBlocks, typeCheckReadmeBlocks, untaggedBlocks, type ReadmeBlock } from '../../../tests/kit/src/readmeCode'
import { readmeCodeSpec } from '../../../tests/kit/src/readmeCodeSpec'

const dir = fileURLToPath(new URL('..', import.meta.url))

readmeCodeSpec('core', dir, { lang: 'ts', atLeast: 11 })

describe('the README checker itself', () => {
  const block = (number: number, code: string, lang = 'ts'): ReadmeBlock => ({ readme: 'README.md', number, line: 10 * number, lang, code })
  // One program for all the cases, as for the README.
  const problems = typeCheckReadmeBlocks(dir, [
    block(1, 'const x = 1\n\nsendToAnalytics(x)\n'),
    block(2, "import { toGroup, noSuchExport } from '@sobot-contact/core'\ntoGroup('g-1', { overflowWhen: 'offline' })\n"),
    block(3, 'const a = 1\n'),
    block(4, 'const a = 2\n'),
    block(5, 'pnpm add nothing --at all\n', 'sh'),
    block(6, '// config/index.ts (excerpt)\nmini: { webpackChain(chain) {} },\n'),
  ])

  it('names the README, block and line of a name the block never declares', () => {
    expect(problems[0]).toBe("README.md block 1 (line 12): TS2304 Cannot find name 'sendToAnalytics'.")
  })

  it("resolves @sobot-contact/core to the package's built types", () => {
    expect(problems[1]).toBe('README.md block 2 (line 20): TS2305 Module \'"@sobot-contact/core"\' has no exported member \'noSuchExport\'.')
    // 'offline' is an agent's overflow condition, not a skill group's: only the real types know that.
    expect(problems[2]).toMatch(/^README\.md block 2 \(line 21\): TS2322 Type '"offline"' is not assignable to type 'GroupOverflowCondition/)
  })

  it('checks each block as its own module and skips blocks tagged as another language, and excerpts', () => {
    expect(problems).toHaveLength(3)
  })

  it('knows an excerpt by its first line only, in either language', () => {
    expect(isExcerpt(block(1, '// config/index.ts (excerpt)\nmini: {}\n'))).toBe(true)
    expect(isExcerpt(block(1, '// config/index.ts（节选）\nmini: {}\n'))).toBe(true)
    expect(isExcerpt(block(1, '<!-- pages.json (excerpt) -->\n{}\n', 'vue'))).toBe(true)
    expect(isExcerpt(block(1, 'const a = 1\n// (excerpt)\n'))).toBe(false)
    expect(isExcerpt(block(1, '// an excerpt of nothing\nconst a = 1\n'))).toBe(false)
  })

  it("refuses imports a user's project would not have: a relative file, a devDependency", () => {
    const imports = block(1, "import { describe } from 'vitest'\nimport { helper } from './helper'\nimport { readFileSync } from 'node:fs'\nimport { toGroup } from '@sobot-contact/core'\nexport { describe, helper, readFileSync, toGroup }\n")
    const found = typeCheckReadmeBlocks(dir, [imports]).filter((p) => p.includes('which a user'))
    expect(found.map((p) => p.slice(0, p.indexOf(',')))).toEqual(["README.md block 1 (line 10): imports 'vitest'", "README.md block 1 (line 11): imports './helper'"])
  })

  it("leaves Node's types out for a framework whose template has none (uni-app)", () => {
    const usesNode = block(1, 'export const mode = process.env.NODE_ENV\n')
    expect(typeCheckReadmeBlocks(dir, [usesNode])).toEqual([])
    expect(typeCheckReadmeBlocks(dir, [usesNode], { types: [] })[0]).toMatch(/^README\.md block 1 \(line 10\): TS25(80|91) Cannot find name 'process'/)
  })

  it("adds the framework template's own declarations when asked (uni's *.vue shim)", () => {
    const importVue = block(1, "import Button from '@sobot-contact/core/button.vue'\nexport default Button\n")
    expect(typeCheckReadmeBlocks(dir, [importVue])).toEqual([
      "README.md block 1 (line 10): TS2307 Cannot find module '@sobot-contact/core/button.vue' or its corresponding type declarations.",
    ])
    expect(typeCheckReadmeBlocks(dir, [importVue], { ambient: "declare module '*.vue' { const c: unknown; export default c }\n" })).toEqual([])
  })

  it("adds a framework's global types when asked (Taro's defineAppConfig)", () => {
    const appConfig = block(1, "export default defineAppConfig({ pages: ['pages/index/index'] })\n", 'ts')
    expect(typeCheckReadmeBlocks(dir, [appConfig])).toEqual(["README.md block 1 (line 10): TS2304 Cannot find name 'defineAppConfig'."])
    expect(typeCheckReadmeBlocks(fileURLToPath(new URL('../../taro-react', import.meta.url)), [appConfig], { types: ['@tarojs/taro'] })).toEqual([])
  })

  it('reports a fence without a language, or with one it neither checks nor shows', () => {
    expect(untaggedBlocks([block(7, 'sobot||||\n', '')])).toEqual(['README.md block 7 (line 70): the fence names no language'])
    expect(untaggedBlocks([block(8, 'const a: number = 1\n', 'typescript')])[0]).toMatch(/^README\.md block 8 \(line 80\): "typescript" is neither checked/)
    expect(untaggedBlocks([block(9, '{}\n', 'jsonc'), block(10, 'ls\n', 'sh')])).toEqual([])
  })

  it('reads fences as CommonMark does: indented in a list item, ~~~, longer fences', () => {
    const dirWith = mkdtempSync(join(tmpdir(), 'readme-fences-'))
    try {
      const md = ['- step', '   ```ts', '   const a = 1', '     const b = 2', '   ```', '~~~sh', 'ls', '~~~', '````ts', '```', 'not a close', '````', '']
      writeFileSync(join(dirWith, 'README.md'), md.join('\n'))
      const blocks = readReadmeBlocks(dirWith, 'README.md')
      expect(blocks.map((b) => [b.lang, b.line, b.code])).toEqual([
        ['ts', 3, 'const a = 1\n  const b = 2\n'],
        ['sh', 7, 'ls\n'],
        ['ts', 10, '```\nnot a close\n'],
      ])
    } finally {
      rmSync(dirWith, { recursive: true, force: true })
    }
  })

  it("strips comments but not a '//' inside a string", () => {
    expect(codeWithoutComments(block(1, "const u = 'https://a.example/x' // a URL\n/* note */ u\n\n"))).toBe("const u = 'https://a.example/x'\n u")
    expect(codeWithoutComments(block(1, 'pnpm add x   # or npm i\n', 'sh'))).toBe('pnpm add x')
  })
})
