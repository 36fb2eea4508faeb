// @vitest-environment node
// The H5 build of apps/uni-vue-demo (`uni build -p h5`, the uni CLI) in headless Chromium: the
// kit's H5 spec, shared with the Taro suite.
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { h5WebLinkSpec } from 'sobot-contact-test-kit/h5'
import { h5RecipesSpec } from 'sobot-contact-test-kit/h5-recipes'
import { buildDemo, OUT_DIR } from './buildDemo'

h5WebLinkSpec({
  build: () => buildDemo(join(OUT_DIR, '..', 'h5'), undefined, 'h5'),
  // uni's H5 <button> is a <uni-button> element.
  button: (page) => page.locator('uni-button', { hasText: '联系客服' }).first(),
  screenshot: fileURLToPath(new URL('../../../apps/uni-vue-demo/docs/h5.png', import.meta.url)),
  buildTimeoutMs: 300_000,
})

// The README's `bare` recipes (apps/uni-vue-demo/src/pages/recipes), on the same H5 build.
h5RecipesSpec({
  outDir: join(OUT_DIR, '..', 'h5'),
  buttons: (page) => page.locator('uni-button'),
  screenshot: fileURLToPath(new URL('../../../packages/uni-vue/docs/recipes.png', import.meta.url)),
})
