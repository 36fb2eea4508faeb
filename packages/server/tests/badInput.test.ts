// Bad input gets a coded 4xx, and nothing is fetched or uploaded that should not be.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { decryptUnionId } from '@sobot-contact/core/unionid'
import { CHANNEL_KEY, startRig, startServer, thumb, unionid, UNION_ID, type Rig, type Server_ } from './helpers'

let rig: Rig
let server: Server_
beforeAll(async () => {
  rig = await startRig()
  server = await startServer(rig, { allowedOrigins: ['http://agent.test:5173'] })
})
afterAll(async () => {
  await server.close()
  await rig.close()
})

let uploadsBefore = 0
let tokenFetchesBefore = 0
beforeEach(() => {
  uploadsBefore = rig.wechat.counts.upload
  tokenFetchesBefore = rig.wechat.counts.stableToken
})
const nothingUploaded = () => expect(rig.wechat.counts.upload).toBe(uploadsBefore)

describe('GET /sobot/thumb-media: the cover URL', () => {
  it('a host off the allow-list: 403 HOST_NOT_ALLOWED, nothing fetched', async () => {
    const answer = await thumb(server, 'http://localhost:1/covers/x.png')
    expect(answer.status).toBe(403)
    expect(answer.body).toMatchObject({ code: 'HOST_NOT_ALLOWED', path: 'url' })
    expect(String(answer.body.message)).toContain('add it to THUMB_HOSTS')
    nothingUploaded()
    expect(rig.wechat.counts.stableToken).toBe(tokenFetchesBefore)
  })

  it('the allowed host on another port is another host', async () => {
    const other = rig.images.url.replace(/:(\d+)$/, (_, p: string) => ':' + (Number(p) === 65535 ? 1 : Number(p) + 1))
    expect((await thumb(server, `${other}/covers/x.png`)).body.code).toBe('HOST_NOT_ALLOWED')
  })

  it.each([
    ['file:///etc/passwd', 'file:'],
    ['data:image/png;base64,iVBORw0KGgo=', 'data:'],
    ['ftp://127.0.0.1/x.png', 'ftp:'],
    ['/covers/relative.png', 'absolute'],
  ])('%s: 400 INVALID_IMAGE_URL', async (url, says) => {
    const answer = await thumb(server, url)
    expect(answer.status).toBe(400)
    expect(answer.body.code).toBe('INVALID_IMAGE_URL')
    expect(String(answer.body.message)).toContain(says)
    nothingUploaded()
  })

  it('no url at all: 400 INVALID_IMAGE_URL', async () => {
    const answer = await fetch(`${server.url}/sobot/thumb-media`)
    expect(answer.status).toBe(400)
    expect(await answer.json()).toMatchObject({ code: 'INVALID_IMAGE_URL', path: 'url' })
  })

  it('credentials in the URL are refused', async () => {
    const answer = await thumb(server, rig.images.url.replace('http://', 'http://user:pw@') + '/covers/a.png')
    expect(answer.body.code).toBe('INVALID_IMAGE_URL')
    expect(rig.images.hits('/covers/a.png')).toBe(0)
  })

  it('a redirect to another host: 403, the other host is never asked', async () => {
    const elsewhere = rig.images.url.replace('127.0.0.1', 'localhost') + '/covers/elsewhere.png'
    const answer = await thumb(server, `${rig.images.url}/redirect?to=${encodeURIComponent(elsewhere)}`)
    expect(answer.status).toBe(403)
    expect(answer.body).toMatchObject({ code: 'HOST_NOT_ALLOWED', path: 'url (redirect)' })
    expect(rig.images.hits('/redirect')).toBe(1)
    expect(rig.images.hits('/covers/elsewhere.png')).toBe(0) // same server, other host name: never fetched
    nothingUploaded()
  })

  it('a redirect within the allowed host is followed', async () => {
    const answer = await thumb(server, `${rig.images.url}/redirect?to=/covers/moved.png`)
    expect(answer.status).toBe(200)
    expect(rig.images.hits('/covers/moved.png')).toBe(1)
  })

  it.each([
    ['/page.html', 'an HTML page'],
    ['/fake.png', 'HTML served as image/png'],
  ])('%s (%s): 422 NOT_AN_IMAGE, nothing uploaded', async (path) => {
    const answer = await thumb(server, rig.images.url + path)
    expect(answer.status).toBe(422)
    expect(answer.body).toMatchObject({ code: 'NOT_AN_IMAGE', path: 'url' })
    nothingUploaded()
  })

  it.each(['/huge.png', '/huge-chunked.png'])('%s (11 MB, over WeChat’s 10 MB): 422 IMAGE_TOO_LARGE, nothing uploaded', async (path) => {
    const answer = await thumb(server, rig.images.url + path)
    expect(answer.status).toBe(422)
    expect(answer.body).toMatchObject({ code: 'IMAGE_TOO_LARGE', path: 'url' })
    nothingUploaded()
  })

  it('a missing image: 502 IMAGE_FETCH_FAILED with the host\'s status', async () => {
    const answer = await thumb(server, rig.images.url + '/covers/none.gif')
    expect(answer.status).toBe(502)
    expect(answer.body).toMatchObject({ code: 'IMAGE_FETCH_FAILED' })
    expect(String(answer.body.message)).toContain('HTTP 404')
  })

  it('wrong method: 405', async () => {
    const answer = await fetch(`${server.url}/sobot/thumb-media?url=x`, { method: 'POST' })
    expect(answer.status).toBe(405)
    expect(((await answer.json()) as { code: string }).code).toBe('METHOD_NOT_ALLOWED')
  })
})

describe('POST /sobot/unionid', () => {
  it('a code → the UnionID encrypted with the channel key (decrypts with core to the stand-in\'s unionid)', async () => {
    rig.wechat.addCode('code-ok-1', { openid: 'o-1', unionid: UNION_ID })
    const answer = await unionid(server, { code: 'code-ok-1' })
    expect(answer.status).toBe(200)
    expect(Object.keys(answer.body)).toEqual(['unionId'])
    expect(answer.body.unionId).toMatch(/^[A-Za-z0-9+/]+=*$/)
    expect(decryptUnionId(answer.body.unionId as string, CHANNEL_KEY)).toBe(UNION_ID)
    expect(answer.headers['cache-control']).toBe('no-store')
  })

  it('the same code twice: 400 CODE_USED', async () => {
    rig.wechat.addCode('code-ok-2', { openid: 'o-2', unionid: UNION_ID })
    expect((await unionid(server, { code: 'code-ok-2' })).status).toBe(200)
    const again = await unionid(server, { code: 'code-ok-2' })
    expect(again.status).toBe(400)
    expect(again.body).toMatchObject({ code: 'CODE_USED', path: 'code' })
    expect(String(again.body.message)).toContain('call wx.login() again')
  })

  it('an unknown code: 400 INVALID_CODE', async () => {
    expect((await unionid(server, { code: 'never-issued' })).body).toMatchObject({ code: 'INVALID_CODE' })
  })

  it.each([{}, { code: '' }, { code: 42 }, []])('body %j: 400 MISSING_CODE, WeChat not called', async (body) => {
    const calls = rig.wechat.counts.jscode2session
    const answer = await unionid(server, body)
    expect(answer.status).toBe(400)
    expect(answer.body.code).toBe('MISSING_CODE')
    expect(rig.wechat.counts.jscode2session).toBe(calls)
  })

  it('a code with characters no wx.login code has: 400 INVALID_CODE, WeChat not called', async () => {
    const calls = rig.wechat.counts.jscode2session
    expect((await unionid(server, { code: 'a&secret=x' })).body.code).toBe('INVALID_CODE')
    expect(rig.wechat.counts.jscode2session).toBe(calls)
  })

  it('a body that is not JSON: 400 INVALID_JSON_BODY', async () => {
    const answer = await unionid(server, '{code: nope')
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({ code: 'INVALID_JSON_BODY', path: 'body' })
  })

  it('not sent as JSON: 400 INVALID_JSON_BODY', async () => {
    const answer = await unionid(server, 'code=x', { headers: { 'content-type': 'application/x-www-form-urlencoded' } })
    expect(answer.body.code).toBe('INVALID_JSON_BODY')
  })

  it('a huge body: 413 BODY_TOO_LARGE', async () => {
    const answer = await unionid(server, { code: 'x'.repeat(10_000) })
    expect(answer.status).toBe(413)
    expect(answer.body.code).toBe('BODY_TOO_LARGE')
  })

  it('a user without UnionID (mini-program not bound to Open Platform): 422 NO_UNIONID', async () => {
    const answer = await unionid(server, { code: 'code-nounion' })
    expect(answer.status).toBe(422)
    expect(answer.body.code).toBe('NO_UNIONID')
    expect(String(answer.body.message)).toContain('Open Platform')
  })

  it('WeChat\'s 45011 (too frequent): 429 RATE_LIMITED', async () => {
    rig.wechat.addCode('code-ok-3', { openid: 'o-3', unionid: UNION_ID })
    rig.wechat.script('jscode2session', { errcode: 45011 })
    const answer = await unionid(server, { code: 'code-ok-3' })
    expect(answer.status).toBe(429)
    expect(answer.body.code).toBe('RATE_LIMITED')
  })

  it('GET: 405', async () => {
    expect((await fetch(`${server.url}/sobot/unionid`)).status).toBe(405)
  })
})

describe('CORS and routing', () => {
  it('an allowed origin gets its CORS header and a preflight', async () => {
    const pre = await fetch(`${server.url}/sobot/thumb-media`, { method: 'OPTIONS', headers: { origin: 'http://agent.test:5173' } })
    expect(pre.status).toBe(204)
    expect(pre.headers.get('access-control-allow-origin')).toBe('http://agent.test:5173')
    const answer = await thumb(server, `${rig.images.url}/covers/cors.png`, { headers: { origin: 'http://agent.test:5173' } })
    expect(answer.status).toBe(200)
    expect(answer.headers['access-control-allow-origin']).toBe('http://agent.test:5173')
  })

  it('another origin: 403 ORIGIN_NOT_ALLOWED, no CORS header, nothing fetched', async () => {
    const answer = await thumb(server, `${rig.images.url}/covers/evil.png`, { headers: { origin: 'https://evil.test' } })
    expect(answer.status).toBe(403)
    expect(answer.body.code).toBe('ORIGIN_NOT_ALLOWED')
    expect(answer.headers['access-control-allow-origin']).toBeUndefined()
    expect(rig.images.hits('/covers/evil.png')).toBe(0)
  })

  it('an unknown path: 404 NOT_FOUND naming the two endpoints', async () => {
    const answer = await fetch(`${server.url}/sobot/other`)
    expect(answer.status).toBe(404)
    const body = (await answer.json()) as { code: string; message: string }
    expect(body.code).toBe('NOT_FOUND')
    expect(body.message).toContain('/sobot/unionid')
  })
})
