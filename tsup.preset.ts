// The one build preset of the published libraries (tsup): ESM + CJS + d.ts, ES2017 for
// mini-program runtimes, tree-shaken, no source maps. Each package's tsup.config.ts passes only
// what is its own (entries, externals).
import type { Options } from 'tsup'

/**
 * A library build: ESM + CJS + type declarations, ES2017.
 *
 * @example
 * export default defineConfig(library({ entry: { index: 'src/index.ts' }, external: ['vue'] }))
 */
export function library(options: Options): Options {
  return { format: ['esm', 'cjs'], dts: true, target: 'es2017', clean: true, sourcemap: false, treeshake: true, ...options }
}

/**
 * A self-contained minified bundle (everything inlined) for a runtime without a package manager:
 * a `<script>` tag, APICloud's AVM.
 *
 * @example
 * export default defineConfig(bundle({ entry: { 'sobot-contact': 'src/index.ts' }, format: ['iife'] }))
 */
export function bundle(options: Options): Options {
  return { target: 'es2017', minify: true, sourcemap: false, noExternal: [/.*/], ...options }
}
