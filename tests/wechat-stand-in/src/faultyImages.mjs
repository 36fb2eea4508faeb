// Image-host routes that misbehave on purpose, for the server's fault tests: a body that drips, a
// cover that is slow to start, a big valid PNG, a PNG signature followed by HTML, JPEG bytes served
// as image/png, and a connection reset mid-answer.
import { solidPng } from './png.mjs'

/** @param {number} ms */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/**
 * A structurally whole PNG of about `bytes` bytes: a real 1×1 PNG with a private ancillary chunk
 * (`teXt`-like `prVt`) of filler before IEND.
 * @param {number} bytes
 */
export function bigPng(bytes) {
  const small = solidPng(1, 1, [200, 100, 50])
  const iend = small.subarray(small.length - 12)
  const filler = Math.max(0, bytes - small.length - 12)
  const head = Buffer.alloc(8)
  head.writeUInt32BE(filler, 0)
  head.write('prVt', 4, 'ascii')
  // The CRC is not checked by the server (nor by the stand-in); zeros keep it cheap.
  return Buffer.concat([small.subarray(0, small.length - 12), head, Buffer.alloc(filler, 0x61), Buffer.alloc(4), iend])
}

/** A minimal JPEG by structure: SOI, a baseline frame header (8×8), a scan, EOI. */
export function tinyJpeg() {
  const sof = [0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x08, 0x00, 0x08, 0x01, 0x01, 0x11, 0x00]
  const sos = [0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00]
  return Buffer.from([0xff, 0xd8, ...sof, ...sos, 0x12, 0x34, 0x56, 0xff, 0xd9])
}

/** @type {Map<number, Buffer>} */
const bigCache = new Map()

/**
 * Answers the faulty routes; `false` when `url` is none of them.
 * @param {URL} url @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
 * @returns {boolean}
 */
export function faultyImage(url, req, res) {
  const path = url.pathname
  res.on('error', () => undefined)
  if (path === '/drip.png') {
    // A PNG signature, then one byte every `ms` (default 500) for `count` bytes (default 60).
    const ms = Number(url.searchParams.get('ms') ?? 500)
    let left = Number(url.searchParams.get('count') ?? 60)
    res.writeHead(200, { 'content-type': 'image/png' })
    res.write(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    const timer = setInterval(() => {
      if (left-- <= 0 || res.destroyed) {
        clearInterval(timer)
        res.end()
      } else res.write(Buffer.from([0]))
    }, ms)
    req.socket.once('close', () => clearInterval(timer))
    return true
  }
  if (/^\/slow\/[\w-]+\.png$/.test(path)) {
    const png = solidPng(40, 30, [path.length * 7, 80, 160])
    void sleep(Number(url.searchParams.get('ms') ?? 2000)).then(() => res.writeHead(200, { 'content-type': 'image/png', 'content-length': png.length }).end(png))
    return true
  }
  if (/^\/big\/[\w-]+\.png$/.test(path)) {
    const size = Number(url.searchParams.get('bytes') ?? 10 * 1024 * 1024)
    const png = bigCache.get(size) ?? bigPng(size)
    bigCache.set(size, png)
    res.writeHead(200, { 'content-type': 'image/png', 'content-length': png.length }).end(png)
    return true
  }
  if (path === '/png-then-html.png') {
    const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.concat([signature, Buffer.from('<!doctype html><title>not a png</title>')]))
    return true
  }
  if (path === '/cut-short.png') {
    const png = solidPng(40, 30, [1, 2, 3])
    res.writeHead(200, { 'content-type': 'image/png' }).end(png.subarray(0, png.length - 20))
    return true
  }
  if (path === '/jpeg-as-png.png') {
    res.writeHead(200, { 'content-type': 'image/png' }).end(tinyJpeg())
    return true
  }
  if (path === '/real.jpg') {
    res.writeHead(200, { 'content-type': 'image/jpeg' }).end(tinyJpeg())
    return true
  }
  if (path === '/reset.png') {
    res.writeHead(200, { 'content-type': 'image/png', 'content-length': 1000 })
    res.write(Buffer.from([0x89, 0x50, 0x4e, 0x47]))
    setTimeout(() => req.socket.destroy(), 20)
    return true
  }
  return false
}
