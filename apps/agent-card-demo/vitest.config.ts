import { defineConfig } from 'vitest/config'
import { browserAppTests } from '../../vitest.presets'

// beforeAll also starts server-demo in its own process, which can take a while on a busy machine.
export default defineConfig({ test: browserAppTests({ hookTimeout: 60_000 }) })
