// Nothing the server returns or logs contains the AppSecret, the channel key, an access token, a
// session_key or a plaintext UnionID — checked over successes and every kind of failure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_SECRET, ask, CHANNEL_KEY, startRig, startServer, thumb, unionid, UNION_ID, type Answer, type Rig, type Server_ } from './helpers'

let rig: Rig
let server: Server_
const answers: Answer[] = []
beforeAll(async () => {
  rig = await startRig()
  server = await startServer(rig, { timeoutMs: 3000 })
})
afterAll(async () => {
  await server.close()
  await rig.close()
})

describe('secrets never leave the server', () => {
  it('a run of successes and failures', async () => {
    const img = (p: string) => `${rig.images.url}${p}`
    for (let i = 0; i < 3; i++) rig.wechat.addCode(`c-${i}`, { openid: `o-${i}`, unionid: UNION_ID })
    answers.push(await unionid(server, { code: 'c-0' }))
    answers.push(await unionid(server, { code: 'c-0' })) // used
    answers.push(await unionid(server, { code: 'code-nounion' }))
    answers.push(await unionid(server, 'not json'))
    answers.push(await thumb(server, img('/covers/a.png')))
    answers.push(await thumb(server, img('/page.html')))
    answers.push(await thumb(server, 'http://evil.test/x.png'))
    rig.wechat.revokeToken()
    answers.push(await thumb(server, img('/covers/b.png'))) // 40001 → refresh → retry
    rig.wechat.script('media/upload', { errcode: 40001 }, { errcode: 40001 })
    answers.push(await thumb(server, img('/covers/c.png'))) // TOKEN_INVALID
    rig.wechat.script('jscode2session', { errcode: 40125 })
    answers.push(await unionid(server, { code: 'c-1' })) // INVALID_CREDENTIALS
    rig.wechat.script('jscode2session', { delayMs: 6000 })
    answers.push(await unionid(server, { code: 'c-2' })) // timeout
    rig.wechat.setDown(true)
    rig.wechat.expireToken()
    answers.push(await thumb(server, img('/covers/d.png')))
    rig.wechat.setDown(false)
    answers.push(await ask(`${server.url}/sobot/nowhere`))

    const codes = answers.map((a) => a.body.code ?? 'ok')
    expect(codes).toEqual([
      'ok',
      'CODE_USED',
      'NO_UNIONID',
      'INVALID_JSON_BODY',
      'ok',
      'NOT_AN_IMAGE',
      'HOST_NOT_ALLOWED',
      'ok',
      'TOKEN_INVALID',
      'INVALID_CREDENTIALS',
      'WECHAT_UNAVAILABLE',
      'WECHAT_UNAVAILABLE',
      'NOT_FOUND',
    ])

    const secrets = [APP_SECRET, CHANNEL_KEY, UNION_ID, ...rig.wechat.tokensIssued]
    expect(rig.wechat.tokensIssued.length).toBe(2) // issued, then revoked and reissued
    const responses = answers.map((a) => a.text + JSON.stringify(a.headers))
    const logs = server.logger.lines
    expect(logs.length).toBeGreaterThan(10)
    for (const secret of secrets) {
      for (const text of [...responses, ...logs]) expect(text.includes(secret), `"${text}" contains a secret`).toBe(false)
    }
    for (const text of [...responses, ...logs]) {
      expect(text).not.toMatch(/SESSION_KEY_|session_key|access_token=|secret=|js_code=/)
    }
  })

  it('the logger redacts a secret even if a line would carry one', async () => {
    const { createWeChatClient } = await import('../src/index')
    const lines: string[] = []
    const client = createWeChatClient({ appId: 'wx1', appSecret: APP_SECRET, logger: { info: (m) => lines.push(m), warn: () => {}, error: () => {} } })
    client.logger.info(`oops ${APP_SECRET} https://x/?access_token=abc&secret=def&js_code=ghi`)
    expect(lines).toEqual(['[sobot-contact/server] oops [redacted] https://x/?access_token=[redacted]&secret=[redacted]&js_code=[redacted]'])
  })
})
