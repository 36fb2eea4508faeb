// Every WeChat client × configuration on the real mp-weixin build of apps/uni-vue-demo in
// miniprogram-simulate: the kit's spec, shared with the Taro suite. STAND-INS: the kit's client
// answers, and uni's runtime needs `wx` APIs the polyfill lacks answered by no-ops.
import { expect, inject } from 'vitest'
import { weChatClientsSpec } from 'sobot-contact-test-kit/clients'

weChatClientsSpec({
  outDir: () => {
    const build = inject('demoBuild')
    expect(build.status, build.log.slice(-2000)).toBe(0)
    return build.outDir
  },
  options: { stubMissingApis: true },
  // The native <button> inside the component carries the page's class (virtualHost); the
  // component's own node matches it too, so take the inner one.
  button: (page, id) => page.querySelector('.cfg-' + id)!.querySelector('.cfg-' + id)!,
})
