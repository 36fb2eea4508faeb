import { describe, expect, it } from 'vitest'
import { decodeSessionFrom } from '@sobot-contact/core'
import { tryCore } from '../src/tryCore'

describe('tryCore', () => {
  it("returns core's value", () => {
    expect(tryCore(() => decodeSessionFrom('sobot|Tom|||partnerid=42'))).toEqual({ value: { nickname: 'Tom', partnerId: '42' }, error: undefined })
  })

  it("returns core's coded error for a bad input", () => {
    const { value, error } = tryCore(() => decodeSessionFrom('hello'))
    expect(value).toBeUndefined()
    expect([error?.code, error?.issues.map((i) => i.code)]).toEqual(['NOT_SOBOT_SESSION_FROM', ['NOT_SOBOT_SESSION_FROM']])
  })

  it('throws what is not a SobotContactError (a bug, not a bad input)', () => {
    expect(() =>
      tryCore(() => {
        throw new TypeError('bug')
      }),
    ).toThrow(TypeError)
  })
})
