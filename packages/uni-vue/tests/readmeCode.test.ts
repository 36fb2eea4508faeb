// The README's TypeScript compiles as a user would paste it (tsc --strict against the built types),
// in English and in Chinese, and both show the same code. Its ```vue blocks are skipped by their tag:
// the sample app (apps/uni-vue-demo) and the packed check build the same components with uni's CLI.
// The checker itself is tested in core (packages/core/tests/readmeCode.test.ts).
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readmeCodeSpec } from 'sobot-contact-test-kit/readme-code-spec'

/** What uni-app's Vue 3 TypeScript template declares in src/env.d.ts, so that plain tsc reads `.vue` imports. */
const UNI_TEMPLATE_ENV = `declare module '*.vue' {
  import { DefineComponent } from 'vue'
  const component: DefineComponent<{}, {}, any>
  export default component
}
`

// (jsdom's URL is not Node's: resolve the path from the file's own.)
readmeCodeSpec('uni-vue', resolve(dirname(fileURLToPath(import.meta.url)), '..'), {
  lang: 'ts',
  atLeast: 4,
  // uni's template: @dcloudio/types and the *.vue shim, no Node types (a `process` in a block fails, as it would there).
  types: ['@dcloudio/types'],
  ambient: UNI_TEMPLATE_ENV,
})
