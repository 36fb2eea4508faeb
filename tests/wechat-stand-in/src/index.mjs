// A stand-in for WeChat's server API on 127.0.0.1: the three endpoints @sobot-contact/server calls,
// with tokens that expire, single-use login codes, multipart uploads parsed and checked, and
// scripted failures (an errcode, an HTTP status, a delay). WeChat's real servers cannot be reached
// from tests; the shapes follow WeChat's server-API docs (shared/SPEC.md §5).
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import { faultyImage } from './faultyImages.mjs'
import { solidPng } from './png.mjs'

export { solidPng }
export { bigPng, tinyJpeg } from './faultyImages.mjs'
export { startRedisServer, freePort } from './redis.mjs'
export { startServerProcess } from './process.mjs'

const PNG = [0x89, 0x50, 0x4e, 0x47]
const JPEG = [0xff, 0xd8, 0xff]
const GIF = [0x47, 0x49, 0x46, 0x38]
const IMAGE_LIMIT = 10 * 1024 * 1024

/** @param {import('node:http').IncomingMessage} req */
function readBody(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/** @param {number} ms */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/** @param {string} host @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} handler */
function listen(host, handler) {
  return new Promise((resolve, reject) => {
    const server = createServer(handler)
    server.once('error', reject)
    server.listen(0, host, () => {
      const address = /** @type {import('node:net').AddressInfo} */ (server.address())
      resolve({ server, url: `http://${host}:${address.port}` })
    })
  })
}

/** @param {import('node:http').Server} server */
function closeServer(server) {
  return new Promise((resolve) => {
    server.closeAllConnections?.()
    server.close(() => resolve(undefined))
  })
}

/** @type {import('./index.d.mts').startWeChatStandIn} */
export async function startWeChatStandIn(options) {
  const { appId, appSecret, tokenTtlSeconds = 7200, host = '127.0.0.1' } = options
  const codes = new Map(Object.entries(options.codes ?? {}))
  const usedCodes = new Set()
  /** @type {{ value: string, expiresAt: number } | null} */
  let token = null
  /** @type {Record<string, Array<import('./index.d.mts').ScriptedStep>>} */
  const scripts = { stable_token: [], 'media/upload': [], jscode2session: [] }
  let down = false
  const counts = { requests: 0, stableToken: 0, tokensIssued: 0, upload: 0, uploadRejected: 0, jscode2session: 0, hung: 0 }
  /** @type {import('./index.d.mts').StandInUpload[]} */
  const uploads = []
  /** @type {string[]} */
  const tokensIssued = []

  /** @param {import('node:http').ServerResponse} res @param {unknown} body */
  const send = (res, body) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
  /** @param {number} errcode @param {string} errmsg */
  const err = (errcode, errmsg) => ({ errcode, errmsg: `${errmsg} rid: standin-${randomBytes(4).toString('hex')}` })

  /** The token check WeChat makes on every call that takes ?access_token. */
  /** @param {string | null} given */
  function tokenError(given) {
    if (!token || given !== token.value) return err(40001, 'invalid credential, access_token is invalid or not latest')
    if (token.expiresAt <= Date.now()) return err(42001, 'access_token expired')
    return null
  }

  /** @type {Record<string, (req: import('node:http').IncomingMessage, url: URL) => Promise<unknown>>} */
  const routes = {
    'POST /cgi-bin/stable_token': async (req) => {
      counts.stableToken++
      let body
      try {
        body = JSON.parse((await readBody(req)).toString('utf8'))
      } catch {
        return err(47001, 'data format error')
      }
      if (body.grant_type !== 'client_credential') return err(40002, 'invalid grant_type')
      if (body.appid !== appId) return err(40013, 'invalid appid')
      if (body.secret !== appSecret) return err(40125, 'invalid appsecret')
      const fresh = token && token.expiresAt - 5 * 60_000 > Date.now()
      if (!fresh || body.force_refresh === true) {
        token = { value: 'ACCESS_TOKEN_' + randomBytes(96).toString('base64url'), expiresAt: Date.now() + tokenTtlSeconds * 1000 }
        counts.tokensIssued++
        tokensIssued.push(token.value)
      }
      const current = /** @type {{ value: string, expiresAt: number }} */ (token)
      return { access_token: current.value, expires_in: Math.max(1, Math.round((current.expiresAt - Date.now()) / 1000)) }
    },
    'POST /cgi-bin/media/upload': async (req, url) => {
      counts.upload++
      const rejected = tokenError(url.searchParams.get('access_token'))
      if (rejected) {
        counts.uploadRejected++
        await readBody(req)
        return rejected
      }
      if (url.searchParams.get('type') !== 'image') return err(40004, 'invalid media type')
      const type = req.headers['content-type'] ?? ''
      const raw = await readBody(req)
      if (!type.startsWith('multipart/form-data')) return err(41005, 'media data missing')
      let form
      try {
        form = await new Request('http://stand-in/', { method: 'POST', headers: { 'content-type': type }, body: raw }).formData()
      } catch {
        return err(41005, 'media data missing')
      }
      const media = form.get('media')
      if (!media || typeof media === 'string' || !media.name) return err(41005, 'media data missing')
      const bytes = Buffer.from(await media.arrayBuffer())
      if (bytes.length > IMAGE_LIMIT) return err(40006, 'invalid meida size')
      if (![PNG, JPEG, GIF].some((sig) => sig.every((b, i) => bytes[i] === b))) return err(40005, 'invalid file type')
      const upload = { mediaId: 'MEDIA_' + randomBytes(24).toString('base64url'), filename: media.name, contentType: media.type, bytes, createdAt: Math.floor(Date.now() / 1000) }
      uploads.push(upload)
      return { type: 'image', media_id: upload.mediaId, created_at: upload.createdAt }
    },
    'GET /sns/jscode2session': async (_req, url) => {
      counts.jscode2session++
      const q = url.searchParams
      if (q.get('appid') !== appId) return err(40013, 'invalid appid')
      if (q.get('secret') !== appSecret) return err(40125, 'invalid appsecret')
      if (q.get('grant_type') !== 'authorization_code') return err(40002, 'invalid grant_type')
      const code = q.get('js_code') ?? ''
      if (usedCodes.has(code)) return err(40163, 'code been used')
      const user = codes.get(code)
      if (!user) return err(40029, 'invalid code')
      usedCodes.add(code)
      return { openid: user.openid, session_key: 'SESSION_KEY_' + randomBytes(12).toString('base64url'), ...(user.unionid ? { unionid: user.unionid } : {}) }
    },
  }

  const { server, url } = await listen(host, async (req, res) => {
    counts.requests++
    const u = new URL(req.url ?? '/', 'http://stand-in')
    const route = routes[`${req.method} ${u.pathname}`]
    if (down) {
      req.resume()
      res.writeHead(503, { 'content-type': 'text/html' }).end('<h1>503 Service Unavailable</h1>')
      return
    }
    if (!route) {
      res.writeHead(404).end()
      return
    }
    const name = /** @type {keyof typeof scripts} */ (u.pathname.replace(/^\/(cgi-bin|sns)\//, ''))
    const step = scripts[name]?.shift()
    if (step?.delayMs) await sleep(step.delayMs)
    if (step?.reset) {
      req.socket.destroy()
      return
    }
    if (step?.hang) {
      counts.hung++
      return // never answers; close() ends the connection
    }
    if (step?.status) {
      req.resume()
      res.writeHead(step.status, { 'content-type': 'text/plain' }).end('scripted failure')
      return
    }
    if (step?.errcode !== undefined) {
      req.resume()
      send(res, err(step.errcode, 'scripted'))
      return
    }
    try {
      send(res, await route(req, u))
    } catch {
      if (!res.headersSent) res.writeHead(500).end()
    }
  })

  return {
    url,
    counts,
    uploads,
    tokensIssued,
    currentToken: () => token?.value ?? null,
    revokeToken() {
      if (token) token = { value: 'ACCESS_TOKEN_' + randomBytes(96).toString('base64url'), expiresAt: token.expiresAt }
      if (token) {
        counts.tokensIssued++
        tokensIssued.push(token.value)
      }
    },
    expireToken() {
      if (token) token = { ...token, expiresAt: Date.now() - 1 }
    },
    addCode(code, user) {
      codes.set(code, user)
    },
    script(endpoint, ...steps) {
      scripts[endpoint].push(...steps)
    },
    setDown(value) {
      down = value
    },
    close: () => closeServer(server),
  }
}

/** @type {import('./index.d.mts').startImageHost} */
export async function startImageHost(options = {}) {
  const host = options.host ?? '127.0.0.1'
  /** @type {Map<string, number>} */
  const hits = new Map()
  /** @param {string} name @returns {[number, number, number]} */
  const colour = (name) => {
    let h = 0
    for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) >>> 0
    return [h & 0xff, (h >> 8) & 0xff, (h >> 16) & 0xff]
  }
  const { server, url } = await listen(host, (req, res) => {
    const u = new URL(req.url ?? '/', 'http://image-host')
    hits.set(u.pathname, (hits.get(u.pathname) ?? 0) + 1)
    const cover = /^\/covers\/([\w-]+)\.png$/.exec(u.pathname)
    if (faultyImage(u, req, res)) return
    if (cover) {
      const png = solidPng(52, 41, colour(cover[1] ?? ''))
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': png.length }).end(png)
    } else if (u.pathname === '/redirect') {
      res.writeHead(302, { location: u.searchParams.get('to') ?? '/' }).end()
    } else if (u.pathname === '/page.html') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>not an image</title>')
    } else if (u.pathname === '/fake.png') {
      res.writeHead(200, { 'content-type': 'image/png' }).end('<!doctype html><title>an HTML page named .png</title>')
    } else if (u.pathname === '/huge.png' || u.pathname === '/huge-chunked.png') {
      // A PNG signature followed by 11 MB: over WeChat's 10 MB image limit.
      const size = 11 * 1024 * 1024
      const headers = /** @type {Record<string, string | number>} */ ({ 'content-type': 'image/png' })
      if (u.pathname === '/huge.png') headers['content-length'] = size
      res.writeHead(200, headers)
      res.write(Buffer.from(PNG.concat([0x0d, 0x0a, 0x1a, 0x0a])))
      const block = Buffer.alloc(64 * 1024)
      let sent = 8
      const pump = () => {
        while (sent < size) {
          const part = block.subarray(0, Math.min(block.length, size - sent))
          sent += part.length
          if (!res.write(part)) return void res.once('drain', pump)
        }
        res.end()
      }
      res.on('error', () => undefined)
      pump()
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    }
  })
  return {
    url,
    host: new URL(url).host,
    hits: (path) => hits.get(path) ?? 0,
    totalHits: () => [...hits.values()].reduce((a, b) => a + b, 0),
    close: () => closeServer(server),
  }
}
