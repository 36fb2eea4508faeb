import { resolve } from 'node:path'
import { defineConfig } from '@tarojs/cli'

// Taro 4 build configuration (docs.taro.zone/docs/config-detail). `taro build --type weapp` writes the
// WeChat mini-program to dist/, which WeChat DevTools opens as it is (dist/project.config.json).
export default defineConfig<'webpack5'>({
  projectName: 'taro-react-demo',
  date: '2025-11-25',
  designWidth: 750,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
  sourceRoot: 'src',
  // One output folder per target: dist/ (WeChat, opened by WeChat DevTools as it is), dist-h5/, dist-alipay/.
  outputRoot: process.env.TARO_ENV === 'weapp' || !process.env.TARO_ENV ? 'dist' : `dist-${process.env.TARO_ENV}`,
  plugins: [],
  // Your server with POST /sobot/unionid (apps/server-demo); empty = the offline stand-in answers.
  defineConstants: { SOBOT_SERVER_URL: JSON.stringify(process.env.SOBOT_SERVER_URL || '') },
  copy: { patterns: [], options: {} },
  framework: 'react',
  compiler: 'webpack5',
  cache: { enable: false },
  mini: {
    postcss: {
      pxtransform: { enable: true, config: {} },
      cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
    },
    webpackChain(chain) {
      // pnpm's isolated layout: @sobot-contact/taro-react lives outside this folder, and webpack looks
      // for Taro's `@tarojs/components` mapping from there. Let it find this app's own node_modules too.
      // Taro's chain arrives here without webpack's default hierarchical lookup, so give both.
      chain.resolve.modules.clear().add('node_modules').add(resolve(__dirname, '../node_modules'))
    },
  },
  h5: {
    publicPath: '/',
    staticDirectory: 'static',
    router: { mode: 'hash' },
    webpackChain(chain) {
      chain.resolve.modules.clear().add('node_modules').add(resolve(__dirname, '../node_modules'))
    },
  },
})
