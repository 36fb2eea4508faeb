import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  target: 'es2017',
  clean: true,
  sourcemap: false,
  treeshake: true,
  // Frameworks are the app's (peer dependencies); the core is a dependency, deduplicated by the app.
  external: ['react', /^react\//, /^@tarojs\//, /^@sobot-contact\/core/],
})
