import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { cli: 'src/cli.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  clean: true,
  dts: false,
  banner: { js: '#!/usr/bin/env node' },
  // core and commander stay dependencies: the CLI is a thin layer over core.
  external: [/^@sobot-contact\/core/, 'commander', 'picocolors'],
})
