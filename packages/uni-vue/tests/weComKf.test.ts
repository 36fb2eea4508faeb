// uni-app's weComKf: core's channel with this build's opener, picked from process.env.UNI_PLATFORM
// (what uni-app's build defines; set here per test). STAND-INS: `wx`, `uni` and HTML5+'s `plus`
// (none exists in Node) record what is asked; location.assign is a spy.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createContactController, resolveContactChannel, type KfOpenRequest } from '@sobot-contact/core'
import { weComKf } from '../components/sobot-contact-button/weComKf'

const LINK = 'https://work.weixin.qq.com/kf/kfc0123456789abcdef?enc_scene=ENC1'

function tapOn(target: string, client: string | undefined, kf: ReturnType<typeof weComKf>) {
  const navigated: string[] = []
  const controller = createContactController(
    { target, table: resolveContactChannel, navigateTo: ({ url }) => void navigated.push(url.split('?')[0] as string), client: () => client },
    { onError: () => undefined },
  )
  controller.view({ session: { nickname: 'Tom' } }, { kf, webLink: 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=demo0000', chatPage: '/pages/sobot-chat/index' })
  controller.tap(undefined)
  return navigated
}

afterEach(() => {
  process.env.UNI_PLATFORM = 'mp-weixin'
  vi.unstubAllGlobals()
})

describe('weComKf (uni-app)', () => {
  it('mp-weixin: wx.openCustomerServiceChat inside the tap (uni’s only where wx has none)', () => {
    process.env.UNI_PLATFORM = 'mp-weixin'
    const wx: KfOpenRequest[] = []
    const uni: KfOpenRequest[] = []
    vi.stubGlobal('wx', { openCustomerServiceChat: (r: KfOpenRequest) => wx.push(r) })
    vi.stubGlobal('uni', { openCustomerServiceChat: (r: KfOpenRequest) => uni.push(r) })
    tapOn('mp-weixin', 'harmonyos', weComKf({ link: LINK, corpId: 'ww1' }))
    expect([wx.map((r) => r.corpId), uni.length]).toEqual([['ww1'], 0])
    vi.stubGlobal('wx', {})
    tapOn('mp-weixin', 'harmonyos', weComKf({ link: LINK, corpId: 'ww1' }))
    expect(uni).toHaveLength(1)
  })

  it('h5: the link in this tab; app: plus.share’s weixin service, the chat page when it is missing', () => {
    process.env.UNI_PLATFORM = 'h5'
    const assign = vi.fn()
    vi.stubGlobal('window', { location: { assign } })
    tapOn('h5', 'wechat-browser', weComKf({ link: LINK, corpId: 'ww1' }))
    expect(String(assign.mock.calls[0]![0]).startsWith(LINK + '&scene_param=')).toBe(true)
    process.env.UNI_PLATFORM = 'app'
    vi.stubGlobal('plus', { share: { getServices: (ok: (s: unknown[]) => void) => ok([{ id: 'qq' }]) } })
    expect(tapOn('app', undefined, weComKf({ link: LINK, corpId: 'ww1' }))).toEqual(['/pages/sobot-chat/index'])
  })

  it('your own open comes before the build’s', () => {
    process.env.UNI_PLATFORM = 'mp-weixin'
    const wx: unknown[] = []
    vi.stubGlobal('wx', { openCustomerServiceChat: (r: unknown) => wx.push(r) })
    const mine: KfOpenRequest[] = []
    tapOn('mp-weixin', 'windows', weComKf({ link: LINK, corpId: 'ww1', open: (r) => mine.push(r) }))
    expect([mine.length, wx.length]).toEqual([1, 0])
  })
})
