// The sample pages every uni-app build renders alike (index, product, fallback), as one spec the Vue 3
// demo (pages.test.ts) and the Vue 2 fixtures (vue2*.test.ts) run on their real mp-weixin builds in
// miniprogram-simulate with WeChat's own WXML compiler. The inputs are apps/scenarios', encoded here by core.
import { describe, expect, it, vi } from 'vitest'
import { encodeSessionFrom, validateSessionFrom } from '@sobot-contact/core'
import { BAD_SESSION, findProduct, productCard, productSession, VISITOR } from 'sobot-contact-scenarios'
import { attrsOf, findAll, textOf, type MiniProgram, type RenderedElement, type RenderedNode, type RenderedPage } from 'sobot-contact-test-kit/miniprogram'

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

/**
 * Runs the shared pages spec against a started mini-program (the suite starts it in `beforeAll`).
 *
 * @example
 * uniPagesSpec('apps/uni-vue-demo (Vue 3)', () => mp)
 */
export function uniPagesSpec(name: string, miniProgram: () => MiniProgram): void {
  describe(`${name}: the sample pages in miniprogram-simulate (official WXML compiler)`, () => {
    it('index: a plain contact button with the page class and style on the real button', async () => {
      const mp = miniProgram()
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

    it('product: card attributes for the product opened, and contact takes the user back to it', async () => {
      const mp = miniProgram()
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
      const mp = miniProgram()
      const page = await mp.openPage('pages/product/index', { id: '8' })
      mp.calls.length = 0
      mp.fireNativeEvent(nativeButton(page), 'contact', { errMsg: 'enterContact:ok' })
      await mp.settle()
      expect(mp.calls.filter(([name]) => name === 'navigateTo')).toEqual([])
    })

    it('fallback: a bad input keeps the page and the button working, and reaches the page as @error', async () => {
      const mp = miniProgram()
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
}
