import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { handOverChat, takeHandedOverChat, type SobotContactError, type SobotContactIssue } from '@sobot-contact/core'
import SobotChatWebView from '../components/sobot-chat-web-view/sobot-chat-web-view.vue'

// The real SFC with the real core in jsdom; `getCurrentPages` (uni-app's page stack) cannot exist in
// Node: the stand-in is a page whose query a test chooses.
const LINK = 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=demo0000&channelid=1'
let query: Record<string, string> = {}
beforeEach(() => {
  query = {}
  vi.stubGlobal('getCurrentPages', () => [{ options: query }])
  takeHandedOverChat()
})
afterEach(() => vi.unstubAllGlobals())

/** Mounts the page component and lets it render what it decided when mounted. */
async function mountPage(props: Record<string, unknown> = {}) {
  const errors: SobotContactError[] = []
  const warnings: SobotContactIssue[] = []
  const wrapper = mount(SobotChatWebView, {
    props: { ...props, onError: (e: SobotContactError) => errors.push(e), onWarning: (w: SobotContactIssue) => warnings.push(w) },
  })
  await nextTick()
  return { wrapper, errors, warnings, src: wrapper.find('web-view').exists() ? wrapper.find('web-view').attributes('src') : undefined }
}

describe('<sobot-chat-web-view>', () => {
  it("loads the link the button handed over, built for its visitor, and reports the card it cannot carry", async () => {
    handOverChat({ session: { nickname: '小明', partnerId: 'u-1' }, card: { title: 'Mug' }, webLink: LINK })
    const { src, errors, warnings } = await mountPage()
    expect(src).toBe(LINK + '&partnerid=u-1&uname=' + encodeURIComponent('小明'))
    expect(errors).toEqual([])
    expect(warnings.map((w) => [w.code, w.path])).toEqual([['WEB_LINK_FIELD_DROPPED', 'card']])
  })

  it("loads an allowed url from the page's query (a deep link), encoded or not", async () => {
    query = { url: encodeURIComponent(LINK) }
    expect((await mountPage()).src).toBe(LINK)
    expect((await mountPage({ url: LINK })).src).toBe(LINK)
  })

  it.each(['https://evil.example/phish', 'javascript:alert(1)', 'https://chat.sobot.com.evil.example/chat?sysnum=a'])(
    'refuses %s from the query: no web-view, the error shown and emitted once',
    async (url) => {
      query = { url }
      const { wrapper, src, errors } = await mountPage()
      expect(src).toBeUndefined()
      expect(wrapper.find('web-view').exists()).toBe(false)
      expect(errors.map((e) => [e.code, e.path])).toEqual([['WEB_VIEW_URL_REFUSED', 'url']])
      expect(wrapper.find('.sobot-chat-refused').text()).toContain('WEB_VIEW_URL_REFUSED')
      // the refused URL's query (it may carry ids) is never shown
      expect(wrapper.text()).not.toContain('phish')
    },
  )

  it('a url on your own domain loads only with allowedHosts', async () => {
    query = { url: 'https://kefu.example.com/chat/h5/v2/index.html?sysnum=abc' }
    expect((await mountPage()).src).toBeUndefined()
    expect((await mountPage({ allowedHosts: ['kefu.example.com'] })).src).toBe(query.url)
  })

  it('opened directly with nothing handed over and no url: refuses, and logs when nobody listens', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const wrapper = mount(SobotChatWebView)
    await nextTick()
    expect(wrapper.find('web-view').exists()).toBe(false)
    expect(log).toHaveBeenCalledTimes(1)
    expect((log.mock.calls[0]![0] as SobotContactError).code).toBe('WEB_VIEW_URL_REFUSED')
  })
})
