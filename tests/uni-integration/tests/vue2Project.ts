// uni-app's Vue 2 toolchain (webpack 4, vue 2.6.14) for the Vue 2 fixtures: installed with npm into
// the OS temp folder (the pins are fixtures/vue2/package.json; pnpm's workspace keeps vite and Vue 3),
// reused while those pins stay the same, and two throwaway projects built with it — the npm package
// (packed tarballs) and the uni_modules plugin copied in. Nothing is written outside the temp folder
// and this package's .output/.
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli, type CliRun } from 'sobot-contact-test-kit/run-cli'
import * as scenarios from 'sobot-contact-scenarios'

const HERE = dirname(fileURLToPath(import.meta.url))
const REPO = resolve(HERE, '../../..')
/** The Vue 2 fixture: the toolchain's package.json, babel.config.js and postcss.config.js, and the app's src/. */
export const VUE2_FIXTURE = resolve(HERE, '../fixtures/vue2')
/** The uni_modules plugin packages/uni-vue's build generates. */
export const PLUGIN_DIR = join(REPO, 'packages/uni-vue/uni_modules/sobot-contact')
// (postcss.config.js: uni-app's Vue 2 CLI template has one, and a component's <style> needs it)
const TOOLCHAIN_FILES = ['package.json', 'babel.config.js', 'postcss.config.js']
const NPM_CACHE = join(tmpdir(), 'sobot-contact-vue2-npm-cache')
const NPM_FLAGS = ['--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', '--legacy-peer-deps', '--cache', NPM_CACHE]

/** The installed toolchain: its folder (the build's working directory) and what installing took. */
export interface Vue2Toolchain {
  dir: string
  /** Milliseconds npm took, or 0 when an earlier run's install was reused. */
  installMs: number
  log: string
}

/**
 * npm-installs fixtures/vue2/package.json into `<tmp>/sobot-contact-vue2-<hash of the pins>/` unless
 * that folder is already complete (installed next to it, then renamed: a half install never counts).
 *
 * @example
 * const toolchain = await vue2Toolchain()
 */
export async function vue2Toolchain(): Promise<Vue2Toolchain> {
  const hash = createHash('sha256')
  for (const file of TOOLCHAIN_FILES) hash.update(readFileSync(join(VUE2_FIXTURE, file)))
  const dir = join(tmpdir(), `sobot-contact-vue2-${hash.digest('hex').slice(0, 12)}`)
  if (existsSync(join(dir, 'node_modules/@vue/cli-service/bin/vue-cli-service.js'))) return { dir, installMs: 0, log: '' }
  const partial = `${dir}.partial-${process.pid}`
  rmSync(partial, { recursive: true, force: true })
  mkdirSync(partial, { recursive: true })
  for (const file of TOOLCHAIN_FILES) cpSync(join(VUE2_FIXTURE, file), join(partial, file))
  const run = await runCli('npm', ['install', ...NPM_FLAGS], { cwd: partial, env: { NODE_ENV: 'development' }, timeoutMs: 900_000 })
  if (run.status !== 0) throw new Error(`npm install of the Vue 2 toolchain failed in ${partial}:\n${run.log.slice(-3000)}`)
  if (existsSync(dir)) rmSync(partial, { recursive: true, force: true })
  else renameSync(partial, dir)
  return { dir, installMs: run.ms, log: run.log }
}

/** apps/scenarios' data as a module the Vue 2 pages import (plain values; products with their session and card). */
function scenariosModule(): string {
  const products = Object.fromEntries(Object.entries(scenarios.PRODUCTS).map(([id, p]) => [id, { session: scenarios.productSession(p), card: scenarios.productCard(p) }]))
  const values = {
    VISITOR: scenarios.VISITOR,
    WEB_LINK: scenarios.WEB_LINK,
    CHAT_PAGE: scenarios.CHAT_PAGE,
    BAD_SESSION: scenarios.BAD_SESSION,
    CHANNEL_SCENARIOS: scenarios.CHANNEL_SCENARIOS,
    BAD_SESSION_SCENARIO: scenarios.BAD_SESSION_SCENARIO,
    KF_LINK: scenarios.KF_LINK,
    KF_CORP_ID: scenarios.KF_CORP_ID,
    PRODUCTS: products,
  }
  const lines = Object.entries(values).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)}`)
  return `// Written by tests/vue2Project.ts from sobot-contact-scenarios (apps/scenarios).\n${lines.join('\n')}\n`
}

/** How a fixture gets our code: the packed npm packages, or the uni_modules plugin copied into src/. */
export type Vue2Install = { kind: 'npm'; tarballs: PackedTarball[] } | { kind: 'uni-modules' }

/**
 * A throwaway Vue 2 project inside the toolchain folder (so its packages resolve from there): the
 * fixture's src/ and, for `npm`, the tarballs npm-installed into its own node_modules; for
 * `uni-modules`, the plugin in src/uni_modules/ and an easycom rule to its vue2/ folder.
 *
 * @example
 * const project = await makeVue2Project(toolchain, { kind: 'uni-modules' })
 */
export async function makeVue2Project(toolchain: Vue2Toolchain, install: Vue2Install): Promise<string> {
  mkdirSync(join(toolchain.dir, 'runs'), { recursive: true })
  const dir = mkdtempSync(join(toolchain.dir, 'runs', `${install.kind}-`))
  const src = join(dir, 'src')
  cpSync(join(VUE2_FIXTURE, 'src'), src, { recursive: true })
  writeFileSync(join(src, 'scenarios.js'), scenariosModule())
  if (install.kind === 'uni-modules') {
    cpSync(PLUGIN_DIR, join(src, 'uni_modules/sobot-contact'), { recursive: true })
    const readme = readFileSync(join(PLUGIN_DIR, 'readme.md'), 'utf8')
    const rule = /"easycom":\s*\{\s*"custom":\s*(\{[^}]*\})/.exec(readme)
    if (!rule) throw new Error(`${PLUGIN_DIR}/readme.md gives no Vue 2 easycom rule`)
    const pages = JSON.parse(readFileSync(join(src, 'pages.json'), 'utf8'))
    pages.easycom.custom = JSON.parse(rule[1] as string)
    writeFileSync(join(src, 'pages.json'), JSON.stringify(pages, null, 2))
    writeFileSync(join(src, 'sobotCore.js'), "export * from './uni_modules/sobot-contact/js_sdk/sobot-contact-core.js'\n")
    writeFileSync(join(src, 'sobotKf.js'), "export { weComKf } from './uni_modules/sobot-contact/vue2/components/sobot-contact-button/weComKf.js'\n")
  } else {
    const dependencies = Object.fromEntries(install.tarballs.map((t) => [t.name, 'file:' + t.tarball]))
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'vue2-npm-fixture', private: true, dependencies }, null, 2))
    const run = await runCli('npm', ['install', ...NPM_FLAGS], { cwd: dir, env: { NODE_ENV: 'development' }, timeoutMs: 300_000 })
    if (run.status !== 0) throw new Error(`npm install of the tarballs failed in ${dir}:\n${run.log.slice(-3000)}`)
  }
  return dir
}

/** A `pnpm pack`ed workspace package. */
export interface PackedTarball {
  name: string
  tarball: string
}

/**
 * `pnpm pack`s packages/core and packages/uni-vue (built) into `dest`, as a publish would
 * (`workspace:` ranges rewritten).
 *
 * @example
 * const tarballs = await packForVue2(mkdtempSync(join(tmpdir(), 'packs-')))
 */
export async function packForVue2(dest: string): Promise<PackedTarball[]> {
  const packed: PackedTarball[] = []
  for (const name of ['core', 'uni-vue']) {
    const dir = join(REPO, 'packages', name)
    const run = await runCli('pnpm', ['pack', '--pack-destination', dest], { cwd: dir, env: { NODE_ENV: 'development' }, timeoutMs: 120_000 })
    const tarball = run.log.trim().split(/\r?\n/).filter((l) => l.endsWith('.tgz')).pop()
    if (run.status !== 0 || !tarball) throw new Error(`pnpm pack failed in ${dir}:\n${run.log}`)
    packed.push({ name: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name, tarball: resolve(dest, tarball) })
  }
  return packed
}

/** What one Vue 2 build did. */
export interface Vue2Build extends CliRun {
  outDir: string
}

/**
 * `vue-cli-service uni-build` (what the template's `build:mp-weixin` / `build:h5` run) for a project
 * made by {@link makeVue2Project}. The CLI's daily update check (a POST to DCloud) is answered from
 * its own record, written into a temp folder of the project: no request leaves the machine.
 *
 * @example
 * const build = await buildVue2(toolchain, project, 'mp-weixin')
 */
export async function buildVue2(toolchain: Vue2Toolchain, project: string, platform: 'mp-weixin' | 'h5'): Promise<Vue2Build> {
  const outDir = join(project, 'dist', platform)
  const tmp = join(project, 'tmp')
  mkdirSync(tmp, { recursive: true })
  const inputDir = join(project, 'src')
  const record = join(tmp, `uni_app_cli_update_${createHash('md5').update(inputDir).digest('hex')}.json`)
  writeFileSync(record, JSON.stringify({ vid: 'UNI_TEST', lastCheck: Date.now() }))
  const cli = join(toolchain.dir, 'node_modules/@vue/cli-service/bin/vue-cli-service.js')
  const env = { NODE_ENV: 'production', UNI_PLATFORM: platform, UNI_INPUT_DIR: inputDir, UNI_OUTPUT_DIR: outDir, TMPDIR: tmp }
  const run = await runCli(process.execPath, [cli, 'uni-build'], { cwd: toolchain.dir, env, timeoutMs: 600_000 })
  return { ...run, outDir }
}
