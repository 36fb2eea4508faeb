import { defineConfig } from 'vitest/config'
import { browserAppTests } from '../../vitest.presets'
import { errorReferencePlugin } from './errorReferencePlugin'

// Generous limits: they only catch a hang. The snippet tests spawn the CLI, and the e2e tests share
// two cores with every other suite that turbo runs at the same time. The plugin serves the error
// reference the tests import, parsed from docs/errors*.md as the build does.
export default defineConfig({ plugins: [errorReferencePlugin()], test: browserAppTests({ testTimeout: 60_000, hookTimeout: 60_000 }) })
