// The vitest config Stryker runs (stryker.config.mjs): the package's own without the type tests and
// without tests/bin.test.ts, whose subprocesses load the built dist (never the mutated source).
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config'
import base from './vitest.config'

export default mergeConfig(base, defineConfig({ test: { typecheck: { enabled: false }, exclude: [...configDefaults.exclude, 'tests/bin.test.ts'] } }))
