import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  target: 'es2017',
  clean: true,
  sourcemap: false,
  treeshake: true,
  external: ['vue', /^@sobot-contact\/core/],
})
