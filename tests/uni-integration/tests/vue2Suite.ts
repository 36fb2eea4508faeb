// What the Vue 2 test files share: the fixtures globalSetup built, and the kit's specs run on them
// (one fixture per test file: two builds' webpack chunks cannot share one Node process's globals).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { encodeSessionFrom, toGroup } from '@sobot-contact/core'
import { findAll, startMiniProgram, textOf, type MiniProgram } from 'sobot-contact-test-kit/miniprogram'
import { fileURLToPath } from 'node:url'
import { weChatClientsSpec } from 'sobot-contact-test-kit/clients'
import { h5WebLinkSpec } from 'sobot-contact-test-kit/h5'
import { chatPageGuardSpec } from 'sobot-contact-test-kit/targets'
import { errorLines, type CliRun } from 'sobot-contact-test-kit/run-cli'
import type { Vue2Fixture } from './globalSetup'
import { uniPagesSpec } from './pagesSpec'
import { buildVue2, type Vue2Build } from './vue2Project'

/** The two Vue 2 fixtures: the npm package (packed tarballs), the uni_modules plugin copied in. */
export type Vue2FixtureName = 'npm' | 'uniModules'

/** Where each fixture's easycom rule leads, inside the mp-weixin output (no extension). */
export const VUE2_BUTTON: Record<Vue2FixtureName, string> = {
  npm: 'node-modules/@sobot-contact/uni-vue/vue2/components/sobot-contact-button/sobot-contact-button',
  uniModules: 'uni_modules/sobot-contact/vue2/components/sobot-contact-button/sobot-contact-button',
}

/**
 * Asserts a Vue 2 CLI build really succeeded: exit 0, "Build complete", no error line.
 *
 * @example
 * expectCleanVue2Build(vue2Fixture('npm').mp)
 */
export function expectCleanVue2Build(build: CliRun): void {
  expect(build.status, build.log.slice(-3000)).toBe(0)
  expect(build.log).toContain('Build complete')
  expect(errorLines(build.log)).toEqual([])
}

/**
 * A fixture globalSetup made and built for mp-weixin (its project folder and build).
 *
 * @example
 * const { project, mp } = vue2Fixture('uniModules')
 */
export function vue2Fixture(name: Vue2FixtureName): Vue2Fixture {
  return inject('vue2')[name]
}

/**
 * The fixture's mp-weixin output folder, asserting the build succeeded (for `beforeAll`).
 *
 * @example
 * weChatClientsSpec({ outDir: () => vue2OutDir('npm'), … })
 */
export function vue2OutDir(name: Vue2FixtureName): string {
  const { mp } = vue2Fixture(name)
  expect(mp.status, mp.log.slice(-3000)).toBe(0)
  return mp.outDir
}

function buildVue2H5(name: Vue2FixtureName): Promise<Vue2Build> {
  const { toolchainDir, installMs } = inject('vue2')
  return buildVue2({ dir: toolchainDir, installMs, log: '' }, vue2Fixture(name).project, 'h5')
}

/**
 * The kit's clients matrix (every WeChat client × configuration) on a fixture's mp-weixin build, as
 * the Vue 3 demo and Taro run it (clients.test.ts).
 *
 * @example
 * vue2ClientsSpec('npm')
 */
export function vue2ClientsSpec(name: Vue2FixtureName): void {
  weChatClientsSpec({
    outDir: () => vue2OutDir(name),
    options: { stubMissingApis: true },
    // The native <button> carries the page's class (virtualHost); the component's node matches it too.
    button: (page, id) => page.querySelector('.cfg-' + id)!.querySelector('.cfg-' + id)!,
    // Vue 2's mini-program props are data only: weComKf's channel cannot reach the component yet.
    kf: false,
  })
}

/**
 * The kit's H5 spec (Chromium: a click opens the visitor's Sobot link) on a fixture's H5 build (the
 * Vue 2 CLI's `uni-build` for h5), as the Vue 3 demo and Taro run it (h5.test.ts).
 *
 * @example
 * vue2H5Spec('uniModules')
 */
export function vue2H5Spec(name: Vue2FixtureName): void {
  h5WebLinkSpec({
    build: () => buildVue2H5(name),
    // uni's H5 <button> is a <uni-button> element.
    button: (page) => page.locator('uni-button', { hasText: '联系客服' }).first(),
    screenshot: fileURLToPath(new URL(`../.output/vue2-${name}-h5.png`, import.meta.url)),
    buildTimeoutMs: 300_000,
    // On H5, Vue 2 passes props as values: the page's weComKf (the Vue 2 one) reaches the component.
  })
}

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'))

/**
 * A fixture's mp-weixin build: it built cleanly, easycom chose the generated Vue 2 component (a
 * mini-program component on Vue 2's runtime), and the shared pages spec, core's functions and the
 * chat page's guard give what they give on Vue 3. Returns the running mini-program for the file's own checks.
 *
 * @example
 * const mp = vue2PagesSpec('npm')
 */
export function vue2PagesSpec(name: Vue2FixtureName): () => MiniProgram {
  let mp: MiniProgram | undefined
  const miniProgram = () => (mp ??= startMiniProgram(vue2OutDir(name), { stubMissingApis: true }))
  beforeAll(() => void miniProgram())

  describe(`the Vue 2 fixture (${name}): uni-app's Vue 2 CLI build for mp-weixin`, () => {
    it('builds: exit 0, Build complete, no error line', () => {
      expectCleanVue2Build(vue2Fixture(name).mp)
    })

    it('easycom resolved <sobot-contact-button> to the generated Vue 2 component, a mini-program component on Vue 2', () => {
      const { outDir } = vue2Fixture(name).mp
      const using = json(join(outDir, 'pages/index/index.json')).usingComponents as Record<string, string>
      expect(using['sobot-contact-button']).toBe('/' + VUE2_BUTTON[name])
      expect(json(join(outDir, `${VUE2_BUTTON[name]}.json`)).component).toBe(true)
      // Vue 2's options (computed properties over setup's bindings), not Vue 3's setup runtime.
      const script = readFileSync(join(outDir, `${VUE2_BUTTON[name]}.js`), 'utf8')
      expect(script).toContain('["onContact","onTap","view"]')
      // uni-app's Vue 2 runtime for mini-programs (its fork of Vue 2.6) is what runs it.
      expect(readFileSync(join(outDir, 'common/vendor.js'), 'utf8')).toMatch(/\.version="2\.6\.\d+"/)
    })

    it("a page's script gets core's results (encodeSessionFrom, toGroup)", async () => {
      const page = await miniProgram().openPage('pages/core/index')
      expect(findAll(page.toJSON(), 'wx-text').map(textOf)).toEqual([encodeSessionFrom({ nickname: '小明', partnerId: 'u-1', transferAction: [toGroup('g-1')] })])
    })

    // <sobot-chat-web-view> (its onMounted, shallowRef and computed on the bridge), as desktopWeChatSpec checks it on Vue 3.
    chatPageGuardSpec(miniProgram)
  })
  uniPagesSpec(`Vue 2 fixture (${name})`, miniProgram)
  return miniProgram
}
