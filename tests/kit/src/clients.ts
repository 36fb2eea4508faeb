// Every WeChat client × every configuration of the demos' clients page (apps/scenarios'
// CHANNEL_SCENARIOS), as one spec the Taro and uni-app integration suites both run on their real
// WeChat builds in miniprogram-simulate: what is rendered, what a tap calls, what is reported.
// STAND-IN: `wx.getDeviceInfo` / `wx.getSystemInfoSync` answer the client's `platform` as that
// WeChat client does (no WeChat client runs here); everything else is the build's own code.
import { beforeAll, describe, expect, test } from 'vitest'
import { decodeKfSceneParam } from '@sobot-contact/core'
import { CHANNEL_SCENARIOS, CHAT_PAGE, KF_CORP_ID, KF_LINK, KF_VISITOR, VISITOR, type ChannelScenario } from 'sobot-contact-scenarios'
import { attrsOf, startMiniProgram, textOf, type MiniProgram, type MiniProgramOptions, type RenderedElement, type RenderedPage } from './miniprogram'

/** What one button does on one client. */
export interface ClientOutcome {
  /** `open-type` as rendered: `'contact'` or none (a plain button). */
  openType: 'contact' | undefined
  /** A tap opens the chat page (`navigateTo`), besides running the page's own handler. */
  opensChatPage: boolean
  /** A tap opens 微信客服 (`openCustomerServiceChat`). */
  opensKf: boolean
  /** The codes the page's `onError` / `@error` received. */
  reported: string[]
}

type Id = Exclude<ChannelScenario['id'], 'bad-session'>
type KfRequest = { extInfo: { url: string }; corpId: string; success(r: unknown): void; fail(e: unknown): void }
const native: ClientOutcome = { openType: 'contact', opensChatPage: false, opensKf: false, reported: [] }
const chatPage: ClientOutcome = { openType: undefined, opensChatPage: true, opensKf: false, reported: [] }
const everywhereNative: Record<Id, ClientOutcome> = { 'no-link': native, 'link-only': native, 'link-chat': native, 'keep-native': native, kf: native, 'kf-long': native }
const withoutButton: Record<Id, ClientOutcome> = {
  'no-link': { openType: 'contact', opensChatPage: false, opensKf: false, reported: ['MISSING_WEB_LINK'] },
  'link-only': { openType: 'contact', opensChatPage: false, opensKf: false, reported: ['MISSING_CHAT_PAGE'] },
  'link-chat': chatPage,
  'keep-native': native,
  // 微信客服 before the chat page where WeChat lists openCustomerServiceChat (not on Mac)
  kf: { openType: undefined, opensChatPage: false, opensKf: true, reported: [] },
  // over its 128 bytes: reported, and opened with the fields that fit
  'kf-long': { openType: undefined, opensChatPage: false, opensKf: true, reported: ['KF_SCENE_PARAM_TOO_LONG'] },
}

/**
 * The matrix, written out (SPEC §6.1): `ohos` is what `wx` reports on WeChat for HarmonyOS, `harmonyos`
 * what uni-app normalises it to; `visionos` stands for a client this toolkit has never heard of.
 */
export const WECHAT_CLIENTS_MATRIX: Record<string, Record<Id, ClientOutcome>> = {
  ios: everywhereNative,
  android: everywhereNative,
  devtools: everywhereNative,
  visionos: everywhereNative,
  ohos: withoutButton,
  harmonyos: withoutButton,
  windows: withoutButton,
  mac: { ...withoutButton, kf: chatPage, 'kf-long': chatPage },
}

/** What {@link weChatClientsSpec} needs from a suite. */
export interface WeChatClientsSuite {
  /** The WeChat build's output folder; called in `beforeAll` (assert the build succeeded there). */
  outDir: () => string
  /** `startMiniProgram` options besides the client stand-in (uni: `stubMissingApis`). */
  options?: MiniProgramOptions
  /** The rendered `<button>` of a configuration (`.cfg-<id>`) on the clients page. */
  button: (page: RenderedPage, id: Id) => RenderedElement
  /**
   * Whether the page hands its kf button the 微信客服 channel. uni-app's Vue 2 runtime passes props
   * through mini-program properties (data only: `weComKf`'s functions do not survive), so its pages
   * cannot yet; their kf button is then one with a link and the chat page. @default true
   */
  kf?: boolean
}

/**
 * Runs the clients matrix against a demo's WeChat build.
 *
 * @example
 * weChatClientsSpec({ outDir: () => inject('demoBuild').outDir, button: (page, id) => page.querySelector('.cfg-' + id)! })
 */
export function weChatClientsSpec(suite: WeChatClientsSuite): void {
  let mp: MiniProgram
  let client = 'ios'
  // STAND-IN for wx.openCustomerServiceChat: records whether a microtask ran between the tap and the
  // call (WeChat refuses a call that is not the tap's own), then answers as told.
  let tickedSinceTap = false
  let kfAnswer: 'ok' | 'not bind' = 'ok'
  const kfCalls: { request: KfRequest; afterMicrotask: boolean }[] = []
  const openCustomerServiceChat = (request: unknown) => {
    const r = request as KfRequest
    kfCalls.push({ request: r, afterMicrotask: tickedSinceTap })
    if (kfAnswer === 'ok') r.success({ errMsg: 'openCustomerServiceChat:ok' })
    else r.fail({ errMsg: 'openCustomerServiceChat:fail not bind errCode:6', errCode: 6 })
  }
  const info = () => ({ platform: client, system: client, brand: 'stand-in', model: 'stand-in', windowWidth: 375, windowHeight: 667, pixelRatio: 2, SDKVersion: '3.5.0', version: '8.0.50' })
  beforeAll(() => {
    mp = startMiniProgram(suite.outDir(), { ...suite.options, overrides: { ...suite.options?.overrides, getDeviceInfo: info, getSystemInfoSync: info, openCustomerServiceChat } })
  })
  const text = (page: RenderedPage, selector: string) => textOf(page.querySelector(selector)!.toJSON())

  describe('every WeChat client × configuration: rendered, tap, reported', () => {
    const withKf = suite.kf !== false
    const rows = Object.entries(WECHAT_CLIENTS_MATRIX).flatMap(([c, outcomes]) =>
      CHANNEL_SCENARIOS.map((s) => [c, s.id as Id, outcomes[s.kf && !withKf ? 'link-chat' : (s.id as Id)]] as const),
    )
    test.each(rows)('%s · %s', async (c, id, expected) => {
      client = c
      const page = await mp.openPage('pages/clients/index')
      const button = suite.button(page, id)
      const node = button.toJSON()
      expect(node.tagName).toBe('wx-button')
      mp.calls.length = 0
      kfCalls.length = 0
      button.dispatchEvent('tap')
      await mp.settle()
      const navigations = mp.calls.filter(([name]) => name === 'navigateTo').map(([, args]) => (args[0] as { url: string }).url)
      expect({
        openType: attrsOf(node).openType === 'contact' ? 'contact' : undefined,
        opensChatPage: navigations.length > 0,
        opensKf: kfCalls.length > 0,
        reported: text(page, '.reported-' + id).replace(/^reported:\s*/, '').split(/\s+/).filter(Boolean),
      }).toEqual(expected)
      if (expected.opensChatPage) expect(navigations).toEqual([CHAT_PAGE])
      // The page's own tap handler ran, on every client, whatever the button did.
      expect(text(page, '.taps-' + id)).toMatch(/taps:\s*1$/)
    })
  })

  describe.runIf(suite.kf !== false)('微信客服 on HarmonyOS and Windows WeChat (the clients page’s kf button)', () => {
    const tapKf = async (c: string, id: Id = 'kf') => {
      client = c
      const page = await mp.openPage('pages/clients/index')
      mp.calls.length = 0
      kfCalls.length = 0
      // j-component's own dispatchEvent defers every event by a microtask ("模拟异步"); WeChat delivers
      // the tap at once, so the tap is fired through the element engine synchronously, as WeChat does.
      tickedSinceTap = false
      queueMicrotask(() => (tickedSinceTap = true))
      mp.fireNativeEvent(suite.button(page, id), 'tap', {})
      await mp.settle()
      return page
    }
    test.each(['ohos', 'windows'])('%s: one openCustomerServiceChat inside the tap’s own dispatch, with the corpId and the visitor’s scene_param', async (c) => {
      kfAnswer = 'ok'
      await tapKf(c)
      expect(kfCalls).toHaveLength(1)
      const { request, afterMicrotask } = kfCalls[0]!
      expect(afterMicrotask).toBe(false)
      expect(request.corpId).toBe(KF_CORP_ID)
      const url = new URL(request.extInfo.url)
      expect(url.origin + url.pathname).toBe(new URL(KF_LINK).origin + new URL(KF_LINK).pathname)
      expect(JSON.parse(decodeKfSceneParam(url.searchParams.get('scene_param')!).json)).toEqual({ partnerid: KF_VISITOR.partnerId, uname: KF_VISITOR.nickname })
      expect(mp.calls.filter(([name]) => name === 'navigateTo')).toEqual([])
    })
    test('over 128 bytes (the whole visitor): KF_SCENE_PARAM_TOO_LONG, and 微信客服 opens without the largest field (the avatar)', async () => {
      kfAnswer = 'ok'
      const page = await tapKf('ohos', 'kf-long')
      expect(kfCalls).toHaveLength(1)
      const sent = JSON.parse(decodeKfSceneParam(new URL(kfCalls[0]!.request.extInfo.url).searchParams.get('scene_param')!).json)
      expect(sent).toEqual({ partnerid: VISITOR.partnerId, uname: VISITOR.nickname, params: JSON.stringify(VISITOR.params) })
      expect(text(page, '.reported-kf-long')).toMatch(/reported:\s*KF_SCENE_PARAM_TOO_LONG$/)
    })
    test('its fail (not bind) opens the chat page and is reported', async () => {
      kfAnswer = 'not bind'
      const page = await tapKf('windows')
      expect(kfCalls).toHaveLength(1)
      expect(mp.calls.filter(([name]) => name === 'navigateTo').map(([, a]) => (a[0] as { url: string }).url)).toEqual([CHAT_PAGE])
      expect(text(page, '.reported-kf')).toMatch(/KF_OPEN_FAILED$/)
      kfAnswer = 'ok'
    })
  })
}
