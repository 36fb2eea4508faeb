// Every WeChat client × configuration on the real weapp build of apps/taro-react-demo in
// miniprogram-simulate: the kit's spec, shared with the uni-app suite (its stand-ins are named there).
import { expect, inject } from 'vitest'
import { weChatClientsSpec } from 'sobot-contact-test-kit/clients'

weChatClientsSpec({
  outDir: () => {
    const build = inject('demoBuild')
    expect(build.status, build.log.slice(-2000)).toBe(0)
    return build.outDir
  },
  button: (page, id) => page.querySelector('.cfg-' + id)!,
})
