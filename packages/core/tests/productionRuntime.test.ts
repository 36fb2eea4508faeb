// Lean production builds at run time: every error keeps its code, path, severity and issues in
// production, and its message names the code and its entry in the error reference instead of the
// how-to-fix text (docs/errors.md; the bundle side is tests/productionMessages.test.ts).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { decodeSessionFrom, encodeSessionFrom, getContactButtonProps, SobotContactError, validateSessionFrom } from '../src/index'
import { decryptUnionId } from '../src/unionid'
import { buildMiniPageMessage, sendMiniPageCard } from '../src/agent'
import { ERROR_REFERENCE_URL } from '../src/errors'

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

  it('links to the English error reference on the default branch, one anchor per code', () => {
    vi.stubEnv('NODE_ENV', 'production')
    expect(validateSessionFrom({ partnerId: 'x'.repeat(101) })[0]?.message).toBe(
      '[sobot-contact] partnerId: PARTNER_ID_TOO_LONG, see https://github.com/sobot-contact/sobot-contact/blob/main/docs/errors.md#partner_id_too_long',
    )
  })

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
      ['SESSION_FROM_TOO_LONG', 'error', `[sobot-contact] params: SESSION_FROM_TOO_LONG, see ${reference('SESSION_FROM_TOO_LONG')}`],
    ])
    expect(thrown(() => decodeSessionFrom('nope')).message).toBe(`[sobot-contact] NOT_SOBOT_SESSION_FROM, see ${reference('NOT_SOBOT_SESSION_FROM')}`)
    expect(thrown(() => getContactButtonProps({ card: { path: 'https://x.cn' } })).message).toMatch(/^\[sobot-contact\] card\.path: INVALID_CARD, see /)
    expect(thrown(() => decryptUnionId('abc', 'short')).message).toMatch(/^\[sobot-contact\] channelKey: INVALID_CHANNEL_KEY, see /)
    const message = buildMiniPageMessage({ cid: 'c', uid: 'u', miniPage: { title: 't', pagepath: 'pages/a/index', thumbMediaId: 'm' } })
    expect(thrown(() => sendMiniPageCard(message, { targetOrigin: '*' })).message).toMatch(/^\[sobot-contact\] targetOrigin: INVALID_TARGET_ORIGIN, see /)
  })
})
