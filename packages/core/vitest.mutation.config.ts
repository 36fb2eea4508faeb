// The vitest config Stryker runs (stryker.config.mjs): the package's own, with more time per test,
// because instrumented code under per-test coverage runs the property tests several times slower.
import { defineConfig, mergeConfig } from 'vitest/config'
import base from './vitest.config'

export default mergeConfig(base, defineConfig({ test: { testTimeout: 60_000 } }))
