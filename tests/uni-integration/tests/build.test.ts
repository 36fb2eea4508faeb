import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { errorLines } from './buildDemo'

const build = inject('demoBuild')
const out = (file: string) => join(build.outDir, file)
const json = (file: string) => JSON.parse(readFileSync(out(file), 'utf8'))

const COMPONENT = 'node-modules/@sobot-contact/uni-vue/components/sobot-contact-button/sobot-contact-button'
const PAGES = ['pages/index/index', 'pages/routing/index', 'pages/product/index', 'pages/unionid/index', 'pages/fallback/index']

describe('uni build -p mp-weixin (apps/uni-vue-demo)', () => {
  it('exits 0, says Build complete and prints no error line', () => {
    expect(build.status, build.log).toBe(0)
    expect(build.log).toContain('Build complete')
    expect(errorLines(build.log)).toEqual([])
  })

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
    for (const page of PAGES) {
      const using = json(`${page}.json`).usingComponents as Record<string, string>
      expect(using, page).toHaveProperty('sobot-contact-button')
      expect(join(page, '..', using['sobot-contact-button'] as string)).toBe(COMPONENT)
    }
  })

  it('compiles the SFC into a real mini-program component around a native contact button', () => {
    expect(json(`${COMPONENT}.json`).component).toBe(true)
    const wxml = readFileSync(out(`${COMPONENT}.wxml`), 'utf8')
    expect(wxml).toMatch(/^<button open-type="contact" /)
    for (const attr of ['session-from', 'show-message-card', 'send-message-title', 'send-message-path', 'send-message-img']) {
      expect(wxml, attr).toMatch(new RegExp(` ${attr}="\\{\\{\\w+\\}\\}"`))
    }
    expect(wxml).toMatch(/ bindcontact="\{\{\w+\}\}"/)
    // virtualHost: the page's class and style are bound on the button itself.
    expect(wxml).toContain('virtualHostClass')
    expect(wxml).toContain('virtualHostStyle')
  })
})
