// Desktop WeChat and the chat page, run from the real weapp build of apps/taro-react-demo in
// miniprogram-simulate: the kit's spec, shared with the uni-app suite (see its stand-ins there).
import { expect, inject } from 'vitest'
import { desktopWeChatSpec } from 'sobot-contact-test-kit/targets'

desktopWeChatSpec({
  outDir: () => {
    const build = inject('demoBuild')
    expect(build.status, build.log.slice(-2000)).toBe(0)
    return build.outDir
  },
  tapTarget: (page) => page.querySelector('.contact')!,
})
