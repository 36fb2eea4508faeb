// The behaviour every wrapper's H5 build owes the user, as one spec the Taro and uni-app integration
// suites both run on their real H5 builds: served from 127.0.0.1 and driven in headless Chromium.
// Requests to Sobot's hosts are intercepted and never sent: the spec asserts on the URL a click
// leads to.
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildKfLink, buildSobotWebLink } from '@sobot-contact/core'
import { BAD_SESSION_SCENARIO, CHANNEL_SCENARIOS, KF_LINK, VISITOR, WEB_LINK } from 'sobot-contact-scenarios'
import { keepScreenshot, launchChromium } from './browser'
import { errorLines, type CliRun } from './runCli'
import { serveStatic } from '../../../scripts/serve-static.mjs'

/**
 * Sobot's servers are not reachable here, and a test must not call them: every request to a Sobot
 * host is answered locally by a stand-in page and recorded (the URLs, in order).
 */
async function answerSobotLocally(target: Pick<Page, 'route'>): Promise<string[]> {
  const sobot: string[] = []
  await target.route(/^https:\/\/([a-z0-9-]+\.)*(sobot|soboten)\.com\//, (route) => {
    sobot.push(route.request().url())
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Sobot (stand-in)</title>' })
  })
  return sobot
}

/** What {@link h5WebLinkSpec} needs from a suite. */
export interface H5Suite {
  /** Builds the demo for H5 with its framework's CLI (once, in `beforeAll`). */
  build: () => Promise<CliRun & { outDir: string }>
  /** The contact button of the demo's index page. */
  button: (page: Page) => Locator
  /** Where the demo keeps its H5 screenshot (rewritten only with `UPDATE_SCREENSHOT=1`). */
  screenshot: string
  /** Whether the clients page hands its kf button the 微信客服 channel (not the Vue 2 fixtures' pages). @default true */
  kf?: boolean
  /** How long the build may take. @default 700_000 */
  buildTimeoutMs?: number
}

/**
 * H5: the demo's index page (the `VISITOR` scenario with `WEB_LINK`) renders a button that is not
 * a contact button, and a click leads to exactly the visitor's Sobot URL.
 *
 * @example
 * h5WebLinkSpec({ build: () => taroBuild(APP_DIR, 'h5'), button: (page) => page.locator('taro-button-core').first(), screenshot: 'docs/h5.png' })
 */
export function h5WebLinkSpec(suite: H5Suite): void {
  let build: CliRun & { outDir: string }
  let server: { origin: string; close(): Promise<void> }
  let browser: Browser
  beforeAll(async () => {
    build = await suite.build()
    server = await serveStatic(build.outDir)
    browser = await launchChromium()
  }, suite.buildTimeoutMs ?? 700_000)
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  describe('H5: the button opens Sobot’s web link', () => {
    test('the H5 build succeeds', () => {
      expect(build.status, build.log.slice(-3000)).toBe(0)
      expect(errorLines(build.log).filter((l) => !/\bwarning\b/i.test(l))).toEqual([])
    })

    test('a click leads to exactly the visitor’s Sobot URL; a screenshot shows the page', async () => {
      const page = await browser.newPage({ viewport: { width: 390, height: 760 } })
      const sobot = await answerSobotLocally(page)
      await page.goto(server.origin + '/')
      const button = suite.button(page)
      await button.waitFor({ timeout: 30_000 })
      expect(await button.getAttribute('open-type')).not.toBe('contact')
      keepScreenshot(await page.screenshot(), suite.screenshot)
      await button.click()
      await expect.poll(() => sobot.length, { timeout: 15_000 }).toBeGreaterThan(0)
      const url = new URL(sobot[0]!)
      expect(url.origin + url.pathname).toBe(new URL(WEB_LINK).origin + new URL(WEB_LINK).pathname)
      expect(url.searchParams.get('sysnum')).toBe('demo0000')
      expect(url.searchParams.get('channelid')).toBe('1')
      expect(url.searchParams.get('partnerid')).toBe(VISITOR.partnerId)
      expect(url.searchParams.get('uname')).toBe(VISITOR.nickname) // decoded back to the Chinese nickname
      expect(url.searchParams.get('face')).toBe(VISITOR.avatarUrl)
      expect(JSON.parse(url.searchParams.get('params')!)).toEqual(VISITOR.params)
      expect(sobot).toHaveLength(1)
      await page.close()
    }, 90_000)

    test('a bad session still opens the link (its valid fields), reported once; the page’s own click handler runs first', async () => {
      // The clients page's bad-session button opens a new tab: the page stays to show what it heard.
      const context = await browser.newContext({ viewport: { width: 390, height: 900 } })
      const sobot = await answerSobotLocally(context)
      const page = await context.newPage()
      await page.goto(server.origin + '/#/pages/clients/index')
      const button = page.locator('.cfg-bad-session').first()
      await button.waitFor({ timeout: 30_000 })
      await button.click()
      await expect.poll(() => sobot.length, { timeout: 15_000 }).toBe(1)
      await button.click()
      await expect.poll(() => sobot.length, { timeout: 15_000 }).toBe(2)
      // The routing (a step that overflows into nothing) is left out; every other field goes.
      const { transferAction, ...valid } = BAD_SESSION_SCENARIO.session!
      expect(transferAction).toBeDefined()
      expect(sobot).toEqual([buildSobotWebLink(valid, { link: WEB_LINK }).url, buildSobotWebLink(valid, { link: WEB_LINK }).url])
      await expect.poll(() => page.locator('.reported-bad-session').first().textContent()).toMatch(/reported:\s*INVALID_TRANSFER_ACTION$/)
      await expect.poll(() => page.locator('.taps-bad-session').first().textContent()).toMatch(/taps:\s*2$/)
      await context.close()
    }, 90_000)

    test.runIf(suite.kf !== false).each([
      ['inside WeChat’s browser (MicroMessenger): the 微信客服 link with the visitor’s scene_param', true],
      ['in any other browser: Sobot’s web link', false],
    ])('the clients page’s 微信客服 button %s', async (_, inWeChat) => {
      const userAgent = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148' + (inWeChat ? ' MicroMessenger/8.0.50(0x18003237) NetType/WIFI Language/zh_CN' : '')
      const context = await browser.newContext({ viewport: { width: 390, height: 900 }, userAgent })
      const sobot = await answerSobotLocally(context)
      const kf: string[] = []
      // WeCom's hosts are not reachable either, and a test must not call them: recorded, answered locally.
      await context.route(/^https:\/\/work\.weixin\.qq\.com\//, (route) => {
        kf.push(route.request().url())
        return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>WeCom (stand-in)</title>' })
      })
      const page = await context.newPage()
      await page.goto(server.origin + '/#/pages/clients/index')
      const button = page.locator('.cfg-kf').first()
      await button.waitFor({ timeout: 30_000 })
      await button.click()
      await expect.poll(() => kf.length + sobot.length, { timeout: 15_000 }).toBe(1)
      const kfScenario = CHANNEL_SCENARIOS.find((s) => s.id === 'kf')!
      if (inWeChat) {
        expect(kf).toEqual([buildKfLink(kfScenario.session, KF_LINK).url])
      } else {
        expect(sobot).toEqual([buildSobotWebLink(kfScenario.session, { link: WEB_LINK }).url])
      }
      await context.close()
    }, 90_000)
  })
}
