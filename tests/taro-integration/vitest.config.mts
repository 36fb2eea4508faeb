import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // miniprogram-simulate attaches the rendered pages to a DOM.
    environment: 'jsdom',
    // One `taro build --type weapp` of apps/taro-react-demo (~8 s), shared by every test file.
    globalSetup: ['tests/globalSetup.ts'],
    testTimeout: 20_000,
    hookTimeout: 180_000,
  },
})
