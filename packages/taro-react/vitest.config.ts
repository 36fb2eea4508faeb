import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const require = createRequire(import.meta.url)
const fromTaro = createRequire(require.resolve('@tarojs/taro'))
const taroApiEsm = join(dirname(fromTaro.resolve('@tarojs/api/package.json')), 'dist/index.esm.js')

// The tests render through Taro's real mini-program stack in Node: @tarojs/react (the reconciler)
// into @tarojs/runtime's document, with the WeChat platform plugin's runtime and component names,
// configured the way `taro build --type weapp` configures them (see MiniWebpackPlugin's defines).
export default defineConfig({
  define: {
    ENABLE_INNER_HTML: 'true',
    ENABLE_ADJACENT_HTML: 'false',
    ENABLE_SIZE_APIS: 'false',
    ENABLE_TEMPLATE_CONTENT: 'false',
    ENABLE_CLONE_NODE: 'false',
    ENABLE_CONTAINS: 'false',
    ENABLE_MUTATION_OBSERVER: 'false',
  },
  resolve: {
    alias: [
      // What Taro's webpack config does for weapp: `Button` is the host component 'button'.
      {
        find: /^@tarojs\/components$/,
        replacement: require.resolve('@tarojs/plugin-platform-weapp/dist/components-react'),
      },
      // @tarojs/taro's CommonJS entry, as ESM, so it shares the one @tarojs/runtime (see tests/taroEntry.ts).
      { find: /^@tarojs\/taro$/, replacement: fileURLToPath(new URL('./tests/taroEntry.ts', import.meta.url)) },
      { find: /^@tarojs\/api$/, replacement: taroApiEsm },
    ],
  },
  test: {
    typecheck: { enabled: true, include: ['tests/**/*.test-d.{ts,tsx}'], tsconfig: 'tsconfig.json' },
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Fast tests (< 2 s alone), but turbo runs the builds and browser suites beside them on 2 cores in CI.
    testTimeout: 30_000,
    env: { TARO_ENV: 'weapp', TARO_PLATFORM: 'mini', FRAMEWORK: 'react' },
    setupFiles: ['tests/setup.ts'],
    server: { deps: { inline: [/@tarojs[\\/]/] } },
  },
})
