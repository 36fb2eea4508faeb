import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Generous: CI runs every package's tests at once on 2 cores. The tests assert counts, never times;
    // each loop is bounded in count.
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
})
