// The behaviour every wrapper's WeChat build owes desktop WeChat and its chat page, as one spec the
// Taro and uni-app integration suites both run on their real builds (miniprogram-simulate).
// STAND-IN: `wx.getDeviceInfo` / `wx.getSystemInfoSync` answer `platform: 'windows'` as WeChat on Windows does (no
// desktop WeChat runs here); everything else is the build's own code.
import { beforeAll, describe, expect, test } from 'vitest'
import { buildSobotWebLink, checkWebViewUrl } from '@sobot-contact/core'
import { CHAT_PAGE, VISITOR, WEB_LINK } from 'sobot-contact-scenarios'
import { attrsOf, findAll, startMiniProgram, textOf, type MiniProgram, type MiniProgramOptions, type RenderedElement, type RenderedPage } from './miniprogram'

/** What {@link desktopWeChatSpec} needs from a suite. */
export interface DesktopWeChatSuite {
  /** The WeChat build's output folder; called in `beforeAll` (assert the build succeeded there). */
  outDir: () => string
  /** `startMiniProgram` options besides the desktop stand-in (uni: `stubMissingApis`). */
  options?: MiniProgramOptions
  /** The element of the demo's index page that receives the user's tap. */
  tapTarget: (page: RenderedPage) => RenderedElement
}

/** What WeChat on Windows answers (the fields the frameworks read). */
const desktop = () => ({ platform: 'windows', system: 'Windows 10 x64', windowWidth: 375, windowHeight: 667, pixelRatio: 2, SDKVersion: '3.5.0', version: '3.9.0' })

/**
 * Desktop WeChat on a demo's weapp / mp-weixin build: its index page (the `VISITOR` scenario with
 * `WEB_LINK` and `CHAT_PAGE`) shows a plain button that opens the chat page, which loads exactly the
 * visitor's link; the chat page opened directly loads only an allowed link.
 *
 * @example
 * desktopWeChatSpec({ outDir: () => inject('demoBuild').outDir, tapTarget: (page) => page.querySelector('.contact')! })
 */
export function desktopWeChatSpec(suite: DesktopWeChatSuite): void {
  let mp: MiniProgram
  beforeAll(() => {
    mp = startMiniProgram(suite.outDir(), { ...suite.options, overrides: { ...suite.options?.overrides, getDeviceInfo: desktop, getSystemInfoSync: desktop } })
  })

  describe('desktop WeChat (platform "windows"): the chat page instead of the contact button', () => {
    test('the button is a plain button that opens the chat page with the visitor’s link', async () => {
      const page = await mp.openPage('pages/index/index')
      const buttons = findAll(page.toJSON(), 'wx-button')
      expect(buttons).toHaveLength(1)
      expect(attrsOf(buttons[0]!).openType).not.toBe('contact')
      mp.calls.length = 0
      suite.tapTarget(page).dispatchEvent('tap')
      await mp.settle()
      const navigations = mp.calls.filter(([name]) => name === 'navigateTo')
      expect(navigations).toHaveLength(1)
      expect(navigations[0]![1][0]).toMatchObject({ url: CHAT_PAGE })

      // WeChat would now open the chat page: it loads exactly the link built from the button's session.
      const chat = await mp.openPage(CHAT_PAGE.slice(1))
      const webViews = findAll(chat.toJSON(), 'wx-web-view')
      expect(webViews).toHaveLength(1)
      const expected = buildSobotWebLink(VISITOR, { link: WEB_LINK }).url
      expect(attrsOf(webViews[0]!).src).toBe(expected)
      expect(new URL(expected).searchParams.get('uname')).toBe(VISITOR.nickname)
    })

    chatPageGuardSpec(() => mp)
  })
}

/**
 * The chat page (`CHAT_PAGE`, `<sobot-chat-web-view>`) opened directly: a foreign or `javascript:` url
 * in its query loads nothing and says why; an allowed Sobot link loads. Run inside a suite's describe.
 *
 * @example
 * chatPageGuardSpec(() => mp)
 */
export function chatPageGuardSpec(miniProgram: () => MiniProgram): void {
  test('opened directly with a foreign url in its query, the chat page loads nothing and says why', async () => {
    const chat = await miniProgram().openPage(CHAT_PAGE.slice(1), { url: 'https://chat.sobot.com.evil.example/phish?sysnum=x' })
    expect(findAll(chat.toJSON(), 'wx-web-view')).toEqual([])
    expect(textOf(chat.toJSON())).toContain('WEB_VIEW_URL_REFUSED')
    const javascript = await miniProgram().openPage(CHAT_PAGE.slice(1), { url: 'javascript:alert(1)' })
    expect(findAll(javascript.toJSON(), 'wx-web-view')).toEqual([])
  })

  test('opened directly with an allowed Sobot link, it loads that link (the guard’s allow-list)', async () => {
    const link = `${WEB_LINK}&partnerid=shared`
    expect(checkWebViewUrl({ fromQuery: link }).url).toBe(link)
    const chat = await miniProgram().openPage(CHAT_PAGE.slice(1), { url: link })
    expect(attrsOf(findAll(chat.toJSON(), 'wx-web-view')[0]!).src).toBe(link)
  })
}
