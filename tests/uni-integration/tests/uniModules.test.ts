import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeSessionFrom, toGroup } from '@sobot-contact/core'
import { attrsOf, findAll, startMiniProgram, textOf, type MiniProgram, type RenderedNode } from 'sobot-contact-test-kit/miniprogram'
import { APP_DIR, buildDemo, expectCleanBuild, OUT_DIR, type DemoBuild } from './buildDemo'

// The uni_modules plugin (DCloud's format) that packages/uni-vue's build generates, used the way an
// HBuilderX team uses it: copied into src/uni_modules/ of a project that has no @sobot-contact/* npm
// package, found by easycom with no import and no pages.json rule, built by uni's own CLI for WeChat.
const HERE = dirname(fileURLToPath(import.meta.url))
const UNI_VUE_DIR = resolve(HERE, '../../../packages/uni-vue')
const PLUGIN_DIR = join(UNI_VUE_DIR, 'uni_modules/sobot-contact')
const FIXTURE_DIR = resolve(HERE, '../fixtures/uni-modules')
const COMPONENT = 'uni_modules/sobot-contact/components/sobot-contact-button/sobot-contact-button'
// What the fixture's page passes to <sobot-contact-button>.
const SESSION = { nickname: '小明', partnerId: 'u-1' }

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'))

let project: string
let build: DemoBuild

/**
 * A uni-app project outside the workspace (no parent folder has a node_modules/@sobot-contact):
 * the fixture's source, the plugin in src/uni_modules/, and in node_modules only the sample app's
 * packages that are not ours (uni-app, vue, vite, typescript), linked.
 */
function makeProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sobot-uni-modules-'))
  cpSync(FIXTURE_DIR, dir, { recursive: true })
  cpSync(PLUGIN_DIR, join(dir, 'src/uni_modules/sobot-contact'), { recursive: true })
  const demo = json(join(APP_DIR, 'package.json')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> }
  const versions = { ...demo.dependencies, ...demo.devDependencies }
  const dependencies: Record<string, string> = {}
  for (const scope of readdirSync(join(APP_DIR, 'node_modules'))) {
    if (scope.startsWith('.') || scope.includes('sobot-contact')) continue
    const names = scope.startsWith('@') ? readdirSync(join(APP_DIR, 'node_modules', scope)).map((n) => `${scope}/${n}`) : [scope]
    for (const name of names) {
      mkdirSync(dirname(join(dir, 'node_modules', name)), { recursive: true })
      symlinkSync(join(APP_DIR, 'node_modules', name), join(dir, 'node_modules', name), 'dir')
      dependencies[name] = versions[name] ?? '*'
    }
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'uni-modules-fixture', private: true, dependencies }, null, 2))
  return dir
}

beforeAll(async () => {
  if (!existsSync(join(PLUGIN_DIR, 'package.json'))) {
    throw new Error(`${PLUGIN_DIR} is missing: packages/uni-vue's build generates it (pnpm build, or pnpm --filter @sobot-contact/uni-vue build:uni-modules)`)
  }
  project = makeProject()
  build = await buildDemo(join(OUT_DIR, '..', 'uni-modules'), { inputDir: join(project, 'src'), root: project })
  writeFileSync(join(OUT_DIR, '..', 'uni-modules.log'), build.log)
})

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true })
})

describe('the uni_modules plugin (packages/uni-vue/uni_modules/sobot-contact)', () => {
  it("has DCloud's package.json fields, versioned as the npm package", () => {
    const manifest = json(join(PLUGIN_DIR, 'package.json'))
    expect(manifest.id).toBe('sobot-contact')
    expect(manifest.version).toBe(json(join(UNI_VUE_DIR, 'package.json')).version)
    for (const field of ['displayName', 'description']) expect(manifest[field], field).toMatch(/\S/)
    expect(manifest.keywords.length).toBeGreaterThan(0)
    expect(manifest.keywords.length, 'DCloud takes at most 5 keywords').toBeLessThanOrEqual(5)
    expect(manifest.dcloudext).toMatchObject({
      type: 'component-vue',
      category: ['前端组件', '通用组件'],
      sale: { regular: { price: '0.00' }, sourcecode: { price: '0.00' } },
      contact: expect.any(Object),
      npmurl: 'https://www.npmjs.com/package/@sobot-contact/uni-vue',
    })
    for (const field of ['ads', 'data', 'permissions']) expect(manifest.dcloudext.declaration[field], field).toMatch(/\S/)
    expect(manifest.uni_modules).toMatchObject({ dependencies: [], encrypt: [] })
    const client = manifest.uni_modules.platforms.client
    // vue2: 'y' is proven by the Vue 2 fixtures (vue2UniModules*.test.ts: the plugin's vue2/ components built with uni-app's Vue 2 CLI).
    expect(client.Vue).toEqual({ vue2: 'y', vue3: 'y' })
    expect(client.App['app-vue']).toBe('y')
    expect(Object.values(client['H5-mobile'])).toEqual(['y', 'y', 'y', 'y'])
    expect(client['小程序']).toMatchObject({ 微信: 'y', 阿里: 'y', 百度: 'y', 字节跳动: 'y', QQ: 'y', 京东: 'y' })
  })

  it('holds every component of packages/uni-vue/components with core bundled inside, and a readme and changelog', () => {
    const components = readdirSync(join(UNI_VUE_DIR, 'components'))
    expect(components).toContain('sobot-contact-button')
    for (const name of components) {
      const sfc = readFileSync(join(PLUGIN_DIR, 'components', name, `${name}.vue`), 'utf8')
      expect(sfc, name).not.toMatch(/from\s+['"]@sobot-contact\//)
    }
    const button = readFileSync(join(PLUGIN_DIR, 'components/sobot-contact-button/sobot-contact-button.vue'), 'utf8')
    expect(button).toContain("from '../../js_sdk/sobot-contact-core.js'")
    const core = readFileSync(join(PLUGIN_DIR, 'js_sdk/sobot-contact-core.js'), 'utf8')
    expect(core).toMatch(/export\s*\{[^}]*\bcreateContactButtonResolver\b/)
    // Left for the app's bundler: uni's release build drops core's how-to-fix texts.
    expect(core).toContain('process.env.NODE_ENV')
    expect(existsSync(join(PLUGIN_DIR, 'js_sdk/sobot-contact-core.d.ts'))).toBe(true)
    expect(readFileSync(join(PLUGIN_DIR, 'readme.md'), 'utf8')).toContain('uni_modules/sobot-contact/')
    expect(readFileSync(join(PLUGIN_DIR, 'changelog.md'), 'utf8')).toMatch(/^## \d+\.\d+\.\d+/m)
  })
})

describe('a uni-app project with no @sobot-contact/* package, the plugin in src/uni_modules/', () => {
  it('cannot resolve @sobot-contact/* from its source (no node_modules/@sobot-contact up the tree)', () => {
    expect(Object.keys(json(join(project, 'package.json')).dependencies).filter((n) => n.includes('sobot'))).toEqual([])
    // Node's and vite's package lookup: node_modules/<name> in the importer's folder and every parent.
    const lookedIn: string[] = []
    for (let dir = join(project, 'src/pages/index'); ; dir = dirname(dir)) {
      lookedIn.push(dir)
      expect(existsSync(join(dir, 'node_modules/@sobot-contact')), dir).toBe(false)
      if (dirname(dir) === dir) break
    }
    expect(lookedIn).toContain(project)
  })

  it('builds with uni build -p mp-weixin: exit 0, Build complete, no error line', () => {
    expectCleanBuild(build)
  })

  it("easycom found the plugin's component with no import and no rule; core came from the plugin's js_sdk, no npm copy of ours is in the output", () => {
    const using = json(join(build.outDir, 'pages/index/index.json')).usingComponents as Record<string, string>
    expect(using).toHaveProperty('sobot-contact-button')
    expect(join('pages/index', using['sobot-contact-button'] as string)).toBe(COMPONENT)
    expect(json(join(build.outDir, `${COMPONENT}.json`)).component).toBe(true)
    expect(readFileSync(join(build.outDir, `${COMPONENT}.js`), 'utf8')).toContain('require("../../js_sdk/sobot-contact-core.js")')
    expect(existsSync(join(build.outDir, 'uni_modules/sobot-contact/js_sdk/sobot-contact-core.js'))).toBe(true)
    expect(existsSync(join(build.outDir, 'node-modules'))).toBe(false)
  })

  // One mini-program for the file's pages (it installs WeChat's globals once), started on first use.
  let mp: MiniProgram | undefined
  const miniProgram = () => (mp ??= startMiniProgram(build.outDir, { stubMissingApis: true }))

  it("renders in miniprogram-simulate: the native button carries core's session-from for the page's input", async () => {
    const page = await miniProgram().openPage('pages/index/index')
    const buttons = findAll(page.toJSON(), 'wx-button')
    expect(buttons).toHaveLength(1)
    const a = attrsOf(buttons[0] as RenderedNode)
    expect(a.openType).toBe('contact')
    expect(a.sessionFrom).toBe(encodeSessionFrom(SESSION))
    expect(a.sessionFrom).toContain('小明')
  })

  it("a page imports core's functions from the plugin's js_sdk (the README's way) and gets core's results", async () => {
    const page = await miniProgram().openPage('pages/core/index')
    const texts = findAll(page.toJSON(), 'wx-text').map(textOf)
    expect(texts).toEqual([encodeSessionFrom({ ...SESSION, transferAction: [toGroup('g-1')] })])
  })
})
