import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ERROR_CODES, ERROR_REFERENCE } from '../src/errorReference'
import type { InlineText } from '../src/parseErrorReference'

// The unions as the packages declare them, read from their source (a type has no runtime value to list).
function unionCodes(file: string, name: string): string[] {
  const src = readFileSync(new URL(`../../../packages/${file}`, import.meta.url), 'utf8')
  const union = new RegExp(`export type ${name} =([\\s\\S]*?)(?:\\n\\n|$)`).exec(src)?.[1] || ''
  return Array.from(union.matchAll(/\|\s*'([A-Z_]+)'/g), (m) => m[1] as string)
}

const plain = (text: InlineText) => text.map((p) => (typeof p === 'string' ? p : p.code)).join('')

// The entries come from docs/errors.md and docs/errors.zh-CN.md (the parser's own checks are in parseErrorReference.test.ts).
describe('error reference (read from docs/errors*.md)', () => {
  it("has exactly one entry per code: core's SobotContactErrorCode in its order, then APICloud's own codes", () => {
    const core = unionCodes('core/src/errors.ts', 'SobotContactErrorCode')
    const apicloud = unionCodes('apicloud/src/errors.ts', 'SobotApiCloudErrorCode')
    expect(core.length).toBeGreaterThan(15)
    expect(apicloud.length).toBeGreaterThan(0)
    expect(ERROR_CODES).toEqual(core.concat(apicloud))
  })

  it('every entry says where it comes from, what it means and how to fix it, in Chinese and English', () => {
    for (const e of ERROR_REFERENCE) {
      for (const lang of ['zh', 'en'] as const) {
        expect(plain(e.where[lang]), `${e.code} ${lang}`).toMatch(/^path\b/)
        for (const text of [e.meaning[lang], e.fix[lang]]) expect(plain(text).length, `${e.code} ${lang}`).toBeGreaterThan(15)
      }
      expect(plain(e.meaning.zh), e.code).toMatch(/[\u4e00-\u9fff]/)
      expect(plain(e.fix.zh), e.code).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('warnings are the codes core reports as warnings', () => {
    expect(ERROR_REFERENCE.filter((e) => e.severity === 'warning').map((e) => e.code).sort()).toEqual(['FIELD_NOT_MAPPED', 'KF_FIELD_DROPPED', 'KF_LINK_WITHOUT_SCENE', 'KF_SCENE_PARAM_SHORTENED', 'SEPARATOR_REPLACED', 'SESSION_FROM_SHORTENED', 'WEB_LINK_FIELD_DROPPED'])
  })

  it('keeps the docs’ inline code as code (the page renders it as <code>)', () => {
    const card = ERROR_REFERENCE.find((e) => e.code === 'INVALID_CARD')!
    expect(card.fix.en).toContainEqual({ code: 'pages/product/index?id=42' })
    expect(card.fix.zh).toContainEqual({ code: 'pages/product/index?id=42' })
    expect(plain(card.where.en)).toBe('path card, card.title, card.path or card.imageUrl · from validateContactCard, getContactButtonProps, the buttons')
  })
})
