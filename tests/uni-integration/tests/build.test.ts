import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { errorLines, expectCleanBuild } from './buildDemo'

const build = inject('demoBuild')
const out = (file: string) => join(build.outDir, file)
const json = (file: string) => JSON.parse(readFileSync(out(file), 'utf8'))

const COMPONENT = 'node-modules/@sobot-contact/uni-vue/components/sobot-contact-button/sobot-contact-button'
const CHAT_VIEW = 'node-modules/@sobot-contact/uni-vue/components/sobot-chat-web-view/sobot-chat-web-view'
const BUTTON_PAGES = ['pages/index/index', 'pages/routing/index', 'pages/product/index', 'pages/unionid/index', 'pages/fallback/index', 'pages/clients/index', 'pages/recipes/index']
const PAGES = [...BUTTON_PAGES, 'pages/sobot-chat/index']

describe('uni build -p mp-weixin (apps/uni-vue-demo)', () => {
  it('exits 0, says Build complete and prints no error line', () => expectCleanBuild(build))

  it('the log check catches the failures the CLI prints before "Build complete" and exit 0', () => {
    // Lines the uni CLI printed here on broken inputs, each followed by "DONE  Build complete." and exit 0.
    expect(errorLines('Compiling...\npages/routing/index not found\nDONE  Build complete.')).toHaveLength(1)
    expect(errorLines('[vite]: Rollup failed to resolve import "x" from "src/pages/index/index.vue".')).toHaveLength(1)
    expect(errorLines('\x1b[31mError: Cannot find module @dcloudio/uni-components\x1b[39m')).toHaveLength(1)
    expect(errorLines('Compiler version: 5.14（vue3）\nCompiling...\nDONE  Build complete.')).toEqual([])
  })

  it('emits every page of pages.json and a WeChat project', () => {
    expect(json('app.json').pages).toEqual(PAGES)
    expect(json('project.config.json').appid).toBe('touristappid')
    for (const page of PAGES) for (const ext of ['js', 'json', 'wxml']) expect(existsSync(out(`${page}.${ext}`)), `${page}.${ext}`).toBe(true)
  })

  it("lists the component in every page's usingComponents (easycom resolved it)", () => {
    for (const page of BUTTON_PAGES) {
      const using = json(`${page}.json`).usingComponents as Record<string, string>
      expect(using, page).toHaveProperty('sobot-contact-button')
      expect(join(page, '..', using['sobot-contact-button'] as string)).toBe(COMPONENT)
    }
    const chat = json('pages/sobot-chat/index.json').usingComponents as Record<string, string>
    expect(join('pages/sobot-chat', chat['sobot-chat-web-view'] as string)).toBe(CHAT_VIEW)
  })

  it('compiles the SFC into a real mini-program component around a native contact button', () => {
    expect(json(`${COMPONENT}.json`).component).toBe(true)
    const wxml = readFileSync(out(`${COMPONENT}.wxml`), 'utf8')
    // open-type is "contact" where core's channel table says so (always on a phone; see targets.test.ts)
    expect(wxml).toMatch(/^<button data-eventsync="true" open-type="\{\{\w+\}\}" /)
    for (const attr of ['session-from', 'show-message-card', 'send-message-title', 'send-message-path', 'send-message-img']) {
      expect(wxml, attr).toMatch(new RegExp(` ${attr}="\\{\\{\\w+\\}\\}"`))
    }
    expect(wxml).toMatch(/ bindcontact="\{\{\w+\}\}"/)
    expect(wxml).toMatch(/ bindtap="\{\{\w+\}\}"/)
    // virtualHost: the page's class and style are bound on the button itself.
    expect(wxml).toContain('virtualHostClass')
    expect(wxml).toContain('virtualHostStyle')
  })

  it('compiles the chat page around a <web-view> and carries only WeChat\'s row of the channel table', () => {
    expect(readFileSync(out(`${CHAT_VIEW}.wxml`), 'utf8')).toMatch(/<web-view wx:if="\{\{\w+\}\}" src="\{\{\w+\}\}"/)
    // process.env.UNI_PLATFORM is a build-time constant: the component binds core's controller with
    // WeChat's row of the channel table only (no other target's "unavailable"), and the H5 link opener
    // (location.assign, window.open) is gone.
    const js = readFileSync(out(`${COMPONENT}.js`), 'utf8') + readFileSync(out('common/vendor.js'), 'utf8')
    expect(js).toContain('createContactController')
    expect(js).not.toContain('"unavailable"')
    expect(js).not.toMatch(/location\.assign|window\.open/)
  })
})
