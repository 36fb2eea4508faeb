import { defineConfig } from 'tsup'

export default defineConfig([
  // The npm package: ESM + CJS + d.ts, core external.
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'es2017',
    clean: false, // the build script empties dist once; three configs build in parallel
    sourcemap: false,
    treeshake: true,
    external: [/^@sobot-contact\/core/],
  },
  // For <script src> in widget/html pages: one global, SobotContact (core + the App path).
  {
    entry: { 'sobot-contact': 'src/index.ts' },
    format: ['iife'],
    globalName: 'SobotContact',
    outExtension: () => ({ js: '.iife.js' }),
    target: 'es2017',
    minify: true,
    sourcemap: false,
    noExternal: [/.*/],
    platform: 'browser',
    // No bundler runs after this file: fix core's NODE_ENV switch here (full how-to-fix messages).
    define: { 'process.env.NODE_ENV': '"development"' },
  },
  // For AVM: one self-contained ES module that sobot-contact-button.stml imports from widget/script/.
  {
    entry: { 'avm/sobot-contact': 'src/index.ts' },
    format: ['esm'],
    outExtension: () => ({ js: '.js' }),
    target: 'es2017',
    minify: true,
    sourcemap: false,
    noExternal: [/.*/],
    platform: 'neutral',
    // AVM compiles this module as it is: fix core's NODE_ENV switch here (full how-to-fix messages).
    define: { 'process.env.NODE_ENV': '"development"' },
  },
])
