import { vi } from 'vitest'

/**
 * STAND-IN for the WeChat client, which cannot run here: the `wx`, `getCurrentPages` and `getApp` globals that
 * Taro's weapp runtime wraps as `Taro.*`. Every call is recorded in `wxCalls`; `navigateTo`/`switchTab` succeed unless
 * the test says otherwise. Everything else (reconciler, runtime, platform plugin) is Taro's own.
 */
export const wxCalls: [name: string, options: Record<string, unknown>][] = []
/** Makes the next `wx.navigateTo` fail the way WeChat does for a tab-bar page. */
export const wxFailures = new Set<string>()

const answer = (name: string) => (options: Record<string, unknown> = {}) => {
  wxCalls.push([name, options])
  const fail = wxFailures.has(name)
  const result = { errMsg: `${name}:${fail ? 'fail can not navigateTo a tabbar page' : 'ok'}` }
  const cb = (fail ? options.fail : options.success) as ((r: unknown) => void) | undefined
  const complete = options.complete as ((r: unknown) => void) | undefined
  setTimeout(() => {
    cb?.(result)
    complete?.(result)
  })
}

vi.stubGlobal('wx', {
  navigateTo: answer('navigateTo'),
  switchTab: answer('switchTab'),
  redirectTo: answer('redirectTo'),
  getSystemInfoSync: () => ({ platform: 'devtools', windowWidth: 375, pixelRatio: 2 }),
})
vi.stubGlobal('getCurrentPages', () => [])
vi.stubGlobal('getApp', () => ({}))

// WeChat's platform plugin: its component/attribute table and its `initNativeApi` (Taro.* → wx.*).
await import('@tarojs/plugin-platform-weapp/dist/runtime')
