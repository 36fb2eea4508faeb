import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Property tests are CPU-bound: on a 2-core machine busy with the other packages' suites (turbo
    // runs them in parallel) 5 s is not enough headroom.
    testTimeout: 30_000,
  },
})
