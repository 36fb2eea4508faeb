import { encryptUnionId } from '@sobot-contact/core/unionid'
import { fail } from './errors'
import type { WeChatClient } from './createWeChatClient'

/** The longest `wx.login` code accepted before asking WeChat (real codes are 32 characters). */
const MAX_CODE_LENGTH = 128

/**
 * The UnionID flow behind `POST /sobot/unionid`: the mini-program's `wx.login` code →
 * `jscode2session` → the user's UnionID → encrypted with the Sobot channel key (core's
 * `encryptUnionId`: AES/ECB/PKCS5Padding, Base64). The plaintext UnionID never leaves this function.
 *
 * @param wechat - The WeChat client.
 * @param code - The code from `wx.login()` (works once, for 5 minutes).
 * @param channelKey - Sobot's channel key (渠道密钥): 16, 24 or 32 UTF-8 bytes.
 * @returns The ciphertext for `encodeSessionFrom({ unionId })`.
 * @throws SobotServerError `MISSING_CODE`, `INVALID_CODE`, `CODE_USED`, `RATE_LIMITED`,
 *   `NO_UNIONID` (mini-program not bound to an Open Platform account) or WeChat's other errors.
 * @example
 * const unionId = await exchangeUnionId(wechat, body.code, process.env.SOBOT_CHANNEL_KEY!)
 */
export async function exchangeUnionId(wechat: WeChatClient, code: unknown, channelKey: string): Promise<string> {
  if (typeof code !== 'string' || !code.trim()) fail('MISSING_CODE', 'code', 'send {"code": "<the code from wx.login()>"}')
  if (code.length > MAX_CODE_LENGTH || /[^A-Za-z0-9_\-.~]/.test(code)) {
    fail('INVALID_CODE', 'code', 'is not a wx.login code: send the code wx.login() returned, unchanged')
  }
  const session = await wechat.code2Session(code)
  if (!session.unionId) {
    fail('NO_UNIONID', 'unionid', 'WeChat returned no UnionID for this user: bind the mini-program to a WeChat Open Platform account (微信开放平台 → 绑定小程序)')
  }
  return encryptUnionId(session.unionId, channelKey)
}
