/**
 * STAND-IN FOR YOUR SERVER — not code to ship as is.
 *
 * With "UnionID Encryption" on in Sobot's channel settings, `unionid` must carry the UnionID
 * encrypted with the channel key (AES/ECB/PKCS5, Base64). The key must never be inside the
 * mini-program (anyone can unpack it), so a real app asks its own backend: `wx.login` → code →
 * your server resolves the UnionID and returns
 * `encryptUnionId(unionId, process.env.SOBOT_CHANNEL_KEY)` from `@sobot-contact/core/unionid`.
 *
 * This demo has no server, so the function answers what such a server would have answered for the
 * demo UnionID `oDemoUnionId-0001-uni` with the demo key `sobot-demo-key16` (the integration test
 * decrypts it to check). Replace it with `uni.request` to your backend.
 */
export function fetchEncryptedUnionId(): Promise<string> {
  return Promise.resolve('Cr/IRHKtbK5fSXVDt0DtnK5IRzGGs6sizUYXpyu4ssU=')
}
