// The vitest config Stryker runs (stryker.config.mjs): the package's own, with more time per test,
// because instrumented code under per-test coverage runs the property tests several times slower.
// productionMessages.test.ts is left out here: it reads core's source text (the error-code union),
// which Stryker rewrites in place while it runs.
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config'
import base from './vitest.config'

export default mergeConfig(base, defineConfig({ test: { testTimeout: 60_000, exclude: [...configDefaults.exclude, 'tests/productionMessages.test.ts'] } }))
