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

describe('secrets stay out of the new failure answers too', () => {
  it('rate limited, past the deadline, a malformed request, a body too large, a slow body: no secret in any answer or log line', async () => {
    const { rawExchange } = await import('./raw')
    const strict = await startServer(rig, { timeoutMs: 3000, handler: { unionIdPerMinute: 4, deadlineMs: 500 }, server: { bodyTimeoutMs: 500 } })
    try {
      for (let i = 0; i < 3; i++) rig.wechat.addCode(`s-${i}`, { openid: `os-${i}`, unionid: UNION_ID })
      rig.wechat.script('jscode2session', { delayMs: 1000 })
      const texts = [
        (await unionid(strict, { code: 's-0' })).text, // DEADLINE_EXCEEDED (WeChat takes 1 s)
        (await rawExchange(strict.url, [`POST /sobot/unionid HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n1400\r\n${'a'.repeat(5120)}\r\n`])).text,
        (await rawExchange(strict.url, ['POST /sobot/unionid HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 30\r\n\r\n{"co'], { end: false, timeoutMs: 3000 })).text,
        (await unionid(strict, { code: 's-1' })).text, // 200: the ciphertext, no code
        (await unionid(strict, { code: 's-2' })).text, // the fifth this minute
        (await rawExchange(strict.url, ['TRACE /sobot/unionid HTTP/1.1\r\nhost: x\r\n\r\n'])).text,
        (await rawExchange(strict.url, ['GET //[ HTTP/1.1\r\nhost: x\r\n\r\n'])).text,
      ]
      const codes = texts.map((t) => /"code":"([A-Z_]+)"/.exec(t)?.[1])
      expect(codes).toEqual(['DEADLINE_EXCEEDED', 'BODY_TOO_LARGE', 'REQUEST_TIMEOUT', undefined, 'TOO_MANY_REQUESTS', 'METHOD_NOT_ALLOWED', 'INVALID_REQUEST'])
      const secrets = [APP_SECRET, CHANNEL_KEY, UNION_ID, ...rig.wechat.tokensIssued]
      for (const text of [...texts, ...strict.logger.lines]) {
        for (const secret of secrets) expect(text.includes(secret), `"${text}" contains a secret`).toBe(false)
        expect(text).not.toMatch(/SESSION_KEY_|session_key|access_token=|secret=|js_code=/)
      }
    } finally {
      await strict.close()
    }
  })
})
