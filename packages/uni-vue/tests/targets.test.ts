import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { encodeSessionFrom, takeHandedOverChat, type SobotContactError } from '@sobot-contact/core'
import SobotContactButton from '../components/sobot-contact-button/sobot-contact-button.vue'
import { device, LINK, navigateTo, PAGE, session } from './uniTargets'

// Every target of one SFC, with the stand-in for `uni` in ./uniTargets.

function mountOn(uniPlatform: string, props: Record<string, unknown>) {
  process.env.UNI_PLATFORM = uniPlatform
  const errors: SobotContactError[] = []
  const wrapper = mount(SobotContactButton, { props: { ...props, onError: (e: SobotContactError) => errors.push(e) } })
  return { wrapper, errors, el: wrapper.find('button') }
}

describe('mp-weixin', () => {
  it('on a phone: the native contact button, a tap does nothing else', async () => {
    const { el, errors } = mountOn('mp-weixin', { session, webLink: LINK, chatPage: PAGE })
    expect(el.attributes('open-type')).toBe('contact')
    expect(el.attributes('session-from')).toBe(encodeSessionFrom(session))
    await el.trigger('click')
    expect(navigateTo).not.toHaveBeenCalled()
    expect(errors).toEqual([])
  })

  it('on desktop WeChat with a link and a chat page: a plain button that opens the chat page and hands it the configuration', async () => {
    device.platform = 'windows'
    const { el, errors } = mountOn('mp-weixin', { session, webLink: LINK, chatPage: 'pages/sobot-chat/index' })
    expect(el.attributes('open-type')).toBeUndefined()
    await el.trigger('click')
    expect(navigateTo).toHaveBeenCalledTimes(1)
    expect(navigateTo.mock.calls[0]![0].url).toBe(PAGE)
    expect(takeHandedOverChat()).toEqual({ session, card: undefined, webLink: LINK })
    expect(errors).toEqual([])
  })

  it('on desktop WeChat with keepNativeOnDesktop, or without a link: the native button', () => {
    device.platform = 'mac'
    expect(mountOn('mp-weixin', { session, webLink: LINK, chatPage: PAGE, keepNativeOnDesktop: true }).el.attributes('open-type')).toBe('contact')
    expect(mountOn('mp-weixin', { session, chatPage: PAGE }).el.attributes('open-type')).toBe('contact')
  })
})

describe('H5', () => {
  it.each(['h5', 'web'])("%s: a tap opens the visitor's web link in this tab", async (uniPlatform) => {
    const assign = vi.fn()
    vi.stubGlobal('location', { ...window.location, assign })
    const { el, errors } = mountOn(uniPlatform, { session, webLink: LINK })
    expect(el.attributes('open-type')).toBeUndefined()
    await el.trigger('click')
    expect(assign).toHaveBeenCalledWith(LINK + '&partnerid=u-1&uname=' + encodeURIComponent('小明'))
    expect(errors).toEqual([])
  })

  it('openLinkIn="new-tab" opens a new tab without an opener', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null)
    const { el } = mountOn('h5', { session, webLink: LINK, openLinkIn: 'new-tab' })
    await el.trigger('click')
    expect(open).toHaveBeenCalledWith(LINK + '&partnerid=u-1&uname=' + encodeURIComponent('小明'), '_blank', 'noopener')
  })

  it('without a link: MISSING_WEB_LINK once, and a tap opens nothing', async () => {
    const assign = vi.fn()
    vi.stubGlobal('location', { ...window.location, assign })
    const { el, errors, wrapper } = mountOn('h5', { session })
    await el.trigger('click')
    await wrapper.setProps({ session: { ...session } })
    await nextTick()
    expect(errors.map((e) => [e.code, e.path])).toEqual([['MISSING_WEB_LINK', 'webLink']])
    expect(assign).not.toHaveBeenCalled()
  })

  it('a link that is not Sobot’s: INVALID_WEB_LINK on tap, nothing opened', async () => {
    const assign = vi.fn()
    vi.stubGlobal('location', { ...window.location, assign })
    const { el, errors } = mountOn('h5', { session, webLink: 'https://evil.example/chat?sysnum=abc' })
    await el.trigger('click')
    expect(errors.map((e) => e.code)).toEqual(['INVALID_WEB_LINK'])
    expect(assign).not.toHaveBeenCalled()
  })
})

describe('App and other mini-programs', () => {
  it.each(['app', 'mp-alipay', 'mp-toutiao', 'mp-baidu', 'mp-qq', 'mp-jd'])('%s: a tap opens the chat page', async (uniPlatform) => {
    const { el, errors } = mountOn(uniPlatform, { session, webLink: LINK, chatPage: PAGE })
    expect(el.attributes('open-type')).toBeUndefined()
    await el.trigger('click')
    expect(navigateTo.mock.calls.map((c) => c[0].url)).toEqual([PAGE])
    expect(takeHandedOverChat()?.webLink).toBe(LINK)
    expect(errors).toEqual([])
  })

  it('without a chat page: MISSING_CHAT_PAGE, nothing opened', async () => {
    const { el, errors } = mountOn('mp-alipay', { session, webLink: LINK })
    await el.trigger('click')
    expect(errors.map((e) => [e.code, e.path])).toEqual([['MISSING_CHAT_PAGE', 'chatPage']])
    expect(navigateTo).not.toHaveBeenCalled()
  })

  it('a navigation that fails: NAVIGATION_FAILED', async () => {
    // uni-app's navigateTo without callbacks returns a promise; a missing page rejects it
    navigateTo.mockImplementationOnce(() => Promise.reject({ errMsg: 'navigateTo:fail page not found' }) as never)
    const { el, errors } = mountOn('app', { session, webLink: LINK, chatPage: PAGE })
    await el.trigger('click')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(errors.map((e) => [e.code, e.path])).toEqual([['NAVIGATION_FAILED', 'chatPage']])
  })
})
