// The stand-in both target suites (the component's and the composable's) share. `process.env.UNI_PLATFORM`
// is what uni-app's build defines (a test sets it; the real builds are in tests/uni-integration). `uni`
// cannot exist in Node: this stand-in records navigations and answers getSystemInfoSync with the
// platform a test chooses. Registers its hooks in the suite that imports it.
import { afterEach, beforeEach, vi } from 'vitest'
import { takeHandedOverChat } from '@sobot-contact/core'

export const LINK = 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=demo0000&channelid=1'
export const PAGE = '/pages/sobot-chat/index'
export const session = { nickname: '小明', partnerId: 'u-1' }
/** `uni.navigateTo`: resolves, as uni-app's promise form does for a page that exists. */
export const navigateTo = vi.fn((_options: { url: string }) => Promise.resolve())
/** What `uni.getSystemInfoSync().platform` answers (`ios` unless a test says `windows` / `mac`). */
export const device = { platform: 'ios' }

beforeEach(() => {
  navigateTo.mockClear()
  device.platform = 'ios'
  vi.stubGlobal('uni', { navigateTo, getSystemInfoSync: () => ({ platform: device.platform }) })
  takeHandedOverChat()
})
afterEach(() => {
  process.env.UNI_PLATFORM = 'mp-weixin'
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})
