// End-to-end: the built demo inside a test workbench page, in Debian's Chromium (playwright-core).
// Three local origins: the workbench (A), the demo (B), and a workbench the demo is not configured for (C).
// The covers' thumbMediaId comes from server-demo (its own process) talking to the WeChat stand-in.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type BrowserContext, type FrameLocator, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServerProcess, startWeChatStandIn, type ServerProcess, type WeChatStandIn } from 'wechat-stand-in'
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

const SERVER_DEMO = createRequire(import.meta.url).resolve('server-demo/package.json').replace(/package\.json$/, 'src/server.mjs')
const APP_ID = 'wx00cards00cards0'
const APP_SECRET = 'cards-demo-app-secret-5f4e3d2c'

let servers: Servers
let wechat: WeChatStandIn
let sobotServer: ServerProcess
let launched: BrowserContext | undefined
let profile: string
let workbench: string // A: the workbench
let demo: string // B: the docking page
let stranger: string // C: a workbench the demo is not configured for

beforeAll(async () => {
  // Missing Chromium fails every test with this message (never a silent skip or pass).
  if (!existsSync(CHROMIUM)) return
  const config: { sobotServerUrl?: string } = {}
  servers = await startServers({ workbenchPorts: [0, 0], config })
  ;[workbench, stranger] = servers.workbenchOrigins as [string, string]
  demo = servers.demoOrigin!
  // The demo's covers are served with it, so the server may fetch from the demo's host only.
  wechat = await startWeChatStandIn({ appId: APP_ID, appSecret: APP_SECRET })
  sobotServer = await startServerProcess({
    script: SERVER_DEMO,
    env: { WECHAT_APP_ID: APP_ID, WECHAT_APP_SECRET: APP_SECRET, WECHAT_API_BASE: wechat.url, THUMB_HOSTS: `http://${new URL(demo).host}`, ALLOWED_ORIGINS: demo, PORT: '0' },
  })
  config.sobotServerUrl = sobotServer.url
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
  await sobotServer?.stop()
  await wechat?.close()
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
  if (count > 0) await page.waitForFunction((n) => window.received.length >= n, count, { timeout: 15_000 })
  await page.waitForTimeout(300)
  return received(page)
}

/** The media_id WeChat (the stand-in) returned for the upload of public/covers/<name>.png, byte for byte. */
function mediaIdOf(name: string): string {
  const bytes = readFileSync(fileURLToPath(new URL(`../public/covers/${name}.png`, import.meta.url)))
  const uploads = wechat.uploads.filter((u) => u.bytes.equals(bytes))
  expect(uploads, `uploads of ${name}.png`).toHaveLength(1)
  return uploads[0]!.mediaId
}

// The card the workbench must receive for a product, written out from src/products.ts, not computed from it.
const cardOf = (id: string, title: string) => ({
  title,
  pagepath: `pages/product/index?id=${id}`,
  thumbMediaId: mediaIdOf(id),
  thumbUrl: `${demo}/covers/${id}.png`,
  headimg: 'https://img.example.com/sobot-demo/shop-avatar.png',
  name: 'Sobot Demo Shop',
})
const MUG = () => cardOf('mug-42', 'Blue ceramic mug, 350 ml')
const TEA = () => cardOf('tea-7', 'Longjing green tea, 100 g')

describe('agent-card-demo in a test workbench (Chromium)', () => {
  // First, while nothing is cached: WeChat down means no media_id, so no card.
  it('WeChat down: shows the server\'s WECHAT_UNAVAILABLE and posts nothing; back up, the card goes out', async () => {
    const { page, frame } = await open(workbench, '?cid=cid-1001&uid=visitor-alice')
    wechat.setDown(true)
    try {
      await frame.locator('button[data-product="mug-42"]').click()
      await frame.locator('#status.error li[data-code="WECHAT_UNAVAILABLE"]').waitFor()
      expect(await settle(page, 0)).toEqual([])
      expect(wechat.uploads).toHaveLength(0)
    } finally {
      wechat.setDown(false)
    }
    await frame.locator('button[data-product="mug-42"]').click()
    expect(await settle(page, 1)).toHaveLength(1)
    await page.close()
  })

  it('shows the visitor, and one click posts exactly one msgType 26 card to the workbench', async () => {
    const { page, frame } = await open(workbench, '?cid=cid-1001&uid=visitor-alice')
    await expect(frame.locator('#visitor').textContent()).resolves.toBe('Visitor visitor-alice · conversation cid-1001')
    await expect(frame.locator('#origin code').textContent()).resolves.toBe(workbench)
    expect(await received(page)).toEqual([])

    await frame.locator('button[data-product="mug-42"]').click()
    const messages = await settle(page, 1)
    expect(messages).toEqual([{ origin: demo, data: { cid: 'cid-1001', uid: 'visitor-alice', msgType: 26, miniPage: MUG() } }])
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
    expect(messages).toEqual([{ origin: demo, data: { cid: 'cid-2002', uid: 'visitor-bob', msgType: 26, miniPage: TEA() } }])
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

  it('a cover on a host the server does not allow: shows HOST_NOT_ALLOWED, nothing fetched, uploaded or posted', async () => {
    const { page, frame } = await open(workbench, '?cid=cid-1001&uid=visitor-alice')
    const uploads = wechat.uploads.length
    await frame.locator('button[data-product="bag-3"]').click()
    const issue = frame.locator('#status.error li[data-code="HOST_NOT_ALLOWED"]')
    await issue.waitFor()
    expect(await frame.locator('#status li').count()).toBe(1)
    expect(await issue.textContent()).toContain('img.example.com is not on the cover host list')
    expect(await settle(page, 0)).toEqual([])
    expect(wechat.uploads.length).toBe(uploads)

    // The same page still sends a valid product afterwards.
    await frame.locator('button[data-product="mug-42"]').click()
    expect(await settle(page, 1)).toHaveLength(1)
    await page.close()
  })

  it('each cover is uploaded once however often cards are sent, and the server fetched it from the demo', async () => {
    const { page, frame } = await open(workbench, '?cid=cid-1001&uid=visitor-alice')
    for (let i = 0; i < 3; i++) {
      await frame.locator('button[data-product="tea-7"]').click()
      await settle(page, i + 1)
    }
    expect((await received(page)).map((m) => (m.data as { miniPage: { thumbMediaId: string } }).miniPage.thumbMediaId)).toEqual(Array(3).fill(mediaIdOf('tea-7')))
    expect(wechat.uploads.map((u) => u.filename)).toEqual(['cover.png', 'cover.png'])
    expect(wechat.counts.stableToken).toBe(1)
    expect(sobotServer.output()).not.toContain(APP_SECRET)
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
