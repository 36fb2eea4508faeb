import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ERROR_CODES, ERROR_REFERENCE } from '../src/errorReference'

// The unions as the packages declare them, read from their source (a type has no runtime value to list).
function unionCodes(file: string, name: string): string[] {
  const src = readFileSync(new URL(`../../../packages/${file}`, import.meta.url), 'utf8')
  const union = new RegExp(`export type ${name} =([\\s\\S]*?)(?:\\n\\n|$)`).exec(src)?.[1] || ''
  return Array.from(union.matchAll(/\|\s*'([A-Z_]+)'/g), (m) => m[1] as string)
}

describe('error reference', () => {
  it("has exactly one entry per code: core's SobotContactErrorCode in its order, then APICloud's own codes", () => {
    const core = unionCodes('core/src/errors.ts', 'SobotContactErrorCode')
    const apicloud = unionCodes('apicloud/src/errors.ts', 'SobotApiCloudErrorCode')
    expect(core.length).toBeGreaterThan(15)
    expect(apicloud.length).toBeGreaterThan(0)
    expect(ERROR_CODES).toEqual(core.concat(apicloud))
  })

  it('every entry says what it means and how to fix it, in Chinese and English', () => {
    for (const code of ERROR_CODES) {
      const e = ERROR_REFERENCE[code]
      for (const text of [e.meaning.zh, e.meaning.en, e.fix.zh, e.fix.en]) expect(text.length, code).toBeGreaterThan(5)
      expect(e.meaning.zh, code).toMatch(/[\u4e00-\u9fff]/)
      expect(e.source, code).toMatch(/^@sobot-contact\//)
    }
  })

  it('warnings are the codes core reports as warnings', () => {
    expect(ERROR_CODES.filter((c) => ERROR_REFERENCE[c].severity === 'warning').sort()).toEqual(['FIELD_NOT_MAPPED', 'SEPARATOR_REPLACED', 'SESSION_FROM_SHORTENED', 'WEB_LINK_FIELD_DROPPED'])
  })
})
