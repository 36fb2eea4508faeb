import { beforeAll, describe, expect, inject, it, vi } from 'vitest'
import { decodeSessionFrom, encodeSessionFrom, validateSessionFrom } from '@sobot-contact/core'
import { decryptUnionId } from '@sobot-contact/core/unionid'
// The very inputs the sample pages render (apps/uni-vue-demo/src), encoded here by the core.
import { BAD_SESSION, findProduct, productCard, productSession, ROUTING, UNIONID_BASE, VISITOR } from 'sobot-contact-scenarios'
import { fetchEncryptedUnionId } from '../../../apps/uni-vue-demo/src/api/fetchEncryptedUnionId'
import { attrsOf, findAll, startMiniProgram, textOf, type RenderedElement, type RenderedNode, type RenderedPage } from 'sobot-contact-test-kit/miniprogram'

let mp: ReturnType<typeof startMiniProgram>
beforeAll(() => {
  const build = inject('demoBuild')
  expect(build.status, build.log).toBe(0)
  mp = startMiniProgram(build.outDir, { stubMissingApis: true })
})

function contactButton(page: RenderedPage): RenderedNode {
  const buttons = findAll(page.toJSON(), 'wx-button')
  expect(buttons).toHaveLength(1)
  return buttons[0] as RenderedNode
}

// The native <button> inside the component. WeChat's selectors take classes and ids, not tag names;
// the button carries the page's class (virtualHost), the component's own node matches it too.
function nativeButton(page: RenderedPage) {
  const button = page.querySelector('.contact-btn')?.querySelector('.contact-btn')
  expect(button).toBeTruthy()
  return button as RenderedElement
}

describe('the sample app running in miniprogram-simulate (official WXML compiler)', () => {
  it('index: a plain contact button with the page class and style on the real button', async () => {
    const button = contactButton(await mp.openPage('pages/index/index'))
    const a = attrsOf(button)
    expect(a.openType).toBe('contact')
    expect(a.sessionFrom).toBe(encodeSessionFrom(VISITOR))
    expect(a.type).toBe('primary')
    expect(a.class).toEqual(expect.arrayContaining(['contact-btn']))
    expect(String(a.style)).toMatch(/margin-top:\s*12px/)
    // No card: the card attributes carry no value (WeChat's defaults apply, and no card is offered).
    for (const name of ['showMessageCard', 'sendMessageTitle', 'sendMessagePath', 'sendMessageImg']) expect(a[name], name).toBeFalsy()
    expect(textOf(button).trim()).toBe('联系客服')
    expect(button.event.contact, 'bindcontact is wired').toBeDefined()
  })

  it('routing: skill groups with overflow, exactly as core encodes them', async () => {
    const page = await mp.openPage('pages/routing/index')
    const a = attrsOf(contactButton(page))
    expect(a.sessionFrom).toBe(encodeSessionFrom(ROUTING))
    const steps = decodeSessionFrom(a.sessionFrom as string).transferAction
    expect(steps?.map((s) => [s.actionType, s.deciId, s.optionId, s.spillId])).toEqual([
      ['to_group', 'g-sales', '3', '5'],
      ['to_group', 'g-support', '3', '4'],
      ['to_service', 'a-7', '2', undefined],
    ])
    expect(findAll(page.toJSON(), 'wx-text').map(textOf)).not.toContainEqual(expect.stringContaining(' at '))
  })

  it('product: card attributes for the product opened, and contact takes the user back to it', async () => {
    const page = await mp.openPage('pages/product/index', { id: '42' })
    const a = attrsOf(contactButton(page))
    expect(a.sessionFrom).toBe(encodeSessionFrom(productSession(findProduct('42'))))
    const card = productCard(findProduct('42'))
    expect(a.showMessageCard).toBe(true)
    expect(a.sendMessageTitle).toBe(card.title)
    expect(a.sendMessagePath).toBe('pages/product/index?id=42')
    expect(a.sendMessageImg).toBe(card.imageUrl)
    expect(card.imageUrl).toMatch(/^https:/)
    expect([a.size, a.plain]).toEqual(['mini', true])

    mp.calls.length = 0
    // What WeChat sends when the user taps the product card inside the chat.
    mp.fireNativeEvent(nativeButton(page), 'contact', { errMsg: 'enterContact:ok', path: 'pages/product/index', query: { id: '42' } })
    await mp.settle()
    const navigations = mp.calls.filter(([name]) => name === 'navigateTo')
    expect(navigations).toHaveLength(1)
    expect(navigations[0]?.[1][0]).toMatchObject({ url: '/pages/product/index?id=42' })
    // The page's own @contact listener got core's parsed target too (and re-rendered).
    await mp.settle()
    expect(findAll(page.toJSON(), 'wx-text').map(textOf)).toContain('Back from the chat: /pages/product/index?id=42')
  })

  it('product: coming back without tapping a card navigates nowhere', async () => {
    const page = await mp.openPage('pages/product/index', { id: '8' })
    mp.calls.length = 0
    mp.fireNativeEvent(nativeButton(page), 'contact', { errMsg: 'enterContact:ok' })
    await mp.settle()
    expect(mp.calls.filter(([name]) => name === 'navigateTo')).toEqual([])
  })

  it('unionid: the ciphertext from the (stand-in) server lands in session-from and decrypts with the channel key', async () => {
    const page = await mp.openPage('pages/unionid/index')
    await mp.settle()
    const a = attrsOf(contactButton(page))
    const unionId = await fetchEncryptedUnionId()
    expect(a.sessionFrom).toBe(encodeSessionFrom({ ...UNIONID_BASE, unionId }))
    expect(a.disabled).toBe(false)
    const sent = decodeSessionFrom(a.sessionFrom as string).unionId as string
    expect(decryptUnionId(sent, 'sobot-demo-key16')).toBe('oDemoUnionId-0001-uni')
  })

  it('fallback: a bad input keeps the page and the button working, and reaches the page as @error', async () => {
    expect(validateSessionFrom(BAD_SESSION).map((i) => i.code)).toContain('SEPARATOR_IN_ID')
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      const page = await mp.openPage('pages/fallback/index')
      await mp.settle()
      const a = attrsOf(contactButton(page))
      expect(a.openType).toBe('contact')
      expect(a.sessionFrom).toBe('sobot||||')
      expect(findAll(page.toJSON(), 'wx-text').map(textOf)).toContain('SEPARATOR_IN_ID at partnerId')
      // In WeChat the component cannot see the page's listener, so it also logs (once).
      expect(log.mock.calls.filter(([e]) => (e as { code?: string })?.code === 'SEPARATOR_IN_ID')).toHaveLength(1)
    } finally {
      log.mockRestore()
    }
  })
})
