// widget/html/app-chat.html in a real headless Chromium (Debian's chromium, driven by playwright-core):
// the page loads the IIFE build copied by `pnpm build` (widget/script/sobot-contact.iife.js).
// APICloud's `api` object and Sobot's native zhiChi module exist only inside an APICloud App on a
// device, so a stand-in `api` is injected before the page runs: it records every startZhiChi call
// and answers through the callback; the test then calls `apiready()` as APICloud would.
import { existsSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { launchChromium } from 'sobot-contact-test-kit/browser'
import { type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const WIDGET = fileURLToPath(new URL('../widget/', import.meta.url))
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' }

let server: Server
let origin: string
let browser: Browser

declare global {
  interface Window {
    zhiChiCalls: unknown[]
    apiready?: () => void
    SobotContact?: Record<string, unknown>
  }
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`)
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url || '/', 'http://x').pathname)).replace(/^([/\\])+/, '')
    if (path === '__blank') return res.writeHead(200, { 'content-type': TYPES['.html'] }).end('<!doctype html><title>blank</title>')
    const file = join(WIDGET, path)
    if (!file.startsWith(WIDGET) || !existsSync(file)) return res.writeHead(404).end()
    res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' }).end(readFileSync(file))
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const address = server.address()
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await new Promise((r) => (server ? server.close(r) : r(undefined)))
})

/** Opens the page with a stand-in `api`; `withModule: false` plays an App built without the zhiChi module. */
async function openAppPage(withModule = true): Promise<Page> {
  const page = await browser.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.addInitScript((hasModule: boolean) => {
    window.zhiChiCalls = []
    const zhiChi = {
      startZhiChi(params: unknown, callback: (ret: unknown, err?: unknown) => void) {
        window.zhiChiCalls.push(JSON.parse(JSON.stringify(params)))
        setTimeout(() => callback({ status: true }), 0)
      },
    }
    ;(window as unknown as { api: unknown }).api = { platform: 'app', require: (name: string) => (hasModule && name === 'zhiChi' ? zhiChi : undefined) }
  }, withModule)
  await page.goto(`${origin}/html/app-chat.html`)
  expect(await page.locator('#contact').isDisabled()).toBe(true)
  await page.evaluate(() => window.apiready!())
  expect(errors).toEqual([])
  return page
}

describe('widget/html/app-chat.html on the IIFE build, in Chromium', () => {
  it('the IIFE adds exactly one global, SobotContact, with core and the App path', async () => {
    const page = await browser.newPage()
    await page.goto(`${origin}/__blank`) // same origin, empty document
    const before = await page.evaluate(() => Object.keys(window))
    await page.addScriptTag({ url: `${origin}/script/sobot-contact.iife.js` })
    const added = await page.evaluate((keys: string[]) => Object.keys(window).filter((k) => !keys.includes(k)), before)
    expect(added).toEqual(['SobotContact'])
    const api = await page.evaluate(() =>
      ['openSobotChat', 'toZhiChiParams', 'encodeSessionFrom', 'toGroup', 'getContactButtonProps'].map((k) => typeof window.SobotContact![k]),
    )
    expect(api).toEqual(['function', 'function', 'function', 'function', 'function'])
    await page.close()
  })

  it('clicking the button calls startZhiChi once with the expected parameters and lists what the App cannot send', async () => {
    const page = await openAppPage()
    expect(await page.locator('#status').textContent()).toBe('Ready (app)')
    await page.click('#contact')
    await page.waitForFunction(() => document.getElementById('status')!.textContent === 'Chat opened')
    expect(await page.evaluate(() => window.zhiChiCalls)).toEqual([
      { sysNum: 'your-sobot-sysnum', userId: 'u-1001', nickName: 'Tom', phone: '13800000000', email: 'tom@example.com' },
    ])
    expect(await page.locator('#warnings li').allTextContents()).toEqual(['session.transferAction: not sent in the App'])
    await page.close()
  })

  it('an App without the zhiChi module shows the coded error and calls nothing', async () => {
    const page = await openAppPage(false)
    await page.click('#contact')
    await page.waitForFunction(() => document.getElementById('status')!.className === 'error')
    expect(await page.locator('#status').textContent()).toMatch(/^NATIVE_MODULE_MISSING: /)
    expect(await page.evaluate(() => window.zhiChiCalls)).toEqual([])
    await page.close()
  })
})
