// Starts Debian's redis-server on a free 127.0.0.1 port for a test, with no persistence, and stops it.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address())
      srv.close(() => resolve(port))
    })
  })
}

/**
 * Spawns redis-server on `port` and resolves once it accepts connections.
 * @param {string} bin @param {number} port @param {string} dir
 * @returns {Promise<import('node:child_process').ChildProcessByStdio<null, import('node:stream').Readable, import('node:stream').Readable>>}
 */
async function spawnRedis(bin, port, dir) {
  const child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: ['ignore', 'pipe', 'pipe'] })
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis-server did not start in 10 s')), 10_000)
    child.stdout.on('data', (/** @type {Buffer} */ chunk) => {
      if (chunk.toString().includes('Ready to accept connections')) {
        clearTimeout(timer)
        resolve(undefined)
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`redis-server exited with ${code}`))
    })
  })
  return child
}

/** @param {import('node:child_process').ChildProcess} child @param {NodeJS.Signals} signal */
async function end(child, signal) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((r) => child.once('exit', r))
  if (signal === 'SIGTERM') child.kill('SIGCONT') // a frozen server cannot act on SIGTERM
  child.kill(signal)
  await exited
}

/** @type {import('./index.d.mts').startRedisServer} */
export async function startRedisServer() {
  const bin = process.env.REDIS_SERVER_PATH || 'redis-server'
  if (spawnSync(bin, ['--version']).status !== 0) {
    throw new Error(`${bin} not found: apt-get install -y redis-server (or set REDIS_SERVER_PATH). The Redis store is tested against a real server.`)
  }
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'sobot-redis-'))
  let child = await spawnRedis(bin, port, dir)
  return {
    url: `redis://127.0.0.1:${port}`,
    freeze: () => void child.kill('SIGSTOP'),
    thaw: () => void child.kill('SIGCONT'),
    kill: () => end(child, 'SIGKILL'),
    async restart() {
      await end(child, 'SIGKILL')
      child = await spawnRedis(bin, port, dir)
    },
    async stop() {
      await end(child, 'SIGTERM')
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
