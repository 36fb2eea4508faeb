// End-to-end: the BUILT playground (dist/, served by `vite preview` as `pnpm --filter playground
// preview` does) in Debian's Chromium, driven by playwright-core. Run after `pnpm build` (turbo's
// `test` depends on `build`).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { launchChromium } from 'sobot-contact-test-kit/browser'
import { type Browser, type BrowserContext, type Page } from 'playwright-core'
import { preview, type PreviewServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { evaluateTaroSnippet } from './evaluateSnippet'

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const APP = fileURLToPath(new URL('..', import.meta.url))
const DOCS = fileURLToPath(new URL('../docs/', import.meta.url))
/** `UPDATE_SCREENSHOT=1` (`pnpm --filter playground screenshot`) rewrites docs/*.png; unset, `0` or `false` leaves them alone. */
const UPDATE_SCREENSHOT = !['', '0', 'false'].includes((process.env.UPDATE_SCREENSHOT || '').trim().toLowerCase())
const DESKTOP = { width: 1280, height: 900 }
const PHONE = { width: 390, height: 844 }

// Sobot's own example (../../../../shared/reference: the "Designate Reception" parameters put into the
// page's "Access to Agent" button template, nickname and avatar empty), written out by hand.
const SOBOT_EXAMPLE =
  'sobot|||{"name":"sobot","age":18}|transfer_action=[{"actionType":"to_group","deciId":"xxx","optionId":"3","spillId":"4"},{"actionType":"to_group","deciId":"xxx","optionId":"4"}]|platform_action={"customerCode":"xxx","flowGroupId":"xxx"}|partnerid=xxx|robotid=1|unionid=oJw8S1S0ZheoM2PnKbka3zJO-QyE|customer_fields={"ddb35f065d4b44ec870f58b87c1a52db":"xx"}'

let server: PreviewServer | undefined
let launched: Browser | undefined
let origin = ''

beforeAll(async () => {
  if (!existsSync(`${APP}/dist/index.html`)) throw new Error(`playground: ${APP}dist/index.html is missing; run \`pnpm --filter playground build\` (or \`pnpm build\`) first`)
  server = await preview({ root: APP, logLevel: 'silent', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } })
  const address = server.httpServer.address()
  if (!address || typeof address === 'string') throw new Error('vite preview did not listen on a port')
  origin = `http://127.0.0.1:${address.port}`
  // Missing Chromium fails every test with the message below (never a silent skip or pass).
  if (!existsSync(CHROMIUM)) return
  launched = await launchChromium()
})

afterAll(async () => {
  await launched?.close()
  await server?.close()
})

async function context(viewport = DESKTOP): Promise<BrowserContext> {
  if (!launched) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH). Browser tests cannot run without it.`)
  const ctx = await launched.newContext({ viewport })
  // Only the playground's own origin may be reached.
  await ctx.route(/.*/, (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()))
  return ctx
}

async function open(hash = '', viewport = DESKTOP): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await context(viewport)
  const page = await ctx.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`${origin}/${hash}`)
  await page.locator('h1').waitFor()
  expect(errors).toEqual([])
  return { ctx, page }
}

const text = async (page: Page, selector: string) => ((await page.locator(selector).textContent()) || '').trim()
const sessionFrom = (page: Page) => text(page, '#session-from')
/** Pastes into the Inspect tab, waits for the decoded table (`#decoded`, `#decoded-link` for a web link, `#decoded-kf-link` for a 微信客服 link) and reads its rows as [field, value]. */
async function inspect(page: Page, pasted: string, table: '#decoded' | '#decoded-link' | '#decoded-kf-link') {
  await page.getByLabel('Paste a session-from').fill(pasted)
  await page.locator(table).waitFor()
  return page.$$eval(`${table} tbody tr`, (trs) => trs.map((tr) => [tr.getAttribute('data-field'), tr.querySelector('.value')!.textContent]))
}

/** An empty form, in English or Chinese. */
const EMPTY = (lang: 'en' | 'zh' = 'zh') => `#${lang === 'en' ? 'lang=en&' : ''}s=%7B%7D`

function screenshot(png: Buffer, name: string) {
  // A buffer: nothing is written unless UPDATE_SCREENSHOT is set; every run checks it is a PNG.
  expect(png.length).toBeGreaterThan(1000)
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  if (UPDATE_SCREENSHOT) {
    mkdirSync(DOCS, { recursive: true })
    writeFileSync(DOCS + name, png)
  }
}

describe('playground (built, in Chromium)', () => {
  it('opens in Chinese with a sample; every control has a visible label naming the field; English on request', async () => {
    const { ctx, page } = await open()
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN')
    expect(await text(page, 'h1')).toBe('session-from 调试台')
    expect(await sessionFrom(page)).toBe(
      'sobot|汤姆||{"vip":true}|transfer_action=[{"actionType":"to_group","deciId":"g-1","optionId":"3","spillId":"5"},{"actionType":"to_service","deciId":"a-7","optionId":"2"}]|partnerid=user-42',
    )
    // Every input, select and textarea has a <label> that is shown, so keyboard and screen-reader users get a name.
    const unlabeled = await page.evaluate(() =>
      Array.from(document.querySelectorAll('input, select, textarea'))
        .filter((el) => !(el as HTMLInputElement).labels?.length || !(el as HTMLInputElement).labels![0]!.textContent!.trim())
        .map((el) => el.id),
    )
    expect(unlabeled).toEqual([])
    for (const name of ['nickname', 'avatarUrl', 'customerCode', 'flowGroupId', 'partnerId', 'robotId', 'unionId', 'title', 'path', 'imageUrl']) {
      await expect(page.getByLabel(name, { exact: false }).count(), name).resolves.toBeGreaterThan(0)
    }
    expect(await page.getByLabel('昵称 nickname').inputValue()).toBe('汤姆')

    // What was typed survives the language switch and a trip through the other tabs.
    await page.getByLabel('昵称 nickname').fill('汤姆猫')
    await page.click('#tab-inspect')
    await page.locator('#inspect-input').waitFor()
    await page.click('#tab-build')
    await page.click('#lang')
    await page.locator('html[lang="en"]').waitFor()
    expect(await text(page, 'h1')).toBe('session-from playground')
    expect(await page.getByLabel('Nickname nickname').inputValue()).toBe('汤姆猫')
    expect(await sessionFrom(page)).toMatch(/^sobot\|汤姆猫\|/)
    expect(page.url()).toContain('lang=en')
    await ctx.close()
  })

  it('a 334-character Chinese nickname shows SESSION_FROM_TOO_LONG and 1011 bytes; the shorten switch makes it fit and says what changed', async () => {
    const { ctx, page } = await open(EMPTY('en'))
    await page.getByLabel('Nickname nickname').fill('智'.repeat(334))
    // Shown beside the field that takes the most bytes (the error's path), which is marked invalid.
    const tooLong = page.locator('#issues-nickname li[data-code="SESSION_FROM_TOO_LONG"]')
    await tooLong.waitFor()
    expect(await page.getByLabel('Nickname nickname').getAttribute('aria-invalid')).toBe('true')
    expect(await tooLong.textContent()).toContain('1011 of 1000 UTF-8 bytes')
    expect(await text(page, '#build-bytes .byte-count')).toBe('1011')
    expect(await text(page, '#build-bytes .remaining')).toBe('11 bytes over')
    expect(await page.locator('#build-bytes tr[data-field="nickname"] td').textContent()).toBe('1002')
    expect(await sessionFrom(page)).toBe('')
    expect(await page.isDisabled('#copy-session-from')).toBe(true)
    // The bar's nickname segment shows its bytes on keyboard focus.
    await page.focus('#build-bytes .seg-nickname')
    expect(await page.isVisible('#build-bytes .seg-nickname .tip')).toBe(true)
    expect(await text(page, '#build-bytes .seg-nickname .tip')).toBe('nickname: 1002 bytes')

    await page.getByLabel('Shorten when over the limit').check()
    const shortened = page.locator('#issues-nickname li[data-code="SESSION_FROM_SHORTENED"]')
    await shortened.waitFor()
    expect(await shortened.textContent()).toContain('shortened from 334 to 330 characters')
    expect(await page.locator('#issues-session li[data-code]').count()).toBe(0)
    expect(await sessionFrom(page)).toBe(`sobot|${'智'.repeat(330)}|||`)
    expect(await text(page, '#build-bytes .byte-count')).toBe('999')
    expect(await text(page, '#before-shorten')).toBe('before shortening: 1011 bytes')
    await ctx.close()
  })

  it('a two-step routing built with the keyboard-usable form (group overflowing when all busy, then an agent) shows the transfer_action core encodes', async () => {
    const { ctx, page } = await open(EMPTY('en'))
    expect(await sessionFrom(page)).toBe('sobot||||')
    await page.click('#f-step-add-group')
    await page.fill('#f-step-0-id', 'g-1')
    // An overflowing last step: core's error shows next to that step.
    await page.selectOption('#f-step-0-when', 'allBusy')
    const dangling = page.locator('#issues-transferAction\\[0\\] li[data-code="INVALID_TRANSFER_ACTION"]')
    await dangling.waitFor()
    expect(await dangling.textContent()).toContain('transferAction[0].optionId')
    expect(await page.getAttribute('#f-step-0-id', 'aria-invalid')).toBe('true')

    await page.click('#f-step-add-agent')
    await page.keyboard.type('a-7') // focus moved to the new step's id
    await page.locator('#issues-transferAction\\[0\\] li').first().waitFor({ state: 'detached' })
    expect(await sessionFrom(page)).toBe(
      'sobot||||transfer_action=[{"actionType":"to_group","deciId":"g-1","optionId":"3","spillId":"5"},{"actionType":"to_service","deciId":"a-7","optionId":"2"}]',
    )
    expect(await page.locator('#build-bytes tr[data-field="transferAction"] td').textContent()).toBe('145') // 'transfer_action=' + the JSON

    // A step after a step that does not overflow is unreachable: the error is next to it.
    await page.click('#f-step-add-group')
    await page.keyboard.type('g-2')
    const unreachable = page.locator('#issues-transferAction\\[2\\] li[data-code="INVALID_TRANSFER_ACTION"]')
    await unreachable.waitFor()
    expect(await unreachable.textContent()).toContain('unreachable')
    await ctx.close()
  })

  it("pasting Sobot's own example string decodes to its fields, with the bar; Edit in Build carries them over; a web link decodes too", async () => {
    const { ctx, page } = await open('#lang=en&tab=inspect&s=%7B%7D')
    expect(await inspect(page, SOBOT_EXAMPLE, '#decoded')).toEqual([
      ['params', '{"name":"sobot","age":18}'],
      ['transferAction', '[{"actionType":"to_group","deciId":"xxx","optionId":"3","spillId":"4"},{"actionType":"to_group","deciId":"xxx","optionId":"4"}]'],
      ['platformAction', '{"customerCode":"xxx","flowGroupId":"xxx"}'],
      ['partnerId', 'xxx'],
      ['robotId', '1'],
      ['unionId', 'oJw8S1S0ZheoM2PnKbka3zJO-QyE'],
      ['customerFields', '{"ddb35f065d4b44ec870f58b87c1a52db":"xx"}'],
    ])
    expect(await text(page, '#inspect-bytes .byte-count')).toBe(String(Buffer.byteLength(SOBOT_EXAMPLE)))
    expect(await page.locator('#inspect-issues li').count()).toBe(0)
    // The marked place for what is still to come of the web link (allowedHosts, extraParams, paramNames).
    expect(await page.getAttribute('#web-link', 'data-pending')).toBe('web-link-options')

    await page.click('#inspect-edit')
    await page.locator('#panel-build').waitFor()
    expect(await sessionFrom(page)).toBe(SOBOT_EXAMPLE)
    expect(await page.inputValue('#f-robotId')).toBe('1')

    // A string that is not a session-from gives the coded error.
    await page.click('#tab-inspect')
    await page.getByLabel('Paste a session-from').fill('sobot|a|b')
    await page.locator('#inspect-issues li[data-code="NOT_SOBOT_SESSION_FROM"]').waitFor()
    // A Sobot web link is decoded by core's parseSobotWebLink; a link on another host is refused with its code.
    const link = 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=abc&channelid=1&uname=%E6%B1%A4%E5%A7%86&groupid=g1&source=10'
    expect(await inspect(page, link, '#decoded-link')).toEqual([
      ['base', 'https://chat.sobot.com/chat/h5/v2/index.html'],
      ['sysnum', 'abc'],
      ['channelid', '1'],
      ['nickname', '汤姆'],
      ['groupId', 'g1'],
      ['source', '10'],
    ])
    await page.getByLabel('Paste a session-from').fill('https://evil.example/chat?sysnum=abc')
    await page.locator('#inspect-issues li[data-code="INVALID_WEB_LINK"]').waitFor()
    expect(await page.locator('#decoded-link').count()).toBe(0)
    await ctx.close()
  })

  it('the 128-byte bar of the 微信客服 parameter sits beside the 1000-byte one; Inspect decodes a 微信客服 link to its fields and bytes', async () => {
    const { ctx, page } = await open(EMPTY('en'))
    await page.getByLabel('Nickname nickname').fill('智'.repeat(40))
    await page.locator('#issues-kf li[data-code="KF_SCENE_PARAM_TOO_LONG"]').waitFor()
    // session-from still fits; Sobot's 微信客服 parameter does not.
    expect(await text(page, '#build-bytes .byte-count')).toBe('129')
    expect(await text(page, '#build-kf-bytes .byte-count')).toBe('176')
    expect(await text(page, '#build-kf-bytes .remaining')).toBe('48 bytes over')
    expect(await page.locator('#build-kf-bytes tr[data-field="nickname"] td').textContent()).toBe('130')
    // Beside it on a desktop: the two bars share a row.
    const [a, b] = await Promise.all([page.locator('#bar-slot').boundingBox(), page.locator('#kf-bar-slot').boundingBox()])
    expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1)
    await page.check('#f-shorten')
    await page.locator('#issues-kf li[data-code="KF_SCENE_PARAM_SHORTENED"]').waitFor()

    await page.click('#tab-inspect')
    const link = 'https://work.weixin.qq.com/kf/kfc0123456789abcdef?enc_scene=ENC1&scene_param=eyJwYXJ0bmVyaWQiOiJ1LTQyIiwidW5hbWUiOiLmsaTlp4YiLCJwYXJhbXMiOiJ7XCJ2aXBcIjpcIjFcIn0iLCJ0ZWwiOiIxMzgwMDAwMDAwMCJ9'
    expect(await inspect(page, link, '#decoded-kf-link')).toEqual([
      ['base', 'https://work.weixin.qq.com/kf/kfc0123456789abcdef'],
      ['kfid', 'kfc0123456789abcdef'],
      ['enc_scene', 'ENC1'],
      ['partnerid', 'u-42'],
      ['uname', '汤姆'],
      ['params', '{"vip":"1"}'],
      ['tel', '13800000000'],
    ])
    expect(await text(page, '#inspect-kf-bytes .byte-count')).toBe('112')
    expect(await page.locator('#inspect-issues li').count()).toBe(0)
    await page.getByLabel('Paste a session-from').fill('https://work.weixin.qq.com/kf/kfc0123456789abcdef?encScene=E&scene_param=a%3D1')
    await page.locator('#inspect-issues li[data-code="INVALID_KF_SCENE_PARAM"]').waitFor()
    await ctx.close()
  })

  it('a shared URL restores the state in a fresh browser context', async () => {
    const first = await open(EMPTY('en'))
    await first.page.fill('#f-nickname', 'Tom|Jerry')
    await first.page.click('#f-params-add')
    await first.page.keyboard.type('age')
    await first.page.fill('#f-params-0-value', '18')
    await first.page.selectOption('#f-params-0-type', 'number')
    await first.page.fill('#f-partnerId', 'user-42')
    await first.page.check('#f-cardEnabled')
    await first.page.fill('#f-cardPath', 'pages/product/index?id=42')
    await first.page.locator('#issues-nickname li[data-code="SEPARATOR_REPLACED"]').waitFor()
    const shown = await sessionFrom(first.page)
    expect(shown).toBe('sobot|Tom｜Jerry||{"age":18}|partnerid=user-42')
    const link = first.page.url()
    await first.ctx.close()

    const second = await open(link.slice(origin.length + 1))
    expect(await sessionFrom(second.page)).toBe(shown)
    expect(await second.page.inputValue('#f-nickname')).toBe('Tom|Jerry')
    expect(await second.page.inputValue('#f-params-0-type')).toBe('number')
    expect(await second.page.isChecked('#f-cardEnabled')).toBe(true)
    expect(await text(second.page, 'h1')).toBe('session-from playground')
    expect(JSON.parse(await text(second.page, '#button-props'))).toMatchObject({ showMessageCard: true, sendMessagePath: 'pages/product/index?id=42' })
    await second.ctx.close()
  })

  it("with Sobot's console link set, the Build tab shows the web link core builds and what it cannot carry", async () => {
    const { ctx, page } = await open('#lang=en')
    expect(await text(page, '#web-link-url')).toBe('')
    await page.getByLabel('webLink.link').fill('https://chat.sobot.com/chat/h5/v2/index.html?sysnum=abc&channelid=1')
    await page.locator('#issues-webLink li[data-code="WEB_LINK_FIELD_DROPPED"]').waitFor()
    expect(await text(page, '#web-link-url')).toBe(
      'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=abc&channelid=1&partnerid=user-42&uname=%E6%B1%A4%E5%A7%86&params=%7B%22vip%22%3Atrue%7D&groupid=g-1',
    )
    expect(await page.getAttribute('#issues-webLink li', 'data-path')).toBe('transferAction')
    // Nothing of the link's warnings lands next to the session's own fields.
    expect(await page.locator('#issues-transferAction li').count()).toBe(0)
    await page.getByLabel('webLink.link').fill('https://evil.example/chat?sysnum=abc')
    await page.locator('#issues-webLink li[data-code="INVALID_WEB_LINK"]').waitFor()
    expect(await text(page, '#web-link-url')).toBe('')
    expect(await sessionFrom(page)).toContain('partnerid=user-42')
    await ctx.close()
  })

  it('the Taro snippet, evaluated, yields the shown string; the copy button copies it', async () => {
    const { ctx, page } = await open()
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin })
    await page.fill('#f-nickname', '智'.repeat(334))
    await page.check('#f-shorten')
    await page.locator('#issues-nickname li[data-code="SESSION_FROM_SHORTENED"]').waitFor()
    const shown = await sessionFrom(page)
    const snippet = (await page.locator('#snippet-taro').textContent()) || ''
    expect(snippet).toContain('overflow={shortenFreeText}')
    const props = evaluateTaroSnippet(snippet)
    expect(props.sessionFrom).toBe(shown)
    expect(props).toEqual(JSON.parse(await text(page, '#button-props')))

    await page.click('#copy-session-from')
    await page.locator('#copy-session-from + .copy-status', { hasText: '已复制' }).waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown)

    // The other tabs are reachable with the arrow keys.
    await page.focus('#tab-snippet-taro')
    await page.keyboard.press('ArrowRight')
    expect(await page.getAttribute('#tab-snippet-uni', 'aria-selected')).toBe('true')
    expect(await page.isVisible('#snippet-uni')).toBe(true)
    await ctx.close()
  })

  it('the error reference has one entry per code, and an issue links to its entry', async () => {
    const { ctx, page } = await open('#lang=en&s=' + encodeURIComponent('{"card":true,"cp":"https://example.com/p"}'))
    const issue = page.locator('#issues-card li[data-code="INVALID_CARD"]')
    await issue.waitFor()
    expect(await issue.locator('.path').textContent()).toBe('card.path')
    await issue.locator('a.code').click()
    const entry = page.locator('#code-INVALID_CARD')
    await entry.waitFor()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('code-INVALID_CARD')
    // Scrolled to it (the entry is far down the list).
    const top = await entry.evaluate((el) => el.getBoundingClientRect().top + window.scrollY)
    expect(top).toBeGreaterThan(DESKTOP.height)
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0)
    expect(await entry.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(DESKTOP.height / 2)
    // The entry shows docs/errors.md's text for the code, its inline code as <code>.
    const { ERROR_CODES, ERROR_REFERENCE } = await import('../src/errorReference')
    const docs = ERROR_REFERENCE.find((e) => e.code === 'INVALID_CARD')!
    const plain = (text: typeof docs.fix.en) => text.map((p) => (typeof p === 'string' ? p : p.code)).join('')
    expect(await entry.locator('.fix').textContent()).toBe(plain(docs.fix.en))
    expect(await entry.locator('.fix').textContent()).toContain('Write path as a page of your mini-program, e.g. pages/product/index?id=42')
    expect(await entry.locator('.fix code').allTextContents()).toContain('pages/product/index?id=42')
    expect(await entry.locator('.meaning').textContent()).toBe(plain(docs.meaning.en))
    expect(await entry.locator('.where').textContent()).toContain('from validateContactCard')
    expect(await page.$$eval('.error-entry', (els) => els.map((e) => e.getAttribute('data-code')))).toEqual(ERROR_CODES)
    // In Chinese, the same entry from docs/errors.zh-CN.md.
    await page.click('#lang')
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN')
    expect(await page.locator('#code-INVALID_CARD .fix').textContent()).toBe(plain(docs.fix.zh))
    expect(await page.locator('#code-INVALID_CARD .badge').textContent()).toBe('错误')
    // Back to Build: the state survived the trip.
    await page.click('#tab-build')
    expect(await page.inputValue('#f-cardPath')).toBe('https://example.com/p')
    await ctx.close()
  })

  it('works at phone width (no sideways scrolling); screenshots of desktop and phone', async () => {
    const hash = '#s=' + encodeURIComponent(JSON.stringify({ n: '汤姆', p: [{ k: 'vip', v: 'true', type: 'boolean' }], r: [{ kind: 'group', id: 'g-1', when: 'allBusy' }, { kind: 'agent', id: 'a-7' }], pid: 'user-42', card: true, ct: '蓝色马克杯', cp: 'pages/product/index?id=42' }))
    const phone = await open(hash, PHONE)
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    const box = await phone.page.locator('#f-nickname').boundingBox()
    expect(box!.width).toBeGreaterThan(250)
    screenshot(await phone.page.screenshot({ fullPage: false }), 'playground-phone.png')
    await phone.ctx.close()

    const desktop = await open(hash)
    screenshot(await desktop.page.screenshot(), 'playground-desktop.png')
    await desktop.ctx.close()
  })
})
