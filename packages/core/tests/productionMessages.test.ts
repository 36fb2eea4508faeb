// Lean production builds: the how-to-fix text is development-only, and production messages point
// at the error reference (docs/errors.md), which has one entry per code in English and Chinese.
// This file reads source and docs (left out of mutation runs, which rewrite source in place); what
// errors carry at run time in production is tests/productionRuntime.test.ts.
import { readdirSync, readFileSync } from 'node:fs'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { ERROR_REFERENCE_URL } from '../src/errors'

const repo = new URL('../../../', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, repo), 'utf8')

/**
 * Every code in a `…ErrorCode` union type of the packages whose messages go through core's
 * issue()/createError (core and the adapters); @sobot-contact/server answers HTTP requests with its
 * own codes, documented in its README.
 */
function declaredCodes(): string[] {
  const codes = new Set<string>()
  for (const pkg of readdirSync(new URL('packages/', repo)).filter((name) => name !== 'server')) {
    let files: string[]
    try {
      files = readdirSync(new URL(`packages/${pkg}/src/`, repo)).filter((f) => /\.tsx?$/.test(f))
    } catch {
      continue
    }
    for (const file of files) {
      const source = read(`packages/${pkg}/src/${file}`)
      for (const union of source.matchAll(/export type \w*ErrorCode\s*=([^;]*?)(?:\n\n|\n\/\*\*|$)/g)) {
        for (const literal of (union[1] as string).matchAll(/'([A-Z][A-Z_]+)'/g)) codes.add(literal[1] as string)
      }
    }
  }
  return [...codes]
}

const headings = (doc: string) => [...doc.matchAll(/^## ([A-Z][A-Z_]+)$/gm)].map((m) => m[1] as string)

describe('the error reference (docs/errors.md, docs/errors.zh-CN.md)', () => {
  const codes = declaredCodes()

  it('finds the codes of SobotContactErrorCode', () => {
    expect(codes).toEqual(expect.arrayContaining(['SESSION_FROM_TOO_LONG', 'PARTNER_ID_TOO_LONG', 'INVALID_TARGET_ORIGIN', 'DECRYPT_FAILED']))
  })

  it.each(['docs/errors.md', 'docs/errors.zh-CN.md'])('%s has exactly one entry per code', (doc) => {
    const found = headings(read(doc))
    expect([...found].sort()).toEqual([...codes].sort())
    expect(new Set(found).size).toBe(found.length)
  })

  it('both languages list the codes in the same order and link to each other', () => {
    expect(headings(read('docs/errors.zh-CN.md'))).toEqual(headings(read('docs/errors.md')))
    expect(read('docs/errors.md').split('\n').slice(0, 3).join('\n')).toContain('(./errors.zh-CN.md)')
    expect(read('docs/errors.zh-CN.md').split('\n').slice(0, 3).join('\n')).toContain('(./errors.md)')
  })

  it('production messages link to the English reference on the default branch', () => {
    expect(ERROR_REFERENCE_URL).toBe('https://github.com/sobot-contact/sobot-contact/blob/main/docs/errors.md')
  })
})

describe('the built package under a bundler', () => {
  const bundle = async (mode: string) => {
    const result = await build({
      // The session-from codec, the contact button and its resolver, the web link and the chat page's
      // guard, the 微信客服 link and its reader, and the agent side.
      stdin: { contents: "export { encodeSessionFrom, decodeSessionFrom, validateSessionFrom, getContactButtonProps, createContactButtonResolver, shortenFreeText, buildSobotWebLink, parseSobotWebLink, checkWebViewUrl, resolveChatPageUrl, resolveContactChannel, buildKfLink, parseKfLink, measureKfSceneParam } from './dist/index.js'; export * from './dist/agent.js'", resolveDir: new URL('..', import.meta.url).pathname, loader: 'js' },
      bundle: true, minify: true, write: false, format: 'esm', target: 'es2017', platform: 'neutral', logLevel: 'silent',
      define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    })
    return result.outputFiles[0]!.text
  }
  // Samples from every file with messages: the how-to-fix texts of the main and agent entries.
  const texts = ['shorten it', 'ids cannot be escaped', 'use toGroup()/toAgent()', 'UTF-8 bytes (WeChat truncates the rest)', 'write it with JSON.stringify', 'not a URL', 'iframe docking', 'if you really mean any page', 'give an https:// URL', 'is neither Sobot', 'is not valid percent-encoding', 'has no equivalent on Sobot', 'must be a bare host name', 'nothing was loaded', 'set chatPage to its path', 'is not WeCom', 'at most 96 fit', 'visitor parameter and is not sent there', 'does not carry scene_param', 'has no enc_scene', 'is not Base64 of UTF-8', 'must be "1", "0" or a boolean', 'to fit ']

  it('production drops the how-to-fix texts and references no `process` left unreplaced', async () => {
    const prod = await bundle('production')
    expect(texts.filter((t) => prod.includes(t))).toEqual([])
    expect(prod).not.toMatch(/\bprocess\b/)
    expect(prod).toContain(ERROR_REFERENCE_URL)
  })

  it('development keeps them', async () => {
    const dev = await bundle('development')
    expect(texts.filter((t) => !dev.includes(t))).toEqual([])
  })
})
