// uni's promisified APIs, declared here so the file type-checks under any consumer tsconfig.
declare const uni: {
  login(options: object): Promise<{ code: string }>
  request(options: { url: string; method: 'POST'; header: Record<string, string>; data: object }): Promise<{ statusCode: number; data: unknown }>
}

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
 * decrypts it to check). Built with `VITE_SOBOT_SERVER_URL=<your server>` it asks that server
 * (`POST /sobot/unionid`, see apps/server-demo) instead.
 */
export async function fetchEncryptedUnionId(): Promise<string> {
  // With VITE_SOBOT_SERVER_URL set at build time (e.g. apps/server-demo): uni.login() → code → POST /sobot/unionid.
  const server = (import.meta as { env?: { VITE_SOBOT_SERVER_URL?: string } }).env?.VITE_SOBOT_SERVER_URL
  if (server) {
    const { code } = await uni.login({})
    const res = await uni.request({ url: `${server}/sobot/unionid`, method: 'POST', header: { 'content-type': 'application/json' }, data: { code } })
    const body = res.data as { unionId?: string; code?: string; message?: string }
    if (res.statusCode !== 200 || !body.unionId) throw new Error(`${body.code || res.statusCode}: ${body.message || 'no unionId'}`)
    return body.unionId
  }
  return 'Cr/IRHKtbK5fSXVDt0DtnK5IRzGGs6sizUYXpyu4ssU='
}
