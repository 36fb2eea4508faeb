// Runs the built binary (turbo builds before testing) as a subprocess, the way a user does.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildKfLink, buildSobotWebLink, encodeSessionFrom, toAgent, toGroup } from '@sobot-contact/core'
import { describe, expect, it } from 'vitest'

const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const root = fileURLToPath(new URL('../../..', import.meta.url))
const KEY = '0123456789abcdef' // made up
const run = (args: string[], opts: { input?: string; env?: Record<string, string> } = {}) => {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...opts.env }
  if (!opts.env || !('SOBOT_CHANNEL_KEY' in opts.env)) delete env.SOBOT_CHANNEL_KEY
  const r = spawnSync(process.execPath, [bin, ...args], { input: opts.input ?? '', env, encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
const tmp = mkdtempSync(join(tmpdir(), 'sobot-cli-'))

describe('sobot-contact encode', () => {
  it('from flags', () => {
    const r = run(['encode', '--nickname', 'Tom', '--partner-id', 'user-42', '--params', '{"vip":true}', '--robot-id', '7'])
    expect(r).toMatchObject({ code: 0, stderr: '' })
    expect(r.stdout).toBe(encodeSessionFrom({ nickname: 'Tom', partnerId: 'user-42', params: { vip: true }, robotId: '7' }) + '\n')
  })

  it('from a JSON file and from stdin, flags overriding the file', () => {
    const input = { nickname: '汤姆', transferAction: [toGroup('g1', { overflowWhen: 'allBusy' }), toAgent('a1')] }
    const file = join(tmp, 'in.json')
    writeFileSync(file, JSON.stringify(input))
    expect(run(['encode', '--input', file]).stdout.trim()).toBe(encodeSessionFrom(input))
    expect(run(['encode', '-i', '-'], { input: JSON.stringify(input) }).stdout.trim()).toBe(encodeSessionFrom(input))
    expect(run(['encode', '-i', file, '--nickname', 'Tom']).stdout.trim()).toBe(encodeSessionFrom({ ...input, nickname: 'Tom' }))
  })

  it('bad input: exit 1 with the coded error and the field path', () => {
    const r = run(['encode', '--partner-id', 'a|b'])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^error SEPARATOR_IN_ID partnerId: /m)
    const long = run(['encode', '--nickname', '智'.repeat(334)])
    expect(long.code).toBe(1)
    expect(long.stderr).toMatch(/SESSION_FROM_TOO_LONG/)
    expect(long.stderr).toMatch(/^error SESSION_FROM_TOO_LONG nickname: 1011 of 1000 UTF-8 bytes \(WeChat truncates the rest\): nickname 1002/m)
    expect(long.stderr).toMatch(/^hint: --shorten/m)
  })

  it('an unknown field in the --input file: exit 1 with UNKNOWN_FIELD and its name', () => {
    const r = run(['encode', '-i', '-'], { input: '{"nickName":"Tom"}' })
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^error UNKNOWN_FIELD nickName: /m)
  })

  it('--shorten fits the limit and reports the change on stderr', () => {
    const r = run(['encode', '--nickname', '智'.repeat(334), '--shorten'])
    expect(r.code).toBe(0)
    expect(Buffer.byteLength(r.stdout.trim())).toBeLessThanOrEqual(1000)
    expect(r.stderr).toMatch(/warning SESSION_FROM_SHORTENED nickname/)
  })

  it('a | in the nickname is replaced and the warning goes to stderr, not into the string', () => {
    const r = run(['encode', '--nickname', 'A|B'])
    expect(r.stdout).toBe('sobot|A｜B|||\n')
    expect(r.stderr).toMatch(/warning SEPARATOR_REPLACED nickname/)
  })

  it('malformed JSON flags are usage errors (exit 2)', () => {
    const r = run(['encode', '--params', '{oops'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/--params must be JSON/)
  })
})

describe('sobot-contact inspect', () => {
  it("shows fields, bytes and the total: the README's example", () => {
    const r = run(['inspect', 'sobot|Tom||{}|partnerid=1'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^nickname   3      Tom$/m)
    expect(r.stdout).toMatch(/^partnerid  11     1$/m)
    expect(r.stdout).toMatch(/total: 25 \/ 1000 bytes/)
    expect(r.stdout).toMatch(/no issues/)
  })

  it('lists every validation issue and exits 1', () => {
    const value = 'sobot|||{"a":1}|transfer_action=[{"actionType":"to_group","deciId":"g","optionId":"3"}]|partnerid=' + 'x'.repeat(101)
    const r = run(['inspect', value])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/error INVALID_TRANSFER_ACTION transferAction\[0\]\.spillId/)
    expect(r.stdout).toMatch(/error INVALID_TRANSFER_ACTION transferAction\[0\]\.optionId/)
    expect(r.stdout).toMatch(/error PARTNER_ID_TOO_LONG partnerId/)
  })

  it('--json is machine-readable, from stdin too', () => {
    const value = encodeSessionFrom({ nickname: '智'.repeat(10), unionId: 'u-1' })
    const r = run(['inspect', '-', '--json'], { input: value + '\n' })
    const json = JSON.parse(r.stdout)
    expect(json).toMatchObject({ fields: { nickname: '智'.repeat(10), unionId: 'u-1' }, bytes: Buffer.byteLength(value), limit: 1000, fits: true, issues: [] })
    expect(json.bytesByField.nickname).toBe(30)
  })

  it('over the limit says so', () => {
    const r = run(['inspect', 'sobot|' + '智'.repeat(334) + '|||'])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/1011 \/ 1000 bytes/)
    expect(r.stdout).toMatch(/SESSION_FROM_TOO_LONG/)
  })

  it('--json on an undecodable string still prints JSON, with the issues, and exits 1', () => {
    const r = run(['inspect', 'hello', '--json'])
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout)).toMatchObject({ fields: null, bytes: 5, limit: 1000, issues: [{ code: 'NOT_SOBOT_SESSION_FROM', path: '' }] })
  })

  it('not a session-from: exit 1 with the code', () => {
    const r = run(['inspect', 'hello'])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/NOT_SOBOT_SESSION_FROM/)
  })
})

describe('sobot-contact inspect <web link>', () => {
  const LINK = 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=demo0000&channelid=1'

  it('reads every parameter of a link built by buildSobotWebLink, Chinese decoded', () => {
    const { url } = buildSobotWebLink(
      { partnerId: 'u-42', nickname: '汤姆 & Jerry', params: { vip: true }, transferAction: [toGroup('g1')] },
      { link: LINK, extraParams: { source: 10 } },
    )
    const r = run(['inspect', url])
    expect(r).toMatchObject({ code: 0, stderr: '' })
    expect(r.stdout).toBe(
      [
        'web link: https://chat.sobot.com/chat/h5/v2/index.html',
        'parameter  field                 value',
        'sysnum     company id (公司 ID)  demo0000',
        'channelid  channel               1',
        'partnerid  partnerId             u-42',
        'uname      nickname              汤姆 & Jerry',
        'params     params                {"vip":true}',
        'groupid    groupId               g1',
        'source     (passed as is)        10',
        '',
        'no issues',
        '',
      ].join('\n'),
    )
  })

  it('--json gives the parsed link, from stdin too', () => {
    const r = run(['inspect', '-', '--json'], { input: LINK + '&uname=%E6%B1%A4\n' })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({
      link: { base: 'https://chat.sobot.com/chat/h5/v2/index.html', sysnum: 'demo0000', channelid: '1', session: { nickname: '汤' }, extra: {} },
      issues: [],
    })
  })

  it("a custom domain needs --allow-host (repeatable); without it: INVALID_WEB_LINK and a hint", () => {
    const link = 'https://kefu.example.com/chat?sysnum=demo0000&uname=Tom'
    const refused = run(['inspect', link])
    expect(refused.code).toBe(1)
    expect(refused.stdout).toBe('')
    expect(refused.stderr).toMatch(/^error INVALID_WEB_LINK url: host "kefu.example.com" is neither Sobot's/m)
    expect(refused.stderr).toMatch(/^hint: --allow-host <host>/m)
    const ok = run(['inspect', link, '--allow-host', 'other.example', '--allow-host', 'kefu.example.com'])
    expect(ok.code).toBe(0)
    expect(ok.stdout).toMatch(/^uname      nickname              Tom$/m)
  })

  it.each([
    ['http://chat.sobot.com/?sysnum=a', 'error INVALID_WEB_LINK url: uses http: use the https:// link'],
    ['https://chat.sobot.com.evil.example/?sysnum=a', 'error INVALID_WEB_LINK url: host "chat.sobot.com.evil.example" is neither'],
    ['https://chat.sobot.com/chat?channelid=1', 'error INVALID_WEB_LINK url: carries no sysnum'],
    ['javascript:alert(1)', 'error INVALID_WEB_LINK url: is not an https:// URL'],
  ])('%s: exit 1 with the coded error', (url, line) => {
    const r = run(['inspect', url])
    expect(r.code).toBe(1)
    expect(r.stderr.startsWith(line)).toBe(true)
    const json = run(['inspect', url, '--json'])
    expect(json.code).toBe(1)
    expect(JSON.parse(json.stdout)).toMatchObject({ link: null, issues: [{ code: 'INVALID_WEB_LINK', path: 'url' }] })
  })

  it("the session rules that apply on the web are checked (partnerid ≤ 100), WeChat's byte limit is not", () => {
    const long = run(['inspect', LINK + '&partnerid=' + 'x'.repeat(101)])
    expect(long.code).toBe(1)
    expect(long.stdout).toMatch(/^error PARTNER_ID_TOO_LONG partnerId: over 100 characters/m)
    const big = run(['inspect', LINK + '&uname=' + encodeURIComponent('智'.repeat(400) + '|')])
    expect(big.code).toBe(0)
    expect(big.stdout).toMatch(/no issues/)
  })
})

describe('sobot-contact inspect <微信客服 link>', () => {
  const LINK = 'https://work.weixin.qq.com/kf/kfc0123456789abcdef?enc_scene=ENC1'
  const withParam = (fields: Record<string, string>) => LINK + '&scene_param=' + encodeURIComponent(Buffer.from(JSON.stringify(fields)).toString('base64'))

  it("what core's buildKfLink wrote reads back field by field, with each field's bytes and the total against 128", () => {
    const built = buildKfLink({ nickname: '汤姆', partnerId: 'u-42' }, LINK + '&from=h5', { extraFields: { is_vip: true } })
    const r = run(['inspect', built.url])
    expect(r).toMatchObject({ code: 0, stderr: '' })
    expect(r.stdout).toMatch(/^微信客服 link: https:\/\/work\.weixin\.qq\.com\/kf\/kfc0123456789abcdef$/m)
    expect(r.stdout).toMatch(/^partnerid +partnerId +18 +u-42$/m)
    expect(r.stdout).toMatch(/^uname +nickname +16 +汤姆$/m)
    expect(r.stdout).toMatch(/^is_vip +extraFields\.is_vip +12 +1$/m)
    expect(r.stdout).toMatch(/^from +\(passed as is\) +h5$/m)
    expect(r.stdout).toContain(`scene_param: ${built.bytes} / 128 bytes (Base64 of ${Buffer.byteLength(built.param.json)} bytes of JSON)`)
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('no issues')
  })

  it('over 128 bytes: exit 1, the total in red words and the coded error with every field\'s bytes', () => {
    const r = run(['inspect', withParam({ remark: 'r'.repeat(100) })])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('scene_param: 152 / 128 bytes (Base64 of 113 bytes of JSON) — Sobot ignores it')
    expect(r.stdout).toMatch(/^error KF_SCENE_PARAM_TOO_LONG extraFields\.remark: 152 of 128 bytes of Base64 .*remark 111, braces and commas 2/m)
  })

  it("the session rules of this channel: a | in an id is an error, partnerid may pass session-from's 100 characters", () => {
    expect(run(['inspect', withParam({ partnerid: 'a|b' })]).stdout).toMatch(/^error SEPARATOR_IN_ID partnerId: /m)
    const r = run(['inspect', withParam({ partnerid: 'p'.repeat(80) })])
    expect(r.code).toBe(0)
    expect(r.stdout).not.toMatch(/PARTNER_ID_TOO_LONG/)
  })

  it('an extra field read back is checked as Sobot reads it (is_vip "0" or "1")', () => {
    const r = run(['inspect', withParam({ is_vip: 'yes' })])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^error INVALID_FIELD extraFields\.is_vip: /m)
  })

  it('a link without a parameter, or without enc_scene, says so', () => {
    const r = run(['inspect', 'https://work.weixin.qq.com/kfid/kfc01'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('scene_param: none (the visitor arrives anonymous)')
    expect(r.stdout).toMatch(/^warning KF_LINK_WITHOUT_SCENE link: /m)
  })

  it('a link on WeCom\'s host that is not a 微信客服 link, or a scene_param that does not read: exit 1 with the code, on stderr', () => {
    for (const [url, code] of [
      ['https://work.weixin.qq.com/wework_admin/frame', 'INVALID_KF_LINK url'],
      ['http://work.weixin.qq.com/kfid/kfc01', 'INVALID_KF_LINK url'],
      [LINK + '&scene_param=a%3D1', 'INVALID_KF_SCENE_PARAM scene_param'],
    ]) {
      const r = run(['inspect', url as string])
      expect([r.code, r.stdout]).toEqual([1, ''])
      expect(r.stderr).toMatch(new RegExp('^error ' + code + ': ', 'm'))
    }
  })

  it('--json: the parsed link and the issues; link null for a refused URL', () => {
    const built = buildKfLink({ nickname: 'Tom' }, LINK)
    const r = run(['inspect', built.url, '--json'])
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.issues).toEqual([])
    expect(out.link.sceneParam).toMatchObject({ bytes: built.bytes, fits: true, fields: { uname: 'Tom' }, session: { nickname: 'Tom' } })
    const bad = run(['inspect', 'https://work.weixin.qq.com/x', '--json'])
    expect(bad.code).toBe(1)
    expect(JSON.parse(bad.stdout)).toMatchObject({ link: null, issues: [{ code: 'INVALID_KF_LINK', path: 'url' }] })
  })

  it('a Sobot web link still goes to the web link reader', () => {
    expect(run(['inspect', 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=demo0000']).stdout).toMatch(/^web link: /m)
  })
})

describe('sobot-contact decode', () => {
  it('prints the input object as JSON', () => {
    const r = run(['decode', 'sobot|Tom||{"vip":true}|partnerid=42'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({ nickname: 'Tom', params: { vip: true }, partnerId: '42' })
  })

  it('reads stdin when no argument is given', () => {
    const r = run(['decode'], { input: 'sobot|Tom|||robotid=7\n' })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({ nickname: 'Tom', robotId: '7' })
  })

  it('bad JSON inside: exit 1 with code and path', () => {
    const r = run(['decode', 'sobot|||{oops'])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/error INVALID_JSON_VALUE params/)
  })
})

describe('sobot-contact unionid', () => {
  it('encrypts and decrypts with SOBOT_CHANNEL_KEY, and matches the library', async () => {
    const { encryptUnionId } = await import('@sobot-contact/core/unionid')
    const env = { SOBOT_CHANNEL_KEY: KEY }
    const enc = run(['unionid', 'encrypt', 'oJw8S1S0ZheoM2PnKbka3zJO-QyE'], { env })
    expect(enc.code).toBe(0)
    expect(enc.stdout.trim()).toBe(encryptUnionId('oJw8S1S0ZheoM2PnKbka3zJO-QyE', KEY))
    expect(run(['unionid', 'decrypt', enc.stdout.trim()], { env }).stdout.trim()).toBe('oJw8S1S0ZheoM2PnKbka3zJO-QyE')
    expect(run(['unionid', 'encrypt', '-', '--hex'], { env, input: 'abc\n' }).stdout.trim()).toBe(encryptUnionId('abc', KEY, { encoding: 'hex' }))
  })

  it('reads the key from --key-file', () => {
    const file = join(tmp, 'key')
    writeFileSync(file, KEY + '\n')
    const enc = run(['unionid', 'encrypt', 'u-1', '--key-file', file])
    expect(enc.code).toBe(0)
    expect(run(['unionid', 'decrypt', enc.stdout.trim(), '--key-file', file]).stdout.trim()).toBe('u-1')
  })

  it('refuses a key on the command line, saying why, and never echoes it', () => {
    for (const args of [['--key', KEY], ['-k', KEY], [`--key=${KEY}`], ['--key']]) {
      const r = run(['unionid', 'encrypt', 'u-1', ...args])
      expect(r.code).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toMatch(/shell history/)
      expect(r.stderr).not.toContain(KEY)
    }
  })

  it('a --key-file that cannot be read: exit 2 without printing the path (it may be the key itself)', () => {
    const r = run(['unionid', 'encrypt', 'u-1', '--key-file', KEY])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/cannot read the --key-file \(ENOENT\)/)
    expect(r.stderr).not.toContain(KEY)
  })

  it('never prints the plaintext UnionID or the key on a failure', () => {
    const r = run(['unionid', 'decrypt', 'not base64!'], { env: { SOBOT_CHANNEL_KEY: KEY } })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/DECRYPT_FAILED/)
    expect(r.stderr).not.toContain(KEY)
    const enc = run(['unionid', 'encrypt', 'secret-union'], { env: { SOBOT_CHANNEL_KEY: KEY } })
    expect(enc.stdout).not.toContain('secret-union')
    expect(enc.stderr).toBe('')
  })

  it('no key: exit 2; wrong key: DECRYPT_FAILED; a bad key: INVALID_CHANNEL_KEY without echoing it', () => {
    expect(run(['unionid', 'encrypt', 'u-1']).code).toBe(2)
    const enc = run(['unionid', 'encrypt', 'u-1'], { env: { SOBOT_CHANNEL_KEY: KEY } }).stdout.trim()
    const wrong = run(['unionid', 'decrypt', enc], { env: { SOBOT_CHANNEL_KEY: 'fedcba9876543210' } })
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toMatch(/DECRYPT_FAILED/)
    const bad = run(['unionid', 'encrypt', 'u-1'], { env: { SOBOT_CHANNEL_KEY: 'short-secret' } })
    expect(bad.stderr).toMatch(/INVALID_CHANNEL_KEY/)
    expect(bad.stderr).not.toContain('short-secret')
  })
})

describe('help and version', () => {
  it('--version prints the package version', async () => {
    const { version } = (await import('../package.json', { with: { type: 'json' } })).default
    expect(run(['--version']).stdout.trim()).toBe(version)
  })

  it('every command has --help with an example', () => {
    for (const cmd of [[], ['encode'], ['inspect'], ['decode'], ['unionid'], ['unionid', 'encrypt'], ['unionid', 'decrypt']]) {
      const r = run([...cmd, '--help'])
      expect(r.code).toBe(0)
      expect(r.stdout).toMatch(/Example/)
      expect(r.stdout).toContain(('$ sobot-contact ' + cmd.join(' ')).trim())
    }
  })

  it('wrong usage exits 2: an unknown option, no command', () => {
    const unknown = run(['encode', '--bogus'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/unknown option '--bogus'/)
    expect(run([]).code).toBe(2)
  })

  // `script` (util-linux) gives the child a pseudo-terminal, so isTTY is true there.
  const hasScript = spawnSync('script', ['--version']).status === 0
  it.skipIf(!hasScript)('colours on a TTY, none with NO_COLOR', () => {
    const onTty = (env: Record<string, string | undefined>) =>
      spawnSync('script', ['-qec', `"${process.execPath}" "${bin}" inspect 'sobot|Tom||{}|partnerid=1'`, '/dev/null'], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, TERM: 'xterm', ...env },
      }).stdout
    const coloured = onTty({})
    expect(coloured).toMatch(/\x1b\[/)
    expect(coloured).toMatch(/nickname\s+3\s+Tom/)
    expect(onTty({ NO_COLOR: '1' })).not.toMatch(/\x1b\[/)
  })

  it('no colour codes when not on a TTY', () => {
    const r = spawnSync(process.execPath, [bin, 'inspect', 'sobot||||'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined } })
    expect(r.stdout).not.toMatch(/\x1b\[/)
  })
})

describe('through the bin', () => {
  it('the published bin (bin/sobot-contact.js → dist/cli.js) runs by itself', () => {
    const r = spawnSync(fileURLToPath(new URL('../bin/sobot-contact.js', import.meta.url)), ['decode', 'sobot|Tom|||'], { encoding: 'utf8' })
    expect(r.status, r.stderr).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({ nickname: 'Tom' })
  })

  it('dist/cli.js runs by itself (shebang, executable)', () => {
    const r = spawnSync(bin, ['decode', 'sobot|Tom|||'], { encoding: 'utf8' })
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({ nickname: 'Tom' })
  })

  // The root package.json depends on @sobot-contact/cli, so pnpm links the bin there.
  const shim = join(root, 'node_modules/.bin/sobot-contact')
  it('the workspace bin: `pnpm exec sobot-contact inspect …` from the repo root (the acceptance command)', () => {
    // pnpm links a bin on install only if its file exists then: package.json points at the committed bin/ shim.
    expect(existsSync(shim), `${shim} missing: run pnpm install at the repo root`).toBe(true)
    const viaShim = spawnSync(shim, ['inspect', 'sobot|Tom||{}|partnerid=1'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
    expect(viaShim.status).toBe(0)
    expect(viaShim.stdout).toMatch(/total: 25 \/ 1000 bytes/)
    const viaPnpm = spawnSync('pnpm', ['exec', 'sobot-contact', 'inspect', 'sobot|Tom||{}|partnerid=1'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
    expect(viaPnpm.status).toBe(0)
    expect(viaPnpm.stdout).toBe(viaShim.stdout)
  })
})
