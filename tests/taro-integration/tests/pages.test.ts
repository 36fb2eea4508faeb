import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, inject, test } from 'vitest'
import { decodeSessionFrom, encodeSessionFrom } from '@sobot-contact/core'
import { decryptUnionId } from '@sobot-contact/core/unionid'
import { PRODUCTS, ROUTING, VISITOR, productCard, productSession } from 'sobot-contact-scenarios'
import { errorLines } from './buildDemo'
import { attrsOf, findAll, startMiniProgram, textOf, type RenderedPage } from 'sobot-contact-test-kit/miniprogram'

// The sample app as `taro build --type weapp` built it, run by miniprogram-simulate with WeChat's own
// WXML compiler. What is read here is what WeChat would render from dist/: pages, base.wxml templates,
// Taro's runtime and setData — only the WeChat client itself is stood in for (see miniprogram.ts).

const build = inject('demoBuild')
let mp: ReturnType<typeof startMiniProgram>
beforeAll(() => {
  expect(build.status, build.log.slice(-3000)).toBe(0)
  mp = startMiniProgram(build.outDir)
})

/** The one contact button a page rendered, its attributes and the element to fire events on. */
function contactButton(page: RenderedPage) {
  const buttons = findAll(page.toJSON(), 'wx-button')
  expect(buttons).toHaveLength(1)
  const node = buttons[0]!
  const attrs = attrsOf(node)
  const element = page.querySelector('#' + String(attrs.id))
  expect(element).toBeDefined()
  return { node, attrs, element: element! }
}

/** The card attributes as WeChat receives them (Taro's template binds all four; unset ones arrive empty). */
const cardAttrs = (attrs: Record<string, unknown>) => ({
  showMessageCard: attrs.showMessageCard,
  sendMessageTitle: attrs.sendMessageTitle,
  sendMessagePath: attrs.sendMessagePath,
  sendMessageImg: attrs.sendMessageImg,
})
const NO_CARD = { showMessageCard: false, sendMessageTitle: '', sendMessagePath: '', sendMessageImg: '' }

const navigations = () => mp.calls.filter(([name]) => /^(navigateTo|redirectTo|switchTab|reLaunch)$/.test(name))
const navigateUrls = () => navigations().map(([name, [options]]) => `${name} ${(options as { url: string }).url}`)

async function contact(element: { dispatchEvent(name: string, o: { detail: unknown }): void }, detail: unknown) {
  const before = mp.calls.length
  element.dispatchEvent('contact', { detail })
  await mp.settle()
  return mp.calls.slice(before).filter(([name]) => /^(navigateTo|redirectTo|switchTab|reLaunch)$/.test(name))
}

describe('pages/index: a plain contact button with nickname and avatar', () => {
  test('open-type contact, session-from exactly the visitor’s, no card', async () => {
    const { attrs, node } = contactButton(await mp.openPage('pages/index/index'))
    expect(attrs.openType).toBe('contact')
    expect(attrs.sessionFrom).toBe(
      'sobot|Tom 汤姆|https://example.com/avatars/tom.png|{"vip":true,"level":3}|partnerid=user-42',
    )
    expect(attrs.sessionFrom).toBe(encodeSessionFrom(VISITOR))
    expect(cardAttrs(attrs)).toEqual(NO_CARD)
    expect(attrs).toMatchObject({ class: 'contact', type: 'primary' })
    expect(textOf(node)).toBe('联系客服')
  })

  test('navigateOnContact: tapping a card in the chat opens its page; coming back without one opens nothing', async () => {
    const { element } = contactButton(await mp.openPage('pages/index/index'))
    const opened = await contact(element, { errMsg: 'enterContact:ok', path: 'pages/product/index', query: { id: '7' } })
    expect(opened.map(([name, [o]]) => [name, (o as { url: string }).url])).toEqual([['navigateTo', '/pages/product/index?id=7']])
    expect(await contact(element, { errMsg: 'enterContact:ok' })).toEqual([])
  })
})

describe('pages/routing: skill groups overflowing to an agent', () => {
  test('session-from carries the routing exactly as core encodes it', async () => {
    const { attrs } = contactButton(await mp.openPage('pages/routing/index'))
    expect(attrs.openType).toBe('contact')
    expect(attrs.sessionFrom).toBe(encodeSessionFrom(ROUTING))
    expect(attrs.sessionFrom).toContain(
      'transfer_action=[{"actionType":"to_group","deciId":"g-sales","optionId":"3","spillId":"5"},{"actionType":"to_group","deciId":"g-support","optionId":"3","spillId":"4"},{"actionType":"to_service","deciId":"a-7","optionId":"2"}]',
    )
    expect(decodeSessionFrom(attrs.sessionFrom as string).transferAction).toHaveLength(3)
    expect(cardAttrs(attrs)).toEqual(NO_CARD)
    expect(attrs.plain).toBe(true)
  })

  test('no navigation unless the page asks for it', async () => {
    const { element } = contactButton(await mp.openPage('pages/routing/index'))
    expect(await contact(element, { path: 'pages/product/index', query: { id: '42' } })).toEqual([])
  })
})

describe('pages/product: the product’s card in the chat, and back to the product', () => {
  test.each(Object.values(PRODUCTS))('product $id: session-from and card attributes as configured', async (product) => {
    const { attrs } = contactButton(await mp.openPage('pages/product/index', { id: product.id }))
    expect(attrs.openType).toBe('contact')
    expect(attrs.sessionFrom).toBe(encodeSessionFrom(productSession(product)))
    const card = productCard(product)
    expect(cardAttrs(attrs)).toEqual({
      showMessageCard: true,
      sendMessageTitle: card.title,
      sendMessagePath: card.path,
      sendMessageImg: card.imageUrl ?? '',
    })
  })

  test('tapping the card in the chat brings the user back to the product they asked about', async () => {
    const { attrs, element } = contactButton(await mp.openPage('pages/product/index', { id: '7' }))
    // WeChat hands back the card's path and query as `detail`.
    const [path, query] = String(attrs.sendMessagePath).split('?') as [string, string]
    const opened = await contact(element, { errMsg: 'enterContact:ok', path, query: Object.fromEntries(new URLSearchParams(query)) })
    expect(opened).toHaveLength(1)
    const [name, [options]] = opened[0]!
    expect(name).toBe('navigateTo')
    const url = (options as { url: string }).url
    expect(url).toBe('/pages/product/index?id=7')
    // …and that URL opens the same product.
    const [target, qs] = url.slice(1).split('?') as [string, string]
    const page = await mp.openPage(target, Object.fromEntries(new URLSearchParams(qs)))
    expect(textOf(page.toJSON())).toContain(PRODUCTS['7']!.name)
    expect(contactButton(page).attrs.sendMessagePath).toBe('pages/product/index?id=7')
  })
})

describe('pages/unionid: a UnionID encrypted by the server', () => {
  test('the ciphertext from the (stand-in) server reaches session-from unchanged', async () => {
    const { attrs } = contactButton(await mp.openPage('pages/unionid/index'))
    const decoded = decodeSessionFrom(attrs.sessionFrom as string)
    expect(decoded).toMatchObject({ nickname: 'Tom 汤姆', partnerId: 'user-42' })
    // The demo's channel key lives only here, in the test, standing in for the server's secret.
    expect(decryptUnionId(decoded.unionId as string, 'sobot-demo-key16')).toBe('oDemoUnionId_0123456789abcd')
  })

  test('neither the channel key nor the cipher code ships in the mini-program', () => {
    for (const file of ['app.js', 'common.js', 'vendors.js', 'taro.js', 'pages/unionid/index.js']) {
      const code = readFileSync(join(build.outDir, file), 'utf8')
      expect(code).not.toContain('sobot-demo-key16')
      expect(code).not.toMatch(/Malformed UTF-8 data|CryptoJS/)
    }
  })
})

describe('dist/ is a WeChat mini-program ready for WeChat DevTools', () => {
  test('app.json lists the seven pages (the clients page, the recipes and the chat page too), each with its js/json/wxml; project.config.json points at dist', () => {
    const app = JSON.parse(readFileSync(join(build.outDir, 'app.json'), 'utf8')) as { pages: string[] }
    expect(app.pages).toEqual(['pages/index/index', 'pages/routing/index', 'pages/product/index', 'pages/unionid/index', 'pages/clients/index', 'pages/recipes/index', 'pages/sobot-chat/index'])
    for (const page of app.pages) for (const ext of ['js', 'json', 'wxml']) expect(() => readFileSync(join(build.outDir, `${page}.${ext}`))).not.toThrow()
    const project = JSON.parse(readFileSync(join(build.outDir, 'project.config.json'), 'utf8')) as Record<string, unknown>
    expect(project).toMatchObject({ appid: 'touristappid', compileType: 'miniprogram', miniprogramRoot: './' })
  })

  test.skipIf(process.env.TARO_DEMO_PREBUILT)('the build log reports success and no error', () => {
    expect(build.log).toMatch(/Compiled successfully/)
    expect(errorLines(build.log)).toEqual([])
  })

  test('every navigation so far went through wx.navigateTo (recorded)', () => {
    expect(navigateUrls().every((line) => line.startsWith('navigateTo /pages/product/index?id='))).toBe(true)
  })
})
