// Lean production builds: every error keeps code, path, severity and issues; the how-to-fix text is
// development-only, and production messages point at the error reference (docs/errors.md), which
// has one entry per code in English and Chinese.
import { readdirSync, readFileSync } from 'node:fs'
import { build } from 'esbuild'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { decodeSessionFrom, encodeSessionFrom, getContactButtonProps, SobotContactError, validateSessionFrom } from '../src/index'
import { decryptUnionId } from '../src/unionid'
import { buildMiniPageMessage, sendMiniPageCard } from '../src/agent'
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

describe('with NODE_ENV=production (read at call time here; bundlers replace it at build time)', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  const thrown = (f: () => unknown): SobotContactError => {
    try {
      f()
    } catch (e) {
      if (e instanceof SobotContactError) return e
      throw e
    }
    throw new Error('did not throw')
  }
  const reference = (code: string) => `${ERROR_REFERENCE_URL}#${code.toLowerCase()}`

  it('an error keeps code, path, severity and every issue; the message names the code and its entry', () => {
    const input = { partnerId: 'x'.repeat(101), nickname: 'a|b', transferAction: [{ actionType: 'to_bot', deciId: 'g', optionId: '4' }] }
    const dev = thrown(() => encodeSessionFrom(input as never))
    vi.stubEnv('NODE_ENV', 'production')
    const prod = thrown(() => encodeSessionFrom(input as never))
    expect(prod.code).toBe(dev.code)
    expect(prod.path).toBe(dev.path)
    expect(prod.issues.map(({ code, path, severity }) => ({ code, path, severity }))).toEqual(
      dev.issues.map(({ code, path, severity }) => ({ code, path, severity })),
    )
    expect(prod.issues.length).toBe(2)
    expect(prod.message).toBe(`[sobot-contact] transferAction[0].actionType: INVALID_TRANSFER_ACTION, see ${reference('INVALID_TRANSFER_ACTION')}`)
    expect(prod.issues[1]?.message).toBe(`[sobot-contact] partnerId: PARTNER_ID_TOO_LONG, see ${reference('PARTNER_ID_TOO_LONG')}`)
    expect(dev.message).toContain('must be to_group (技能组) or to_service (客服)')
  })

  it('warnings, the too-long breakdown, decoding, the card, UnionID and the agent side all switch', () => {
    vi.stubEnv('NODE_ENV', 'production')
    const warnings = validateSessionFrom({ nickname: 'a|b', params: { note: 'x'.repeat(1200) } })
    expect(warnings.map((w) => [w.code, w.severity, w.message])).toEqual([
      ['SEPARATOR_REPLACED', 'warning', `[sobot-contact] nickname: SEPARATOR_REPLACED, see ${reference('SEPARATOR_REPLACED')}`],
      ['SESSION_FROM_TOO_LONG', 'error', `[sobot-contact] SESSION_FROM_TOO_LONG, see ${reference('SESSION_FROM_TOO_LONG')}`],
    ])
    expect(thrown(() => decodeSessionFrom('nope')).message).toBe(`[sobot-contact] NOT_SOBOT_SESSION_FROM, see ${reference('NOT_SOBOT_SESSION_FROM')}`)
    expect(thrown(() => getContactButtonProps({ card: { path: 'https://x.cn' } })).message).toMatch(/^\[sobot-contact\] card\.path: INVALID_CARD, see /)
    expect(thrown(() => decryptUnionId('abc', 'short')).message).toMatch(/^\[sobot-contact\] channelKey: INVALID_CHANNEL_KEY, see /)
    const message = buildMiniPageMessage({ cid: 'c', uid: 'u', miniPage: { title: 't', pagepath: 'pages/a/index', thumbMediaId: 'm' } })
    expect(thrown(() => sendMiniPageCard(message, { targetOrigin: '*' })).message).toMatch(/^\[sobot-contact\] targetOrigin: INVALID_TARGET_ORIGIN, see /)
  })
})

describe('the built package under a bundler', () => {
  const bundle = async (mode: string) => {
    const result = await build({
      // The session-from codec, the contact button and its resolver, and the agent side (the web-link
      // and chat-page modules keep their texts in production for now).
      stdin: { contents: "export { encodeSessionFrom, decodeSessionFrom, validateSessionFrom, getContactButtonProps, createContactButtonResolver, shortenFreeText } from './dist/index.js'; export * from './dist/agent.js'", resolveDir: new URL('..', import.meta.url).pathname, loader: 'js' },
      bundle: true, minify: true, write: false, format: 'esm', target: 'es2017', platform: 'neutral', logLevel: 'silent',
      define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    })
    return result.outputFiles[0]!.text
  }
  // Samples from every file with messages: the how-to-fix texts of the main and agent entries.
  const texts = ['shorten it', 'ids cannot be escaped', 'use toGroup()/toAgent()', 'UTF-8 bytes (WeChat truncates the rest)', 'write it with JSON.stringify', 'not a URL', 'iframe docking', 'if you really mean any page']

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
