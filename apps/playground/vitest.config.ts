import { defineConfig } from 'vitest/config'
import { browserAppTests } from '../../vitest.presets'

// Generous limits: they only catch a hang. The snippet tests spawn the CLI, and the e2e tests share
// two cores with every other suite that turbo runs at the same time.
export default defineConfig({ test: browserAppTests({ testTimeout: 60_000, hookTimeout: 60_000 }) })
