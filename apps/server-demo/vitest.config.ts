import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Generous: starting Node processes on a busy 2-core CI machine can take seconds; nothing here is timed.
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
})
