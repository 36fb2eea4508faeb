// The App build of apps/uni-vue-demo (`uni build -p app`, the uni CLI). There is no App runtime
// here (it runs only in HBuilderX's base or on a device): the test reads what the build produced.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { decodeKfSceneParam } from '@sobot-contact/core'
import { CHAT_PAGE, KF_CORP_ID, KF_LINK, KF_VISITOR } from 'sobot-contact-scenarios'
import { loadAppService } from './appService'
import { APP_DIR, buildDemo, expectCleanBuild, OUT_DIR, type DemoBuild } from './buildDemo'

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

/** What the stand-ins recorded, and how the stand-in for HTML5+'s WeChat share service answers. */
interface Device {
  /** `'ok'`: the weixin service opens; `'refused'`: it calls `fail`; `'missing'`: no weixin service; `'no-share'`: getServices fails. */
  weixin: 'ok' | 'refused' | 'missing' | 'no-share'
  opened: { corpid: string; url: string }[]
  navigated: string[]
}

/**
 * The built App's clients page, with stand-ins (see appService.ts): `plus.share` answers as `device`
 * says — a stand-in for the WeChat SDK that HTML5+'s share module brings on a device — and
 * `uni.navigateTo` records the chat page.
 */
function clientsPage(device: Device) {
  const weixin = {
    id: 'weixin',
    openCustomerServiceChat(options: { corpid: string; url: string }, success: (r: unknown) => void, fail: (e: unknown) => void) {
      device.opened.push(options)
      if (device.weixin === 'refused') fail({ code: -100, message: 'deeplink customservice no permission' })
      else success({})
    },
  }
  const plus = {
    share: {
      getServices(success: (services: unknown[]) => void, fail: (e: unknown) => void) {
        if (device.weixin === 'no-share') fail({ code: -1, message: 'share module not configured' })
        else success(device.weixin === 'missing' ? [{ id: 'qq' }] : [{ id: 'sinaweibo' }, weixin])
      },
    },
  }
  const uni = { navigateTo: (o: { url: string }) => device.navigated.push(o.url), request() {}, login() {} }
  return loadAppService(build.outDir, APP_DIR, { plus, uni })('pages/clients/index')
}

const flush = () => new Promise((r) => setTimeout(r, 0))

describe("uni build -p app: the built clients page's 微信客服 button, on stand-ins for the App base and HTML5+'s plus.share", () => {
  it('a tap runs the page’s @click, then asks plus.share for the weixin service and opens 微信客服 with the corpId and the visitor’s scene_param', async () => {
    const device: Device = { weixin: 'ok', opened: [], navigated: [] }
    const page = clientsPage(device)
    const button = page.find('button', 'cfg-kf')
    ;(button.props.onClick as (e: unknown) => void)({ type: 'click' })
    await flush()
    expect(page.textOf('taps-kf')).toBe('taps: 1')
    expect(device.opened.map((o) => o.corpid)).toEqual([KF_CORP_ID])
    const url = new URL(device.opened[0]!.url)
    expect(url.origin + url.pathname + '?enc_scene=' + url.searchParams.get('enc_scene')).toBe(KF_LINK)
    expect(JSON.parse(decodeKfSceneParam(url.searchParams.get('scene_param')!).json)).toEqual({ partnerid: KF_VISITOR.partnerId, uname: KF_VISITOR.nickname })
    expect([device.navigated, page.textOf('reported-kf')]).toEqual([[], 'reported: '])
  })

  it.each([
    ['the weixin service refuses (not bound to the App’s AppID)', 'refused', 1],
    ['there is no weixin service (no WeChat share module in manifest.json)', 'missing', 0],
    ['plus.share cannot list its services', 'no-share', 0],
  ] as const)('%s: KF_OPEN_FAILED, and the chat page opens instead', async (_, weixin, opened) => {
    const device: Device = { weixin, opened: [], navigated: [] }
    const page = clientsPage(device)
    ;(page.find('button', 'cfg-kf').props.onClick as (e: unknown) => void)({ type: 'click' })
    await flush()
    expect(device.opened).toHaveLength(opened)
    expect(device.navigated.map((u) => u.split('?')[0])).toEqual([CHAT_PAGE])
    expect(page.textOf('reported-kf')).toBe('reported: KF_OPEN_FAILED')
  })

  it('a button without 微信客服 opens the chat page and never asks plus.share', async () => {
    const device: Device = { weixin: 'ok', opened: [], navigated: [] }
    const page = clientsPage(device)
    ;(page.find('button', 'cfg-link-chat').props.onClick as (e: unknown) => void)({ type: 'click' })
    await flush()
    expect([device.opened, device.navigated.map((u) => u.split('?')[0])]).toEqual([[], [CHAT_PAGE]])
  })
})
