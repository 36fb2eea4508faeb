// @vitest-environment node
// The H5 build of apps/taro-react-demo (`taro build --type h5`, the Taro CLI) in headless Chromium:
// the kit's H5 spec, shared with the uni-app suite.
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { h5WebLinkSpec } from 'sobot-contact-test-kit/h5'
import { h5RecipesSpec } from 'sobot-contact-test-kit/h5-recipes'
import { APP_DIR, taroBuild } from './buildDemo'

h5WebLinkSpec({
  build: () => taroBuild(APP_DIR, 'h5'),
  // Taro's H5 Button is a web component.
  button: (page) => page.locator('taro-button-core', { hasText: '联系客服' }).first(),
  screenshot: fileURLToPath(new URL('../../../apps/taro-react-demo/docs/h5.png', import.meta.url)),
})

// The README's `bare` recipes (apps/taro-react-demo/src/pages/recipes), on the same H5 build.
h5RecipesSpec({
  outDir: join(APP_DIR, 'dist-h5'),
  buttons: (page) => page.locator('taro-button-core'),
  screenshot: fileURLToPath(new URL('../../../packages/taro-react/docs/recipes.png', import.meta.url)),
})
