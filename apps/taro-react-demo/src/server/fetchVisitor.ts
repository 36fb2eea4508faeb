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

/** What the (stand-in) server answers: the visitor, their UnionID already encrypted. */
export interface ServerVisitor {
  nickname: string
  partnerId: string
  /** Base64 ciphertext of the user's UnionID, made on the server with the channel key. */
  unionId: string
}

/** Stands in for `Taro.request({ url: 'https://your.server/api/sobot/visitor' })`. */
export function fetchVisitor(): Promise<ServerVisitor> {
  return Promise.resolve({
    nickname: 'Tom 汤姆',
    partnerId: 'user-42',
    unionId: 'nSsMQeSZX7W2eYyXNoHsHozsTfYWSQhCpw93N9D0vKw=',
  })
}
