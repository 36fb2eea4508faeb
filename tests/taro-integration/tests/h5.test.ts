// @vitest-environment node
// The H5 build of apps/taro-react-demo (`taro build --type h5`, the Taro CLI) in headless Chromium:
// the kit's H5 spec, shared with the uni-app suite.
import { fileURLToPath } from 'node:url'
import { h5WebLinkSpec } from 'sobot-contact-test-kit/h5'
import { APP_DIR, taroBuild } from './buildDemo'

h5WebLinkSpec({
  build: () => taroBuild(APP_DIR, 'h5'),
  // Taro's H5 Button is a web component.
  button: (page) => page.locator('taro-button-core', { hasText: '联系客服' }).first(),
  screenshot: fileURLToPath(new URL('../../../apps/taro-react-demo/docs/h5.png', import.meta.url)),
})
