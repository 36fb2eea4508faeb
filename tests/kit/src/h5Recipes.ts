// The `bare` recipes (an icon-only floating button, a list cell, a text link) on a wrapper's real H5
// build, in headless Chromium: the bare buttons show no border (WeChat-style `button::after`), no
// padding and no background of their own, the page's classes still style them, and a picture of the
// page is kept for the package's README. Runs after h5WebLinkSpec in the same file, on its build.
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { BARE_BUTTON_CLASS } from '@sobot-contact/core'
import { keepScreenshot, launchChromium } from './browser'
import { serveStatic } from '../../../scripts/serve-static.mjs'

/** What {@link h5RecipesSpec} needs from a suite. */
export interface H5RecipesSuite {
  /** The H5 build's folder (built by h5WebLinkSpec's `beforeAll`, which runs first). */
  outDir: string
  /** The framework's button elements (`taro-button-core`, `uni-button`). */
  buttons: (page: Page) => Locator
  /** Where the package keeps the recipes' picture (rewritten only with `UPDATE_SCREENSHOT=1`). */
  screenshot: string
}

/** Computed styles of an element and of its `::after`, read in the page. */
function looks(buttons: Locator) {
  return buttons.evaluateAll((els) =>
    els.map((el) => {
      const s = getComputedStyle(el)
      const after = getComputedStyle(el, '::after')
      return {
        className: el.className,
        text: (el.textContent || '').trim(),
        padding: s.padding,
        margin: s.margin,
        background: s.backgroundColor,
        radius: s.borderTopLeftRadius,
        afterBorder: after.content === 'none' ? '0px' : after.borderTopWidth,
      }
    }),
  )
}

/**
 * H5: `pages/recipes/index` of the demo renders three bare contact buttons that look like what the
 * page made of them, and the demo's plain button keeps the framework's button look.
 *
 * @example
 * h5RecipesSpec({ outDir: join(APP_DIR, 'dist-h5'), buttons: (page) => page.locator('taro-button-core'), screenshot: 'packages/taro-react/docs/recipes.png' })
 */
export function h5RecipesSpec(suite: H5RecipesSuite): void {
  let server: { origin: string; close(): Promise<void> }
  let browser: Browser
  beforeAll(async () => {
    server = await serveStatic(suite.outDir)
    browser = await launchChromium()
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  describe('H5: any element is the button (bare)', () => {
    test('the plain button keeps the framework’s look: padding and the ::after border', async () => {
      const page = await browser.newPage({ viewport: { width: 390, height: 760 } })
      await page.goto(server.origin + '/')
      const plain = suite.buttons(page).filter({ hasText: '联系客服' }).first()
      await plain.waitFor({ timeout: 30_000 })
      const [look] = await looks(plain)
      expect(look!.afterBorder).not.toBe('0px')
      expect(look!.padding).not.toBe('0px')
      await page.close()
    }, 60_000)

    test('three bare buttons: no border, padding or background of their own; the page’s classes win; a picture', async () => {
      // A short phone screen: the floating button sits at its bottom, the picture stays small.
      const page = await browser.newPage({ viewport: { width: 390, height: 360 } })
      await page.route(/^https:\/\/([a-z0-9-]+\.)*(sobot|soboten)\.com\//, (route) => route.fulfill({ status: 200, body: '' }))
      await page.goto(server.origin + '/#/pages/recipes/index')
      const bare = suite.buttons(page).and(page.locator(`.${BARE_BUTTON_CLASS}`))
      await expect.poll(() => bare.count(), { timeout: 30_000 }).toBe(3)
      const [cell, link, fab] = await looks(bare)
      for (const look of [cell, link, fab]) {
        expect(look!.afterBorder, look!.className).toBe('0px')
        expect(look!.margin, look!.className).toBe('0px')
      }
      expect(cell).toMatchObject({ text: expect.stringContaining('在线客服'), background: 'rgb(255, 255, 255)' })
      expect(cell!.padding).not.toBe('0px')
      expect(link).toMatchObject({ text: 'Ask us', padding: '0px', background: 'rgba(0, 0, 0, 0)', radius: '0px' })
      expect(fab).toMatchObject({ padding: '0px', background: 'rgb(7, 193, 96)', radius: '50%' })
      await page.waitForLoadState('networkidle')
      keepScreenshot(await page.screenshot(), suite.screenshot)
      await page.close()
    }, 60_000)
  })
}
