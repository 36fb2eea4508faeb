import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // miniprogram-simulate attaches the rendered pages to a DOM.
    environment: 'jsdom',
    // Packs the packages, installs the tarballs into throwaway projects and builds the two apps, once.
    globalSetup: ['tests/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
