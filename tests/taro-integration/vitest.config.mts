import { defineConfig } from 'vitest/config'
import { miniProgramBuildTests } from '../../vitest.presets'

// One `taro build --type weapp` of apps/taro-react-demo (~8 s), shared by every test file.
export default defineConfig({ test: miniProgramBuildTests({ hookTimeout: 180_000 }) })
