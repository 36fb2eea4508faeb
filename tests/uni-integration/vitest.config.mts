import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'jsdom',
    // One uni build (~5 s) shared by every test file, run in globalSetup.
    globalSetup: ['tests/globalSetup.ts'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
})
