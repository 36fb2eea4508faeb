// End-to-end: the built demo inside a test workbench page, in Debian's Chromium (playwright-core).
// Three local origins: the workbench (A), the demo (B), and a workbench the demo is not configured for (C).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type BrowserContext, type FrameLocator, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServers, type Servers } from '../scripts/serve.mjs'

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const SCREENSHOT = fileURLToPath(new URL('../docs/screenshot.png', import.meta.url))
/** `UPDATE_SCREENSHOT=1` (`pnpm --filter agent-card-demo screenshot`) rewrites docs/screenshot.png; unset, `0` or `false` leaves it alone. */
const UPDATE_SCREENSHOT = !['', '0', 'false'].includes((process.env.UPDATE_SCREENSHOT || '').trim().toLowerCase())

interface Received {
  origin: string
  data: unknown
}
declare global {
  interface Window {
    received: Received[]
    selectVisitor(cid: string, uid: string): void
  }
}

let servers: Servers
let launched: BrowserContext | undefined
let profile: string
let workbench: string // A: the workbench
let demo: string // B: the docking page
let stranger: string // C: a workbench the demo is not configured for

beforeAll(async () => {
  // Missing Chromium fails every test with this message (never a silent skip or pass).
  if (!existsSync(CHROMIUM)) return
  servers = await startServers({ workbenchPorts: [0, 0] })
  ;[workbench, stranger] = servers.workbenchOrigins as [string, string]
  demo = servers.demoOrigin!
  profile = mkdtempSync(join(tmpdir(), 'agent-card-demo-chromium-'))
  launched = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 440 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
})

afterAll(async () => {
  await launched?.close()
  await servers?.close()
  if (profile) rmSync(profile, { recursive: true, force: true })
})

function browser(): BrowserContext {
  if (!launched) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH). Browser tests cannot run without it.`)
  }
  return launched
}

/** Opens the workbench at `origin` with `query` (forwarded to the iframe) and waits for the demo to render. */
async function open(origin: string, query: string): Promise<{ page: Page; frame: FrameLocator }> {
  const page = await browser().newPage()
  await page.goto(`${origin}/${query}`)
  const frame = page.frameLocator('#demo')
  await frame.locator('h1').waitFor()
  return { page, frame }
}

const received = (page: Page) => page.evaluate(() => window.received)

/** Waits until `count` messages arrived, then a little longer so a second, unexpected one would show. */
async function settle(page: Page, count: number): Promise<Received[]> {
  if (count > 0) await page.waitForFunction((n) => window.received.length >= n, count, { timeout: 5000 })
  await page.waitForTimeout(300)
  return received(page)
}

// Written out from src/products.ts, not computed from it.
const MUG = {
  title: 'Blue ceramic mug, 350 ml',
  pagepath: 'pages/product/index?id=mug-42',
  thumbMediaId: 'MEDIA_ID_MUG_42',
  thumbUrl: 'https://img.example.com/sobot-demo/mug-42.jpg',
  headimg: 'https://img.example.com/sobot-demo/shop-avatar.png',
  name: 'Sobot Demo Shop',
}
const TEA = {
  title: 'Longjing green tea, 100 g',
  pagepath: 'pages/product/index?id=tea-7',
  thumbMediaId: 'MEDIA_ID_TEA_7',
  thumbUrl: 'https://img.example.com/sobot-demo/tea-7.jpg',
  headimg: 'https://img.example.com/sobot-demo/shop-avatar.png',
  name: 'Sobot Demo Shop',
}

describe('agent-card-demo in a test workbench (Chromium)', () => {
  it('shows the visitor, and one click posts exactly one msgType 26 card to the workbench', async () => {
    const { page, frame } = await open(workbench, '?cid=cid-1001&uid=visitor-alice')
    await expect(frame.locator('#visitor').textContent()).resolves.toBe('Visitor visitor-alice · conversation cid-1001')
    await expect(frame.locator('#origin code').textContent()).resolves.toBe(workbench)
    expect(await received(page)).toEqual([])

    await frame.locator('button[data-product="mug-42"]').click()
    const messages = await settle(page, 1)
    expect(messages).toEqual([{ origin: demo, data: { cid: 'cid-1001', uid: 'visitor-alice', msgType: 26, miniPage: MUG } }])
    await expect(frame.locator('#status.sent').textContent()).resolves.toContain('Sent “Blue ceramic mug, 350 ml” to visitor visitor-alice')

    // The README's screenshot is rewritten only on request (`pnpm --filter agent-card-demo screenshot`),
    // so a test run leaves the tree clean; every run still takes one and checks it is a PNG.
    const png = await page.screenshot() // a buffer: nothing is written unless UPDATE_SCREENSHOT is set
    expect(png.length).toBeGreaterThan(1000)
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a') // the PNG signature
    if (UPDATE_SCREENSHOT) {
      mkdirSync(fileURLToPath(new URL('../docs/', import.meta.url)), { recursive: true })
      writeFileSync(SCREENSHOT, png)
    }
    await page.close()
  })

  it('follows { name: "selected" }: the next card carries the new cid/uid', async () => {
    const { page, frame } = await open(workbench, '?cid=cid-1001&uid=visitor-alice')
    await page.evaluate(() => window.selectVisitor('cid-2002', 'visitor-bob'))
    await frame.locator('#visitor', { hasText: 'visitor-bob' }).waitFor()
    expect(await frame.locator('#visitor').textContent()).toBe('Visitor visitor-bob · conversation cid-2002')

    await frame.locator('button[data-product="tea-7"]').click()
    const messages = await settle(page, 1)
    expect(messages).toEqual([{ origin: demo, data: { cid: 'cid-2002', uid: 'visitor-bob', msgType: 26, miniPage: TEA } }])
    await page.close()
  })

  it('posts only to the configured origin: a workbench on another origin receives nothing and cannot switch the visitor', async () => {
    // Control: configured for A and embedded by A, the card arrives.
    const control = await open(workbench, `?cid=cid-1001&uid=visitor-alice&workbenchOrigin=${encodeURIComponent(workbench)}`)
    await control.frame.locator('button[data-product="mug-42"]').click()
    expect(await settle(control.page, 1)).toHaveLength(1)
    await control.page.close()

    // Configured for A but embedded by C: the browser must not deliver it to C.
    const { page, frame } = await open(stranger, `?cid=cid-1001&uid=visitor-alice&workbenchOrigin=${encodeURIComponent(workbench)}`)
    await expect(frame.locator('#origin code').textContent()).resolves.toBe(workbench)
    await expect(frame.locator('#origin-warning').textContent()).resolves.toContain(stranger)
    await frame.locator('button[data-product="mug-42"]').click()
    await frame.locator('#status.sent').waitFor()
    expect(await settle(page, 0)).toEqual([])

    // Nor does the demo take `selected` from C: the visitor stays the same.
    await page.evaluate(() => window.selectVisitor('cid-evil', 'visitor-evil'))
    await page.waitForTimeout(300)
    expect(await frame.locator('#visitor').textContent()).toBe('Visitor visitor-alice · conversation cid-1001')
    await page.close()
  })

  it('a product without thumbMediaId shows INVALID_MINI_PAGE and posts nothing', async () => {
    const { page, frame } = await open(workbench, '?cid=cid-1001&uid=visitor-alice')
    await frame.locator('button[data-product="bag-3"]').click()
    const issue = frame.locator('#status.error li[data-code="INVALID_MINI_PAGE"]')
    await issue.waitFor()
    expect(await frame.locator('#status li').count()).toBe(1)
    expect(await issue.textContent()).toContain('miniPage.thumbMediaId')
    expect(await settle(page, 0)).toEqual([])

    // The same page still sends a valid product afterwards.
    await frame.locator('button[data-product="mug-42"]').click()
    expect(await settle(page, 1)).toHaveLength(1)
    await page.close()
  })

  it('opened without cid: explains instead of showing products, and posts nothing', async () => {
    const { page, frame } = await open(workbench, '?uid=visitor-alice')
    await expect(frame.locator('#explanation h1').textContent()).resolves.toBe('Open this page from Sobot’s agent workbench')
    expect(await frame.locator('#explanation li').allTextContents()).toEqual([expect.stringMatching(/^MISSING_DOCKING_PARAM cid /)])
    expect(await frame.locator('button').count()).toBe(0)
    expect(await settle(page, 0)).toEqual([])
    await page.close()
  })

  it('opened directly (not in an iframe) with cid/uid: says it is outside the workbench', async () => {
    const page = await browser().newPage()
    await page.goto(`${demo}/?cid=cid-1001&uid=visitor-alice`)
    await expect(page.locator('#explanation h1').textContent()).resolves.toBe('Not inside the workbench')
    expect(await page.locator('button').count()).toBe(0)
    await page.close()
  })
})
