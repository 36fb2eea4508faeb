// Static servers for the built demo and the test workbench page, each on its own origin.
// Used by the e2e tests and by `pnpm workbench` (trying the demo by hand).
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const appDir = fileURLToPath(new URL('..', import.meta.url))
export const distDir = join(appDir, 'dist')
const workbenchHtml = join(appDir, 'workbench', 'index.html')

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
}

function listen(handler, port, host) {
  return new Promise((resolve, reject) => {
    const server = createServer(handler)
    server.once('error', reject)
    server.listen(port, host, () => {
      const address = server.address()
      resolve({ server, origin: `http://${host}:${address.port}` })
    })
  })
}

/** Serves `dir` (a built Vite app), and `/config.json` from `config` (read on every request) when given. */
function staticHandler(dir, config) {
  return (req, res) => {
    const path = decodeURIComponent(new URL(req.url || '/', 'http://x').pathname)
    if (config && path === '/config.json') {
      res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' }).end(JSON.stringify(config))
      return
    }
    const file = normalize(join(dir, path.endsWith('/') ? path + 'index.html' : path))
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' })
    res.end(readFileSync(file))
  }
}

/** Serves the workbench page at `/`, embedding `demoUrl`. */
function workbenchHandler(demoUrl) {
  const html = readFileSync(workbenchHtml, 'utf8').replace('__DEMO_URL__', demoUrl)
  return (req, res) => {
    const path = new URL(req.url || '/', 'http://x').pathname
    if (path !== '/' && path !== '/index.html') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' }).end(html)
  }
}

/**
 * Starts the demo server and `workbenches` workbench servers, all on different ports of `host`
 * (so different origins). Port 0 = any free port.
 */
export async function startServers({ host = '127.0.0.1', demoPort = 0, workbenchPorts = [0], demoUrl, config } = {}) {
  if (!demoUrl && !existsSync(join(distDir, 'index.html'))) {
    throw new Error(`agent-card-demo: ${distDir}/index.html is missing; run \`pnpm --filter agent-card-demo build\` first`)
  }
  const servers = []
  let demoOrigin = null
  if (!demoUrl) {
    const demo = await listen(staticHandler(distDir, config), demoPort, host)
    servers.push(demo.server)
    demoOrigin = demo.origin
    demoUrl = demo.origin + '/'
  }
  const workbenchOrigins = []
  for (const port of workbenchPorts) {
    const wb = await listen(workbenchHandler(demoUrl), port, host)
    servers.push(wb.server)
    workbenchOrigins.push(wb.origin)
  }
  return {
    demoOrigin,
    demoUrl,
    workbenchOrigins,
    close: () => Promise.all(servers.map((s) => new Promise((r) => s.close(() => r(undefined))))),
  }
}
