// ─────────────────────────────────────────────────────────────────────────────────────────────
// STAND-IN FOR YOUR BACKEND. Nothing in this file would ship in a real mini-program: it plays the
// part of your server's HTTP endpoint (e.g. GET /api/sobot/visitor, called with Taro.request).
//
// With "UnionID 加密" on in Sobot's channel settings, the `unionid` segment must carry the UnionID
// encrypted with the channel key (AES/ECB/PKCS5, Base64). Do that on the server:
//
//   import { encryptUnionId } from '@sobot-contact/core/unionid'
//   const unionId = encryptUnionId(session.unionid, process.env.SOBOT_CHANNEL_KEY)   // Node server
//
// The channel key never goes into the mini-program: anything in its bundle can be read by anyone
// who downloads it. The ciphertext below is what such a server returns for the demo UnionID.
// ─────────────────────────────────────────────────────────────────────────────────────────────
import Taro from '@tarojs/taro'

/** Replaced at build time by config/index.ts `defineConstants` (env `SOBOT_SERVER_URL`); `''` when unset. */
declare const SOBOT_SERVER_URL: string

/** What the (stand-in) server answers: the visitor, their UnionID already encrypted. */
export interface ServerVisitor {
  nickname: string
  partnerId: string
  /** Base64 ciphertext of the user's UnionID, made on the server with the channel key. */
  unionId: string
}

/**
 * With `SOBOT_SERVER_URL` set at build time (e.g. apps/server-demo), asks it: `Taro.login()` → code →
 * `POST /sobot/unionid` → the ciphertext. Without, the stand-in answers (offline builds and tests).
 */
export async function fetchVisitor(): Promise<ServerVisitor> {
  const visitor = { nickname: 'Tom 汤姆', partnerId: 'user-42' }
  if (SOBOT_SERVER_URL) {
    const { code } = await Taro.login()
    const res = await Taro.request<{ unionId?: string; code?: string; message?: string }>({
      url: `${SOBOT_SERVER_URL}/sobot/unionid`,
      method: 'POST',
      header: { 'content-type': 'application/json' },
      data: { code },
    })
    if (res.statusCode !== 200 || !res.data.unionId) throw new Error(`${res.data.code || res.statusCode}: ${res.data.message || 'no unionId'}`)
    return { ...visitor, unionId: res.data.unionId }
  }
  return { ...visitor, unionId: 'nSsMQeSZX7W2eYyXNoHsHozsTfYWSQhCpw93N9D0vKw=' }
}
