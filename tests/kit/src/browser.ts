// Headless Chromium for the browser tests: Debian's `chromium` (no browser downloads reach this
// network), driven by playwright-core, with the launch flags that work on this kind of machine.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { chromium, type Browser } from 'playwright-core'

/** Where the browser is: `CHROMIUM_PATH`, else Debian's. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/**
 * Launches headless Chromium, or throws saying how to install it.
 *
 * @example
 * const browser = await launchChromium()
 * const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
 */
export async function launchChromium(): Promise<Browser> {
  try {
    return await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
  } catch (e) {
    throw new Error(`Chromium not found or not startable at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH). ${String(e)}`)
  }
}

/** `UPDATE_SCREENSHOT=1` rewrites committed screenshots; unset, `0` or `false` leaves them alone. */
export const UPDATE_SCREENSHOT = !['', '0', 'false'].includes((process.env.UPDATE_SCREENSHOT || '').trim().toLowerCase())

/**
 * Checks a screenshot is a real PNG and writes it to `file` only when {@link UPDATE_SCREENSHOT} is set.
 *
 * @example
 * keepScreenshot(await page.screenshot(), 'apps/taro-react-demo/docs/h5.png')
 */
export function keepScreenshot(png: Buffer, file: string): void {
  if (png.length < 1000 || png.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('not a PNG screenshot')
  if (!UPDATE_SCREENSHOT) return
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, png)
}
