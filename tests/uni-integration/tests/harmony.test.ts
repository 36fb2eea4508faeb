// The mp-harmony build of apps/uni-vue-demo (`uni build -p mp-harmony`, the uni CLI with
// @dcloudio/uni-mp-harmony). There is no HarmonyOS runtime here: the test reads what the build
// produced. mp-harmony has no virtual host, so the page's class and style stay on the component's
// own node; the bare button's stylesheet makes the button fill that node there, and only there.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { BARE_BUTTON_CLASS } from '@sobot-contact/core'
import { buildDemo, expectCleanBuild, OUT_DIR, type DemoBuild } from './buildDemo'

const COMPONENT = 'node-modules/@sobot-contact/uni-vue/components/sobot-contact-button/sobot-contact-button'
/** The rule that makes the bare button fill its host node (mp-harmony only, `#ifdef MP-HARMONY`). */
const FILL_HOST = new RegExp(`\\.${BARE_BUTTON_CLASS}\\{width:100%;height:100%;display:inherit`)

let build: DemoBuild
beforeAll(async () => {
  build = await buildDemo(join(OUT_DIR, '..', 'mp-harmony'), undefined, 'mp-harmony')
}, 300_000)

const read = (file: string) => readFileSync(join(build.outDir, file), 'utf8')

describe('uni build -p mp-harmony (apps/uni-vue-demo)', () => {
  it('exits 0, says Build complete and prints no error line', () => expectCleanBuild(build))

  it('has no virtual host: the button binds no virtualHostClass/Style, the page’s class and style stay on the component’s node', () => {
    const button = read(`${COMPONENT}.hxml`)
    expect(button).toMatch(/^<button data-eventsync="true" open-type="\{\{a\}\}"/)
    expect(button).not.toMatch(/virtualHost/)
    expect(button).toContain(`'${BARE_BUTTON_CLASS}'`)
    expect(read('pages/recipes/index.hxml')).toMatch(/<sobot-contact-button [^>]*class="fab" style="z-index: ?10"/)
  })

  it('the bare stylesheet: core’s reset, then the button fills its host node and takes its layout', () => {
    const css = read(`${COMPONENT}.css`)
    expect(css).toContain(`.${BARE_BUTTON_CLASS}:after{border:0}`)
    expect(css).toMatch(FILL_HOST)
    expect(css).toMatch(/justify-content:inherit/)
  })

  it('mp-weixin (a virtual host) carries the reset without the host-filling rule', () => {
    const wxss = readFileSync(join(inject('demoBuild').outDir, `${COMPONENT}.wxss`), 'utf8')
    expect(wxss).toContain(`.${BARE_BUTTON_CLASS}:after{border:0}`)
    expect(wxss).not.toMatch(FILL_HOST)
  })
})
