// A static file server for a built site (the H5 outputs of the sample apps), on 127.0.0.1.
// `node scripts/serve-static.mjs <dir> [port]` serves it by hand; tests import serveStatic().
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
}

/**
 * Serves `dir`; a path that is not a file gets `index.html` (single-page apps route on the client).
 * @param {string} dir
 * @param {{ port?: number }} [options]
 * @returns {Promise<{ origin: string, close(): Promise<void> }>}
 */
export function serveStatic(dir, options = {}) {
  const root = resolve(dir)
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url || '/', 'http://x').pathname)
    let file = normalize(join(root, path))
    if (!file.startsWith(root + sep) && file !== root) return void res.writeHead(403).end()
    if (!existsSync(file) || !statSync(file).isFile()) file = join(root, 'index.html')
    res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  return new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(options.port || 0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address())
      done({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((closed) => server.close(() => closed())) })
    })
  })
}

if (import.meta.url === pathToFileURL(process.argv[1] || '').href) {
  const [dir = '.', port = '5180'] = process.argv.slice(2)
  const { origin } = await serveStatic(dir, { port: Number(port) })
  console.log(`serving ${resolve(dir)} at ${origin}/`)
}
