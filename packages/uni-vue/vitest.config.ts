import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // uni-app's built-in components are native elements of the targets: plain elements here.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => ['web-view', 'view', 'text'].includes(tag) } } })],
  test: {
    typecheck: { enabled: true, include: ['tests/**/*.test-d.{ts,tsx}'], tsconfig: 'tsconfig.json', checker: 'vue-tsc' },
    include: ['tests/**/*.test.ts'],
    environment: 'jsdom',
    // Fast tests (< 2 s alone), but turbo runs the builds and browser suites beside them on 2 cores in CI.
    testTimeout: 30_000,
    // What uni-app's build defines (here the WeChat build); a test of another target sets its own.
    env: { UNI_PLATFORM: 'mp-weixin' },
  },
})
