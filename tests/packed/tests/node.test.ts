import { spawnSync } from 'node:child_process'
import { readFileSync, realpathSync } from 'node:fs'
import { join } from 'node:path'
import { expect, inject, test } from 'vitest'
import { REPO } from './packedProjects'

const { dirs, installs, packed } = inject('packed')
const node = (args: string[], input?: string) => spawnSync(process.execPath, args, { cwd: dirs.node, encoding: 'utf8', input })

test('the Node project installs the tarballs', () => {
  expect(installs.node.status, installs.node.log).toBe(0)
})

test('every entry point resolves inside the throwaway project, not the workspace', () => {
  const resolved = node(['-p', `['@sobot-contact/core','@sobot-contact/core/unionid','@sobot-contact/core/agent','@sobot-contact/apicloud'].map(s => require('fs').realpathSync(require.resolve(s))).join('\\n')`])
  expect(resolved.status, resolved.stderr).toBe(0)
  const paths = resolved.stdout.trim().split('\n')
  expect(paths).toHaveLength(4)
  for (const p of paths) {
    expect(p.startsWith(realpathSync(dirs.node))).toBe(true)
    expect(p.startsWith(REPO)).toBe(false)
  }
})

test('ESM and CommonJS load core, /unionid, /agent and apicloud and get the same results', () => {
  const esm = node(['esm.mjs'])
  const cjs = node(['cjs.cjs'])
  expect(esm.status, esm.stderr).toBe(0)
  expect(cjs.status, cjs.stderr).toBe(0)
  const result = JSON.parse(esm.stdout)
  expect(JSON.parse(cjs.stdout)).toEqual(result)
  const session = JSON.parse(readFileSync(join(dirs.node, 'session.json'), 'utf8'))
  expect(result.encoded).toMatch(/^sobot\|张三 ｜ Tom\|\|/)
  expect(result.decoded).toEqual({ ...session, nickname: '张三 ｜ Tom' })
  expect(result.unionId).toBe('o6_bmasdasdsad6_2sgVt7hMZOPfL')
  expect(result.docking).toEqual({ cid: 'c1', uid: 'u1' })
  expect(result.agentExports).toEqual(['buildMiniPageMessage', 'sendMiniPageCard', 'onVisitorSelected'])
  expect(result.apicloudExports).toEqual(['toZhiChiParams', 'openSobotChat', 'resolveSobotButton', 'encodeSessionFrom'])
  expect(result.sameErrorClass).toBe(true)
  expect(result.error).toMatchObject({ isSobotError: true, code: 'PARTNER_ID_TOO_LONG', path: 'partnerId' })
  expect(result.error.issues).toEqual([expect.objectContaining({ code: 'PARTNER_ID_TOO_LONG', path: 'partnerId', severity: 'error' })])
})

test('the CLI binary runs from the tarball: --version, encode, and exit 1 with the code on bad input', () => {
  const bin = join(dirs.node, 'node_modules/.bin/sobot-contact')
  const version = spawnSync(bin, ['--version'], { encoding: 'utf8' })
  expect(version.status, version.stderr).toBe(0)
  expect(version.stdout.trim()).toBe(packed.find((p) => p.name === '@sobot-contact/cli')?.manifest.version)
  const session = readFileSync(join(dirs.node, 'session.json'), 'utf8')
  const encoded = spawnSync(bin, ['encode', '-i', '-'], { encoding: 'utf8', input: session })
  expect(encoded.status, encoded.stderr).toBe(0)
  expect(encoded.stdout.trim()).toBe(JSON.parse(node(['esm.mjs']).stdout).encoded)
  const bad = spawnSync(bin, ['encode', '--partner-id', 'x'.repeat(101)], { encoding: 'utf8' })
  expect(bad.status).toBe(1)
  expect(bad.stderr).toContain('PARTNER_ID_TOO_LONG')
})
