import { defineConfig } from 'vitest/config'
import { subprocessTests } from '../../vitest.presets'

export default defineConfig({ test: subprocessTests() })
