import { defineConfig } from 'vitest/config'
import { browserAppTests } from '../../vitest.presets'

export default defineConfig({ test: browserAppTests() })
