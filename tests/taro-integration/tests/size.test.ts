import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { beforeAll, expect, test } from 'vitest'
import { APP_DIR, errorLines, taroBuild, type TaroBuild } from './buildDemo'

// How many bytes @sobot-contact/taro-react (with the core it brings) adds to the WeChat bundle: the
// sample app built as it is, against the same app built with both packages replaced by a bare
// `<Button openType="contact">` (what a team would hand-write without them). Same pages, same Taro,
// same minifier; the difference is this toolkit's code.

/**
 * Budget for what the toolkit adds to a weapp build (minified JS): 10,836 B measured, so a regression
 * of ~430 B fails here. Issue 14 asked for 8 KB; with every rule still checked in production that is
 * not reachable (see the issue's closing note), so this guards what we have.
 *
 * It is also below what the toolkit added before the other targets existed (H5, other mini-programs,
 * desktop WeChat: 11,715 B, measured by this test on e921809), so issue 12's rule — the targets may
 * add at most 512 B to the WeChat bundle — holds with room to spare and needs no check of its own.
 * Measured on its own, the targets' code costs ~950 B (core's WeChat row of the channel table, desktop
 * detection, the hand-over, the plain-button branch); the short production messages saved more.
 * Issue 22's `bare` look adds 192 B of JS (10,933 → 11,125 B, measured here) and its stylesheet, checked
 * below as WXSS.
 */
//
// Issue 22 (every WeChat client, core's contact controller, the user's onClick on every target, the
// largest field named in SESSION_FROM_TOO_LONG) asked for at most 512 B more than the 10,836 B measured
// before it; it measures 12,190 B (+1,354 B: the controller ~930 B, the WeChat-client table and reader
// ~340 B, HarmonyOS's row ~230 B, the hook ~300 B, less the tap code the button no longer carries). Not
// met — see that issue's closing note; with the `bare` look 12,479 B. Issue 24's 微信客服 is checked on
// its own below (0 B asked without kf, 1 KB with it; neither is met, see its closing note).
// This budget guards today's figure.
const BUDGET_BYTES = 12 * 1024 + 640

const HERE = dirname(fileURLToPath(import.meta.url))
const WORK = join(HERE, '../.work/baseline')
const FIXTURE = join(HERE, '../.work/toolkit')
const KF_FIXTURE = join(HERE, '../.work/toolkit-kf')

const STUB_BUTTON = `import { Button } from '@tarojs/components'
// Baseline stand-in for @sobot-contact/taro-react: a hand-written contact button, no encoding.
export function SobotContactButton({ session, card, onContact, navigateOnContact, onError, overflow, onWarning, ...rest }: any) {
  return <Button openType="contact" {...rest} />
}
`
const STUB_CORE = `// Baseline stand-in for @sobot-contact/core: the two routing builders and the 微信客服 configuration the demo's data uses.
export const toGroup = (deciId: string) => ({ actionType: 'to_group', deciId, optionId: '4' })
export const toAgent = (deciId: string) => ({ actionType: 'to_service', deciId, optionId: '2' })
export const weComKf = (options: object) => options
`

/** Bytes of every `ext` (.js) file under a build, and the same gzipped. */
function jsBytes(dir: string, ext = '.js'): { files: Record<string, number>; total: number; gzip: number } {
  const files: Record<string, number> = {}
  const chunks: Buffer[] = []
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else if (name.endsWith(ext)) {
        const buf = readFileSync(p)
        files[relative(dir, p)] = buf.length
        chunks.push(buf)
      }
    }
  }
  walk(dir)
  return { files, total: Object.values(files).reduce((a, b) => a + b, 0), gzip: gzipSync(Buffer.concat(chunks), { level: 9 }).length }
}

/**
 * The size fixture: a copy of the demo's contact-button pages (its WeChat pages without the chat
 * page, which only apps that serve desktop WeChat add) built with the real packages.
 */
function copyApp(dir: string) {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (const entry of ['src', 'config', 'types', 'babel.config.js', 'project.config.json', 'package.json', 'tsconfig.json']) {
    cpSync(join(APP_DIR, entry), join(dir, entry), { recursive: true })
  }
  symlinkSync(join(APP_DIR, 'node_modules'), join(dir, 'node_modules'), 'dir')
  // The copy sits elsewhere: point its tsconfig at the repository's base config.
  const tsconfig = join(dir, 'tsconfig.json')
  writeFileSync(tsconfig, readFileSync(tsconfig, 'utf8').replace('../../tsconfig.base.json', join(APP_DIR, '../../tsconfig.base.json')))
  const appConfig = join(dir, 'src/app.config.ts')
  // Without the clients page either: it is the one page that uses 微信客服 (kf), measured on its own.
  writeFileSync(appConfig, readFileSync(appConfig, 'utf8').replace(", 'pages/sobot-chat/index'", '').replace(" 'pages/clients/index',", ''))
}

/** The fixture again, its webpack config pointing both packages at the stubs. */
function makeBaseline() {
  copyApp(WORK)
  mkdirSync(join(WORK, 'src/baseline'))
  writeFileSync(join(WORK, 'src/baseline/SobotContactButton.tsx'), STUB_BUTTON)
  writeFileSync(join(WORK, 'src/baseline/core.ts'), STUB_CORE)
  const configFile = join(WORK, 'config/index.ts')
  const config = readFileSync(configFile, 'utf8')
  const hook = 'webpackChain(chain) {'
  if (!config.includes(hook)) throw new Error(`config/index.ts has no "${hook}": update makeBaseline()`)
  writeFileSync(
    configFile,
    config.replace(
      hook,
      () => `${hook}
      chain.resolve.alias.set('@sobot-contact/taro-react$', ${JSON.stringify(join(WORK, 'src/baseline/SobotContactButton.tsx'))})
      chain.resolve.alias.set('@sobot-contact/core$', ${JSON.stringify(join(WORK, 'src/baseline/core.ts'))})`,
    ),
  )
}

/**
 * The fixture again, its first page's contact button given Sobot's 微信客服 channel (the one line an
 * app adds): what a build that uses the channel pays, against the fixture without it.
 */
function makeKfFixture() {
  copyApp(KF_FIXTURE)
  const page = join(KF_FIXTURE, 'src/pages/index/index.tsx')
  const source = readFileSync(page, 'utf8')
  const button = '<SobotContactButton '
  const imports = "import { SobotContactButton } from '@sobot-contact/taro-react'"
  if (!source.includes(button) || !source.includes(imports)) throw new Error(`${page} has no "${button}" or "${imports}": update makeKfFixture()`)
  writeFileSync(
    page,
    source
      .replace(imports, "import { SobotContactButton, weComKf } from '@sobot-contact/taro-react'\nimport { KF_CORP_ID, KF_LINK } from 'sobot-contact-scenarios'\nconst KF = weComKf({ link: KF_LINK, corpId: KF_CORP_ID })")
      .replace(button, button + 'kf={KF} '),
  )
}

let baseline: TaroBuild
let fixture: TaroBuild
let kfFixture: TaroBuild
beforeAll(async () => {
  makeBaseline()
  copyApp(FIXTURE)
  makeKfFixture()
  baseline = await taroBuild(WORK)
  fixture = await taroBuild(FIXTURE)
  kfFixture = await taroBuild(KF_FIXTURE)
}, 1_300_000)

test('the baseline (bare contact button) builds', () => {
  expect(baseline.status, baseline.log.slice(-3000)).toBe(0)
  expect(errorLines(baseline.log)).toEqual([])
  // The stubs really replaced the packages: no session-from encoder in the baseline bundle.
  const all = Object.keys(jsBytes(baseline.outDir).files).map((f) => readFileSync(join(baseline.outDir, f), 'utf8')).join('\n')
  expect(all).not.toContain('transfer_action')
})

test(`@sobot-contact/taro-react adds less than ${BUDGET_BYTES} bytes of minified JS to the weapp build`, () => {
  expect(fixture.status, fixture.log.slice(-3000)).toBe(0)
  const withToolkit = jsBytes(fixture.outDir)
  const without = jsBytes(baseline.outDir)
  const added = withToolkit.total - without.total
  const addedGzip = withToolkit.gzip - without.gzip
  const perFile = Object.keys(withToolkit.files)
    .map((f) => `${f} ${(withToolkit.files[f] ?? 0) - (without.files[f] ?? 0)}`)
    .filter((line) => !line.endsWith(' 0'))
  process.stdout.write(
    `weapp JS: ${withToolkit.total} B with @sobot-contact/taro-react, ${without.total} B with a bare button: ` +
      `+${added} B minified (+${addedGzip} B gzip) [${perFile.join(', ')}]\n`,
  )
  expect(withToolkit.total).toBeGreaterThan(without.total) // the measurement measures something
  expect(added).toBeLessThan(BUDGET_BYTES)
})

/** The `bare` look's stylesheet (core's bare.css, emitted by Taro into common.wxss, which app.wxss imports). */
const STYLE_BUDGET_BYTES = 256

test(`@sobot-contact/taro-react adds less than ${STYLE_BUDGET_BYTES} bytes of WXSS (the bare look)`, () => {
  const added = jsBytes(fixture.outDir, '.wxss').total - jsBytes(baseline.outDir, '.wxss').total
  process.stdout.write(`weapp WXSS: +${added} B with @sobot-contact/taro-react\n`)
  expect(readFileSync(join(fixture.outDir, 'common.wxss'), 'utf8')).toContain('.sobot-contact-bare::after')
  expect(added).toBeGreaterThan(0)
  expect(added).toBeLessThan(STYLE_BUDGET_BYTES)
})

/**
 * Issue 24 (Sobot's 微信客服 channel): a button without `kf` should carry none of it. Measured on the
 * commit before the channel (03ae8bd, this test's fixture then): +12,479 B.
 */
const ADDED_BEFORE_KF = 12_479
/**
 * What the channel may add to a build without `kf` (issue 24 asked for 0 B): 126 B measured — the
 * controller's hooks (the kf route in the view, the open-kf branch of the tap and its fallback) and the
 * `kf` prop; the openers, the builders and the routing live in `weComKf`, which only an app using it imports.
 */
const KF_UNUSED_BUDGET_BYTES = 192
/**
 * What an app that uses the channel pays (issue 24 asked for at most 1 KB): 6,032 B measured (2,182 B
 * gzip) — the link's rule, the visitor parameter's fields and checks (the session's own rules are shared
 * with the button), Base64, the 128-byte limit and its per-field bytes, the over-limit policy, routing,
 * the tap with its fallback, and this build's opener (the wrapper's weComKf picks it at build time).
 */
const KF_USED_BUDGET_BYTES = 6_144

test(`a button without 微信客服 carries at most ${KF_UNUSED_BUDGET_BYTES} B of it; a build that uses it pays at most ${KF_USED_BUDGET_BYTES} B`, () => {
  expect(kfFixture.status, kfFixture.log.slice(-3000)).toBe(0)
  const unused = jsBytes(fixture.outDir).total - jsBytes(baseline.outDir).total - ADDED_BEFORE_KF
  const used = jsBytes(kfFixture.outDir).total - jsBytes(fixture.outDir).total
  const usedGzip = jsBytes(kfFixture.outDir).gzip - jsBytes(fixture.outDir).gzip
  process.stdout.write(`weapp JS, 微信客服: +${unused} B without kf (against ${ADDED_BEFORE_KF} B before the channel), +${used} B minified (+${usedGzip} B gzip) with kf on one button\n`)
  // The kf build really carries the channel: WeCom's host and the 128-byte limit's field names.
  const all = Object.keys(jsBytes(kfFixture.outDir).files).map((f) => readFileSync(join(kfFixture.outDir, f), 'utf8')).join('\n')
  expect(all).toContain('customer_fields')
  // …and only this build's opener: no H5 (location.assign) or App (plus.share) one (Taro's runtime
  // names location.assign in a warning of its own: as often as in the build without kf).
  const openers = (dir: string) => Object.keys(jsBytes(dir).files).map((f) => readFileSync(join(dir, f), 'utf8').split(/location\.assign|getServices/).length - 1).reduce((a, b) => a + b, 0)
  expect(openers(kfFixture.outDir)).toBe(openers(fixture.outDir))
  expect(unused).toBeLessThanOrEqual(KF_UNUSED_BUDGET_BYTES)
  expect(used).toBeGreaterThan(0)
  expect(used).toBeLessThanOrEqual(KF_USED_BUDGET_BYTES)
})
