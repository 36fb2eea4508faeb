// Runs a server script in its own Node process for a test and waits until its output says it is ready.
import { spawn } from 'node:child_process'

/** @type {import('./index.d.mts').startServerProcess} */
export function startServerProcess({ script, env, ready = /listening on (http:\/\/\S+)[\s\S]*store: /, timeoutMs = 45_000 }) {
  const child = spawn(process.execPath, [script], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs)
    const check = () => {
      const m = ready.exec(output)
      if (!m) return
      clearTimeout(timer)
      resolve({
        url: m[1] ?? '',
        pid: child.pid ?? 0,
        output: () => output,
        signal: (name) => void child.kill(name),
        exited: () => /** @type {Promise<number | null>} */ (exited),
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM')
          return /** @type {Promise<number | null>} */ (exited)
        },
      })
    }
    child.stdout.on('data', (/** @type {Buffer} */ c) => {
      output += c.toString()
      check()
    })
    child.stderr.on('data', (/** @type {Buffer} */ c) => (output += c.toString()))
    void exited.then((code) => {
      clearTimeout(timer)
      reject(Object.assign(new Error(`${script} exited with ${code}:\n${output}`), { code, output }))
    })
  })
}
