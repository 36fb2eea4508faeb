import { defineConfig } from 'vitest/config'
import { miniProgramBuildTests } from '../../vitest.presets'

// Packs the packages, installs the tarballs into throwaway projects and builds the two apps, once,
// in globalSetup; the tests read what that made.
export default defineConfig({ test: miniProgramBuildTests({ testTimeout: 120_000, hookTimeout: 120_000 }) })
