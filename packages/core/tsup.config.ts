import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { index: 'src/index.ts', unionid: 'src/unionid.ts', agent: 'src/agent.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  target: 'es2017',
  clean: true,
  sourcemap: false,
  treeshake: true,
  splitting: true,
  external: [/^crypto-js/],
})
