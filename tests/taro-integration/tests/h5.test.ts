// @vitest-environment node
// The H5 build of apps/taro-react-demo (`taro build --type h5`, the Taro CLI) in headless Chromium,
// served from 127.0.0.1. Requests to Sobot's hosts are intercepted and never sent: the test asserts
// on the URL the click leads to.
import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { VISITOR, WEB_LINK } from 'sobot-contact-scenarios'
import { keepScreenshot, launchChromium } from 'sobot-contact-test-kit/browser'
import { errorLines } from 'sobot-contact-test-kit/run-cli'
import { serveStatic } from '../../../scripts/serve-static.mjs'
import { APP_DIR, taroBuild, type TaroBuild } from './buildDemo'

let build: TaroBuild
let server: { origin: string; close(): Promise<void> }
let browser: Browser

beforeAll(async () => {
  build = await taroBuild(APP_DIR, 'h5')
  server = await serveStatic(build.outDir)
  browser = await launchChromium()
}, 400_000)
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('H5: the button opens Sobot’s web link', () => {
  test('taro build --type h5 succeeds', () => {
    expect(build.status, build.log.slice(-3000)).toBe(0)
    expect(errorLines(build.log).filter((l) => !/\bwarning\b/i.test(l))).toEqual([])
  })

  test('a click leads to exactly the visitor’s Sobot URL; a screenshot shows the page', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 760 } })
    const sobot: string[] = []
    // Sobot's servers are not reachable here, and a test must not call them: answer locally.
    await page.route(/^https:\/\/([a-z0-9-]+\.)*(sobot|soboten)\.com\//, (route) => {
      sobot.push(route.request().url())
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Sobot (stand-in)</title>' })
    })
    await page.goto(server.origin + '/')
    const button = page.locator('taro-button-core', { hasText: '联系客服' }).first()
    await button.waitFor({ timeout: 30_000 })
    expect(await button.getAttribute('open-type')).not.toBe('contact')
    keepScreenshot(await page.screenshot(), fileURLToPath(new URL('../../../apps/taro-react-demo/docs/h5.png', import.meta.url)))
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
    await page.close()
  }, 90_000)
})
