import { defineConfig } from 'vitest/config'
import { miniProgramBuildTests } from '../../vitest.presets'

// One `taro build --type weapp` of apps/taro-react-demo, shared by every test file (globalSetup);
// the size, H5 and Alipay files build their own. One file at a time: parallel Taro builds on a
// 2-core machine only slow each other down.
export default defineConfig({ test: miniProgramBuildTests({ hookTimeout: 900_000, fileParallelism: false }) })
