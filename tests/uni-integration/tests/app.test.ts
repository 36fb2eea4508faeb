// The App build of apps/uni-vue-demo (`uni build -p app`, the uni CLI). There is no App runtime
// here (it runs only in HBuilderX's base or on a device): the test reads what the build produced.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { CHAT_PAGE } from 'sobot-contact-scenarios'
import { buildDemo, expectCleanBuild, OUT_DIR, type DemoBuild } from './buildDemo'

let build: DemoBuild
beforeAll(async () => {
  build = await buildDemo(join(OUT_DIR, '..', 'app'), undefined, 'app')
}, 300_000)

const read = (file: string) => readFileSync(join(build.outDir, file), 'utf8')

describe('uni build -p app (apps/uni-vue-demo)', () => {
  it('exits 0, says Build complete and prints no error line', () => expectCleanBuild(build))

  it('registers the chat page beside the contact pages', () => {
    const config = read('app-config-service.js')
    expect(config).toContain('"' + CHAT_PAGE.slice(1) + '"')
    expect(config).toContain('"pages/index/index"')
  })

  it("carries the App's row of the channel table and the chat page's guard, not WeChat's or H5's", () => {
    const service = read('app-service.js')
    // The App opens the chat page (core's table, platform "app"), and the chat page loads only an allowed link.
    expect(service).toContain('open-chat-page')
    expect(service).toContain('WEB_VIEW_URL_REFUSED')
    // process.env.UNI_PLATFORM is "app" at build time: the H5 branch (window.location.assign) is gone.
    expect(service).not.toMatch(/location\.assign\(/)
  })
})
