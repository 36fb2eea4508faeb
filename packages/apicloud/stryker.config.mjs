// Mutation testing of the APICloud parameter mapping (`pnpm mutation`, issue 16): core's Stryker
// settings (../core/stryker.config.mjs: the vitest runner, in-place, the ignorer for
// development-only message text, thresholds) on this package's mapping from the contact button's
// input to the zhiChi module's `startZhiChi` parameters. Report: reports/mutation/index.html.
import { config as core } from '../core/stryker.config.mjs'

export const config = {
  ...core,
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: ['src/zhiChi.ts'],
  incrementalFile: 'reports/stryker-incremental.json',
}

export default config
