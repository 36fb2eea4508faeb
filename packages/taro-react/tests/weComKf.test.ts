// The Taro weComKf: core's channel with this build's opener, picked from process.env.TARO_ENV (what
// Taro's build defines; set here per test). STAND-IN: Taro.openCustomerServiceChat (WeChat's client
// does not exist here) records the request and answers; location.assign is a spy.
import Taro from '@tarojs/taro'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createContactController, resolveContactChannel, type KfOpenRequest } from '@sobot-contact/core'
import { weComKf } from '../src/weComKf'

const LINK = 'https://work.weixin.qq.com/kf/kfc0123456789abcdef?enc_scene=ENC1'
const taro = Taro as unknown as { openCustomerServiceChat?: (r: KfOpenRequest) => Promise<unknown> }

function tapOn(target: string, client: string, kf: ReturnType<typeof weComKf>) {
  const controller = createContactController({ target, table: resolveContactChannel, navigateTo: () => undefined, client: () => client })
  controller.view({ session: { nickname: 'Tom' } }, { kf })
  controller.tap(undefined)
}

afterEach(() => {
  delete process.env.TARO_ENV
  delete taro.openCustomerServiceChat
  vi.unstubAllGlobals()
})

describe('weComKf (Taro)', () => {
  it('weapp: Taro.openCustomerServiceChat, called inside the tap, its rejection handled', async () => {
    process.env.TARO_ENV = 'weapp'
    const calls: KfOpenRequest[] = []
    taro.openCustomerServiceChat = (r) => (calls.push(r), Promise.reject(new Error('fail not bind')))
    tapOn('weapp', 'ohos', weComKf({ link: LINK, corpId: 'ww1' }))
    expect(calls.map((r) => r.corpId)).toEqual(['ww1'])
    expect(calls[0]!.extInfo.url.startsWith(LINK + '&scene_param=')).toBe(true)
    await new Promise((r) => setTimeout(r, 0)) // no unhandled rejection fails the run
  })

  it('h5: the link in this tab', () => {
    process.env.TARO_ENV = 'h5'
    const assign = vi.fn()
    vi.stubGlobal('window', { location: { assign } })
    tapOn('h5', 'wechat-browser', weComKf({ link: LINK, corpId: 'ww1' }))
    expect(assign).toHaveBeenCalledTimes(1)
    expect(String(assign.mock.calls[0]![0]).startsWith(LINK + '&scene_param=')).toBe(true)
  })

  it('your own open comes before the build’s', () => {
    process.env.TARO_ENV = 'weapp'
    const taros: unknown[] = []
    taro.openCustomerServiceChat = (r) => (taros.push(r), Promise.resolve())
    const mine: KfOpenRequest[] = []
    tapOn('weapp', 'windows', weComKf({ link: LINK, corpId: 'ww1', open: (r) => mine.push(r) }))
    expect([mine.length, taros.length]).toEqual([1, 0])
  })
})
