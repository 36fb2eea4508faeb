import { defineConfig } from 'tsup'
import { bundle, library } from '../../tsup.preset'

export default defineConfig([
  // The npm package: ESM + CJS + d.ts, core external. The build script empties dist once; the
  // three configs build in parallel, so none of them cleans.
  library({ entry: { index: 'src/index.ts' }, clean: false, external: [/^@sobot-contact\/core/] }),
  // For <script src> in widget/html pages: one global, SobotContact (core + the App path).
  bundle({ entry: { 'sobot-contact': 'src/index.ts' }, format: ['iife'], globalName: 'SobotContact', outExtension: () => ({ js: '.iife.js' }), platform: 'browser' }),
  // For AVM: one self-contained ES module that sobot-contact-button.stml imports from widget/script/.
  bundle({ entry: { 'avm/sobot-contact': 'src/index.ts' }, format: ['esm'], outExtension: () => ({ js: '.js' }), platform: 'neutral' }),
])
