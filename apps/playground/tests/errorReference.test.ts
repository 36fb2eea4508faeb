import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ERROR_CODES, ERROR_REFERENCE } from '../src/errorReference'

// The union as core declares it, read from its source (a type has no runtime value to list).
const coreUnion = () => {
  const src = readFileSync(new URL('../../../packages/core/src/errors.ts', import.meta.url), 'utf8')
  const union = /export type SobotContactErrorCode =([\s\S]*?)\n\n/.exec(src)?.[1] || ''
  return Array.from(union.matchAll(/\|\s*'([A-Z_]+)'/g), (m) => m[1])
}

describe('error reference', () => {
  it("has exactly one entry per code of core's SobotContactErrorCode, in its order", () => {
    const codes = coreUnion()
    expect(codes.length).toBeGreaterThan(20)
    expect(ERROR_CODES).toEqual(codes)
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
    expect(ERROR_CODES.filter((c) => ERROR_REFERENCE[c].severity === 'warning').sort()).toEqual(['FIELD_NOT_MAPPED', 'SEPARATOR_REPLACED', 'SESSION_FROM_SHORTENED'])
  })
})
