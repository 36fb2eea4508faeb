import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref, type VNode } from 'vue'
import { encodeSessionFrom, SobotContactError, toAgent, toGroup, type SessionFromInput } from '@sobot-contact/core'
import SobotContactButton from '../components/sobot-contact-button/sobot-contact-button.vue'

// `uni` is the uni-app runtime (in WeChat it maps to `wx`); it cannot exist in Node, so this stand-in
// records navigations. Everything else is real: Vue renders the real SFC with the real core.
const navigateTo = vi.fn()
beforeEach(() => {
  navigateTo.mockReset()
  vi.stubGlobal('uni', { navigateTo })
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

const session: SessionFromInput = {
  nickname: 'Tom',
  avatarUrl: 'https://example.com/tom.png',
  params: { vip: true, age: 18 },
  transferAction: [toGroup('g-sales', { overflowWhen: 'allBusy' }), toAgent('a-7')],
  partnerId: 'user-42',
}
const card = { title: 'Blue mug', path: 'pages/product/index?id=42', imageUrl: 'https://example.com/mug.png' }
const CARD_ATTRIBUTES = ['show-message-card', 'send-message-title', 'send-message-path', 'send-message-img']

function button(wrapper: ReturnType<typeof mount>) {
  const el = wrapper.find('button')
  expect(el.exists()).toBe(true)
  return el
}

describe('<sobot-contact-button>', () => {
  it('renders a native contact button whose session-from is exactly what core encodes', () => {
    const wrapper = mount(SobotContactButton, { props: { session } })
    const el = button(wrapper)
    expect(el.attributes('open-type')).toBe('contact')
    expect(el.attributes('session-from')).toBe(encodeSessionFrom(session))
    expect(el.attributes('session-from')).toContain('transfer_action=[{"actionType":"to_group","deciId":"g-sales"')
  })

  it('has no card attributes without a card', () => {
    const el = button(mount(SobotContactButton, { props: { session } }))
    for (const name of CARD_ATTRIBUTES) expect(el.attributes(name), name).toBeUndefined()
  })

  it('binds the card in kebab-case when there is one', () => {
    const el = button(mount(SobotContactButton, { props: { session, card } }))
    expect(el.attributes('show-message-card')).toBe('true')
    expect(el.attributes('send-message-title')).toBe('Blue mug')
    expect(el.attributes('send-message-path')).toBe('pages/product/index?id=42')
    expect(el.attributes('send-message-img')).toBe('https://example.com/mug.png')
  })

  it('only sets the card fields it was given', () => {
    const el = button(mount(SobotContactButton, { props: { card: { title: 'Only a title' } } }))
    expect(el.attributes('show-message-card')).toBe('true')
    expect(el.attributes('send-message-title')).toBe('Only a title')
    expect(el.attributes('send-message-path')).toBeUndefined()
    expect(el.attributes('send-message-img')).toBeUndefined()
  })

  it('uses the default slot as the label, 联系客服 without one', () => {
    expect(button(mount(SobotContactButton)).text()).toBe('联系客服')
    const wrapper = mount(SobotContactButton, { slots: { default: () => h('text', 'Ask about this mug') } })
    expect(button(wrapper).text()).toBe('Ask about this mug')
  })

  it("binds the native button's look", () => {
    const wrapper = mount(SobotContactButton, {
      props: { type: 'primary', size: 'mini', plain: true, disabled: true, hoverClass: 'pressed' },
    })
    const el = button(wrapper)
    // An HTML <button> normalizes `type` (jsdom reads back "submit"), so read what the template bound.
    expect((el.element as unknown as { __vnode: VNode }).__vnode.props?.type).toBe('primary')
    expect(el.attributes('size')).toBe('mini')
    expect(el.attributes('plain')).toBe('true')
    expect(el.attributes('disabled')).toBeDefined()
    expect(el.attributes('hover-class')).toBe('pressed')
  })

  it("passes the page's class and style to the real button (web; mp-weixin: see tests/uni-integration)", () => {
    const Page = defineComponent(() => () => h(SobotContactButton, { class: 'contact-btn', style: 'margin-top: 12px' }))
    const el = button(mount(Page))
    expect(el.classes()).toContain('contact-btn')
    expect(el.attributes('style')).toContain('margin-top: 12px')
  })

  it('re-encodes when the session prop changes', async () => {
    const wrapper = mount(SobotContactButton, { props: { session: { nickname: 'Tom' } } })
    expect(button(wrapper).attributes('session-from')).toBe('sobot|Tom|||')
    await wrapper.setProps({ session: { nickname: 'Ann', partnerId: 'u-7' } })
    expect(button(wrapper).attributes('session-from')).toBe(encodeSessionFrom({ nickname: 'Ann', partnerId: 'u-7' }))
    await wrapper.setProps({ card })
    expect(button(wrapper).attributes('send-message-title')).toBe('Blue mug')
    await wrapper.setProps({ card: undefined })
    expect(button(wrapper).attributes('show-message-card')).toBeUndefined()
  })

  it('re-encodes when a reactive session is mutated in place', async () => {
    const s = ref<SessionFromInput>({ nickname: 'Tom', params: { step: 1 } })
    const wrapper = mount(defineComponent(() => () => h(SobotContactButton, { session: s.value })))
    expect(button(wrapper).attributes('session-from')).toBe('sobot|Tom||{"step":1}|')
    ;(s.value.params as Record<string, number>).step = 2
    await nextTick()
    expect(button(wrapper).attributes('session-from')).toBe('sobot|Tom||{"step":2}|')
  })

  it('accepts an already-encoded session-from string (from your server) and re-checks it', () => {
    const encoded = encodeSessionFrom(session)
    expect(button(mount(SobotContactButton, { props: { session: encoded } })).attributes('session-from')).toBe(encoded)
  })

  describe('contact', () => {
    const detail = { path: 'pages/product/index', query: { id: '42' } }

    it("emits core's parsed target and the raw detail", async () => {
      const wrapper = mount(SobotContactButton, { props: { session } })
      button(wrapper).element.dispatchEvent(new CustomEvent('contact', { detail }))
      const events = wrapper.emitted('contact')
      expect(events).toHaveLength(1)
      expect(events?.[0]).toEqual([
        { url: '/pages/product/index?id=42', path: 'pages/product/index', query: { id: '42' } },
        detail,
      ])
      expect(navigateTo).not.toHaveBeenCalled()
    })

    it('navigates to the card page with navigateOnContact', () => {
      const wrapper = mount(SobotContactButton, { props: { session, navigateOnContact: true } })
      button(wrapper).element.dispatchEvent(new CustomEvent('contact', { detail }))
      expect(navigateTo).toHaveBeenCalledTimes(1)
      expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/product/index?id=42' })
    })

    it('emits null and stays put when the user came back without tapping a card', () => {
      const wrapper = mount(SobotContactButton, { props: { navigateOnContact: true } })
      button(wrapper).element.dispatchEvent(new CustomEvent('contact', { detail: { errMsg: 'contact:ok' } }))
      expect(wrapper.emitted('contact')?.[0]?.[0]).toBeNull()
      expect(navigateTo).not.toHaveBeenCalled()
    })
  })

  describe('error (the page never breaks)', () => {
    const bad: SessionFromInput = { nickname: 'Tom', partnerId: 'user|42' }

    it('falls back to default routing and emits a typed error to a listener, without logging', () => {
      const log = vi.spyOn(console, 'error').mockImplementation(() => {})
      const onError = vi.fn()
      const el = button(mount(SobotContactButton, { props: { session: bad, onError } }))
      expect(el.attributes('open-type')).toBe('contact')
      expect(el.attributes('session-from')).toBe('sobot||||')
      expect(onError).toHaveBeenCalledTimes(1)
      const error = onError.mock.calls[0]?.[0]
      expect(error).toBeInstanceOf(SobotContactError)
      expect(error).toMatchObject({ code: 'SEPARATOR_IN_ID', path: 'partnerId' })
      expect(log).not.toHaveBeenCalled()
    })

    it('logs with console.error once when nobody listens, however often it re-renders', async () => {
      const log = vi.spyOn(console, 'error').mockImplementation(() => {})
      const wrapper = mount(SobotContactButton, { props: { session: bad } })
      await wrapper.setProps({ session: { ...bad } })
      await wrapper.setProps({ type: 'primary' })
      expect(log).toHaveBeenCalledTimes(1)
      expect(log.mock.calls[0]?.[0]).toMatchObject({ code: 'SEPARATOR_IN_ID' })
      await wrapper.setProps({ session: { nickname: 'Tom' } })
      expect(button(wrapper).attributes('session-from')).toBe('sobot|Tom|||')
      expect(log).toHaveBeenCalledTimes(1)
    })

    it('drops only the card attributes on a bad card and keeps the session', () => {
      const onError = vi.fn()
      const el = button(mount(SobotContactButton, { props: { session, card: { path: 'https://evil.example/x' }, onError } }))
      expect(el.attributes('session-from')).toBe(encodeSessionFrom(session))
      for (const name of CARD_ATTRIBUTES) expect(el.attributes(name), name).toBeUndefined()
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'INVALID_CARD', path: 'card.path' })
    })

    it('emits again when a different problem appears', async () => {
      const onError = vi.fn()
      const wrapper = mount(SobotContactButton, { props: { session: bad, onError } })
      await wrapper.setProps({ session: { ...bad } })
      expect(onError).toHaveBeenCalledTimes(1)
      await wrapper.setProps({ session: { partnerId: 'x'.repeat(101) } })
      expect(onError).toHaveBeenCalledTimes(2)
      expect(onError.mock.calls[1]?.[0]).toMatchObject({ code: 'PARTNER_ID_TOO_LONG' })
    })
  })
})
