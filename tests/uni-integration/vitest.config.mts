import { defineConfig } from 'vitest/config'
import { miniProgramBuildTests } from '../../vitest.presets'

// One uni build (~5 s) shared by every test file, run in globalSetup.
export default defineConfig({ test: miniProgramBuildTests({ hookTimeout: 120_000 }) })
