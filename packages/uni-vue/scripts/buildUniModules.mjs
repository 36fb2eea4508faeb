// Generates uni_modules/sobot-contact/: this package as a DCloud plugin (uni_modules format) for
// uni-app teams that install plugins with HBuilderX instead of npm. Generated on every build, never
// edited by hand (the folder is gitignored):
//   package.json       DCloud's plugin manifest (id, displayName, dcloudext, uni_modules.platforms);
//                      `version` is this npm package's, so changesets version both together
//   components/<name>/ every folder of components/, `@sobot-contact/core` imports rewritten to …
//   vue2/components/<name>/ the same for each component's Vue 2 variant (scripts/vue2Components.mjs),
//                      which a Vue 2 project finds through an easycom rule (VUE2_EASYCOM)
//   js_sdk/            … core, bundled from packages/core/src (ESM + types), `process.env.NODE_ENV`
//                      left for the app's bundler (uni's release build drops the how-to-fix texts)
//   readme.md          Chinese first: HBuilderX import, easycom, an example
//   changelog.md       from this package's CHANGELOG.md and the pending changesets, newest first
// Exits 1, saying which file and import, when a component imports something the plugin cannot carry.
// Options (for tests): --components <dir> (default: components/), --out <dir> (default: uni_modules/sobot-contact/).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { copyComponents, filesOf, PluginBuildError } from './pluginComponents.mjs'
import { writeVue2Components, Vue2BuildError } from './vue2Components.mjs'
import { pluginChangelog } from './pluginChangelog.mjs'

const PKG_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const ROOT = resolve(PKG_DIR, '../..')
const CORE_DIR = join(ROOT, 'packages/core')
/** The plugin id on DCloud's market: "<author>-<name>", letters and digits. */
const PLUGIN_ID = 'sobot-contact'
const { values: args } = parseArgs({ options: { components: { type: 'string' }, out: { type: 'string' } } })
const COMPONENTS_DIR = resolve(args.components || join(PKG_DIR, 'components'))
/** Where the Vue 2 variants go in the plugin, and the easycom rule that finds them there. */
const PLUGIN_VUE2 = 'vue2'
const VUE2_EASYCOM = { '^sobot-(.*)': `@/uni_modules/${PLUGIN_ID}/${PLUGIN_VUE2}/components/sobot-$1/sobot-$1.vue` }
const OUT = resolve(args.out || join(PKG_DIR, 'uni_modules', PLUGIN_ID))
/** Where the bundled core lives inside the plugin, and its file name. */
const CORE_BUNDLE = 'js_sdk/sobot-contact-core.js'

const pkg = JSON.parse(readFileSync(join(PKG_DIR, 'package.json'), 'utf8'))

const sizeOf = (dir) => filesOf(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0)

async function bundleCore() {
  // Loaded here: a refused component fails fast, before the bundler is even read.
  const { build } = await import('tsup')
  await build({
    config: false,
    silent: true,
    entry: { [CORE_BUNDLE.replace(/\.js$/, '')]: join(CORE_DIR, 'src/index.ts') },
    outDir: OUT,
    format: ['esm'],
    outExtension: () => ({ js: '.js', dts: '.d.ts' }),
    // Everything inlined: the project has no @sobot-contact/* (or crypto-js) package to resolve.
    noExternal: [/.*/],
    platform: 'neutral',
    target: 'es2017',
    // Readable (the plugin market shows the source; the app's own build minifies), and no define:
    // `process.env.NODE_ENV` is decided by the app's bundler like core's npm build.
    minify: false,
    treeshake: true,
    splitting: false,
    sourcemap: false,
    clean: false,
    dts: { entry: { [CORE_BUNDLE.replace(/\.js$/, '')]: join(CORE_DIR, 'src/index.ts') }, resolve: true },
    // Core's platform-free config: no DOM or Node types (process.env.NODE_ENV is declared in src/env.d.ts).
    tsconfig: join(CORE_DIR, 'tsconfig.lib.json'),
  })
  const bundle = readFileSync(join(OUT, CORE_BUNDLE), 'utf8')
  const leftover = /^\s*(?:import|export)\b[^;]*?\bfrom\s*["'][^."'][^"']*["']|\brequire\(["']/m.exec(bundle)
  if (leftover) {
    throw new PluginBuildError(`${CORE_BUNDLE} still imports a package: core must bundle into one self-contained file (${leftover[0]})`)
  }
  writeFileSync(join(OUT, CORE_BUNDLE), `// @sobot-contact/core ${readJson(join(CORE_DIR, 'package.json')).version}, bundled for the ${PLUGIN_ID} uni_modules plugin (MIT). Generated: do not edit.\n${bundle}`)
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'))

/** DCloud's plugin manifest (documented at https://uniapp.dcloud.net.cn/plugin/uni_modules.html#package-json). */
function pluginManifest() {
  return {
    id: PLUGIN_ID,
    displayName: 'sobot-contact 智齿客服联系按钮',
    version: pkg.version,
    description: '智齿客服（Sobot）接入 uni-app（Vue 3 与 Vue 2）：微信小程序原生客服按钮（session-from 与消息卡片经校验后生成），其他端按配置打开智齿客服链接。内置 @sobot-contact/core，无需 npm。',
    // DCloud: at most 5 keywords.
    keywords: ['智齿客服', 'sobot', '客服按钮', '微信客服', 'session-from'],
    repository: pkg.repository && pkg.repository.url ? pkg.repository.url.replace(/^git\+/, '') : '',
    license: pkg.license,
    // Vue 3: the components need Vue >= 3.3 (defineOptions); HBuilderX 4.0's uni-app ships Vue 3.4.
    // Vue 2: vue2/components/ (uni-app's Vue 2.6, tests/uni-integration's Vue 2 fixtures). Only the
    // uni CLI this repo pins (3.0.0-5010420260703001) is tested here, not HBuilderX itself.
    engines: { HBuilderX: '^4.0.0' },
    dcloudext: {
      category: ['前端组件', '通用组件'],
      type: 'component-vue',
      sale: { regular: { price: '0.00' }, sourcecode: { price: '0.00' } },
      contact: { qq: '' },
      declaration: {
        ads: '无',
        data: '插件不采集任何数据。访客信息（昵称、partnerId 等）只在用户点击按钮时交给微信客服会话或智齿客服链接（chat.sobot.com），由开发者传入。',
        permissions: '无',
      },
      npmurl: `https://www.npmjs.com/package/${pkg.name}`,
    },
    uni_modules: {
      dependencies: [],
      encrypt: [],
      // y = supported, n = not, u = not verified. The format of HBuilderX before 4.71; the market converts it.
      platforms: {
        cloud: { tcb: 'y', aliyun: 'y' },
        client: {
          // vue2: built and run by tests/uni-integration/tests/vue2*.test.ts (uni-app's Vue 2 CLI, mp-weixin and H5).
          Vue: { vue2: 'y', vue3: 'y' },
          App: { 'app-vue': 'y', 'app-nvue': 'u' },
          'H5-mobile': { Safari: 'y', 'Android Browser': 'y', '微信浏览器(Android)': 'y', 'QQ浏览器(Android)': 'y' },
          'H5-pc': { Chrome: 'y', IE: 'n', Edge: 'y', Firefox: 'u', Safari: 'u' },
          小程序: { 微信: 'y', 阿里: 'y', 百度: 'y', 字节跳动: 'y', QQ: 'y', 钉钉: 'u', 快手: 'u', 飞书: 'u', 京东: 'y' },
          快应用: { 华为: 'n', 联盟: 'n' },
        },
      },
    },
  }
}

function readme(components) {
  const list = components.map((name) => `- \`<${name}>\`：\`components/${name}/${name}.vue\``).join('\n')
  return `# ${PLUGIN_ID}：智齿客服（Sobot）联系按钮

uni-app 组件（Vue 3，以及 Vue 2.6：见下文「Vue 2 项目」）：在微信小程序中渲染原生 \`<button open-type="contact">\`，\`session-from\`（访客、路由、技能组）与消息卡片由内置的 \`@sobot-contact/core\` 计算并校验；输入有误时按钮照常打开客服（默认路由），并触发 \`error\` 事件。

由 npm 包 [\`${pkg.name}\`](https://www.npmjs.com/package/${pkg.name}) ${pkg.version} 生成，内置 \`@sobot-contact/core\`（\`${CORE_BUNDLE}\`）：项目无需安装任何 npm 包。

## 安装（HBuilderX）

1. 在插件市场的本插件页面点击「使用 HBuilderX 导入插件」，选择你的 uni-app 项目；插件会放到项目的 \`uni_modules/${PLUGIN_ID}/\`（CLI 项目为 \`src/uni_modules/${PLUGIN_ID}/\`）。
   也可以解压插件 zip，把 \`${PLUGIN_ID}\` 文件夹复制到上述位置。
2. 无需 \`import\`，也无需在 \`pages.json\` 配置 easycom 规则：uni-app 的 easycom 会自动找到 \`uni_modules/*/components/<组件名>/<组件名>.vue\`。

包含的组件：

${list}

## 示例

\`\`\`vue
<template>
  <sobot-contact-button :session="{ nickname: '小明', partnerId: 'u-1' }" @error="onError">联系客服</sobot-contact-button>
</template>

<script setup>
const onError = (e) => console.warn(e.code, e.path)
</script>
\`\`\`

## Vue 2 项目

\`components/\` 中的组件只用于 Vue 3（\`<script setup>\`）。Vue 2 项目（uni-app 的 Vue 2.6，HBuilderX 创建的 Vue 2 项目或 \`@dcloudio/vue-cli-plugin-uni\` CLI 项目）使用 \`${PLUGIN_VUE2}/components/\` 中由同一源码生成的 Vue 2 版本：在 \`pages.json\` 中加一条 easycom 规则（它优先于自动扫描），页面写法不变：

\`\`\`json
{ "easycom": { "custom": ${JSON.stringify(VUE2_EASYCOM)} } }
\`\`\`

在脚本中使用 core 的函数（如 \`toGroup\`、\`encodeSessionFrom\`）：

\`\`\`js
import { toGroup, encodeSessionFrom } from '@/uni_modules/${PLUGIN_ID}/${CORE_BUNDLE}'
\`\`\`

智齿微信客服（\`:kf\`）的渠道用插件里的 \`weComKf\` 创建（它在构建时加上当前平台的打开方式；core 的 \`weComKf\` 不带）：

\`\`\`js
import { weComKf } from '@/uni_modules/${PLUGIN_ID}/components/sobot-contact-button/weComKf'
\`\`\`

Vue 2 项目（仅 H5：Vue 2 小程序的 props 传不了函数）从 \`@/uni_modules/${PLUGIN_ID}/${PLUGIN_VUE2}/components/sobot-contact-button/weComKf.js\` 引入。

属性、事件与各端行为见 npm 包文档：https://github.com/sobot-contact/sobot-contact/blob/main/packages/uni-vue/README.zh-CN.md

## English

A DCloud plugin (uni_modules) build of [\`${pkg.name}\`](https://www.npmjs.com/package/${pkg.name}) ${pkg.version}, with \`@sobot-contact/core\` bundled in \`${CORE_BUNDLE}\`: no npm package is needed. Import it with HBuilderX ("使用 HBuilderX 导入插件") or copy the \`${PLUGIN_ID}\` folder into your project's \`uni_modules/\` (\`src/uni_modules/\` for a CLI project); easycom finds the components without an import or a \`pages.json\` rule. A Vue 2 (uni-app 2.6) project uses the Vue 2 variants generated from the same source in \`${PLUGIN_VUE2}/components/\` through the easycom rule above. Make a 微信客服 (\`:kf\`) channel with the plugin's \`weComKf\` (\`components/sobot-contact-button/weComKf\`; Vue 2, H5 only: \`${PLUGIN_VUE2}/components/sobot-contact-button/weComKf.js\`), which adds this build's opener; core's has none. Documentation: https://github.com/sobot-contact/sobot-contact/blob/main/packages/uni-vue/README.md
`
}

/** When a changeset was added (git, seconds); a file git does not know yet counts as the newest. */
function addedAt(file) {
  try {
    return Number(execFileSync('git', ['log', '--diff-filter=A', '--format=%ct', '-1', '--', file], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()) || Infinity
  } catch {
    return Infinity
  }
}

function changelog() {
  const dir = join(ROOT, '.changeset')
  const changesets = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.md') && name !== 'README.md')
        .map((name) => ({ name, content: readFileSync(join(dir, name), 'utf8'), addedAt: addedAt(join(dir, name)) }))
    : []
  const releasedFile = join(PKG_DIR, 'CHANGELOG.md')
  const released = existsSync(releasedFile) ? readFileSync(releasedFile, 'utf8') : ''
  try {
    return pluginChangelog({ title: PLUGIN_ID, packageName: pkg.name, version: pkg.version, released, changesets })
  } catch (error) {
    throw new PluginBuildError(`.changeset/: ${error.message}`)
  }
}

/** Each component's Vue 2 variant, generated from COMPONENTS_DIR, into the plugin's vue2/components/. */
function copyVue2Components() {
  const generated = mkdtempSync(join(tmpdir(), 'sobot-uni-modules-vue2-'))
  try {
    writeVue2Components({ componentsDir: COMPONENTS_DIR, outDir: generated })
    copyComponents({ componentsDir: generated, outDir: join(OUT, PLUGIN_VUE2), coreBundle: join('..', CORE_BUNDLE), root: ROOT })
  } catch (error) {
    throw error instanceof Vue2BuildError ? new PluginBuildError(error.message) : error
  } finally {
    rmSync(generated, { recursive: true, force: true })
  }
}

async function main() {
  // The same output from any working directory (esbuild's path comments are relative to it).
  process.chdir(PKG_DIR)
  rmSync(OUT, { recursive: true, force: true })
  mkdirSync(OUT, { recursive: true })
  const components = copyComponents({ componentsDir: COMPONENTS_DIR, outDir: OUT, coreBundle: CORE_BUNDLE, root: ROOT })
  copyVue2Components()
  await bundleCore()
  writeFileSync(join(OUT, 'package.json'), JSON.stringify(pluginManifest(), null, 2) + '\n')
  writeFileSync(join(OUT, 'readme.md'), readme(components))
  writeFileSync(join(OUT, 'changelog.md'), changelog())
  process.stdout.write(`uni_modules plugin: ${OUT} (${sizeOf(OUT)} bytes; components: ${components.join(', ')})\n`)
}

main().catch((error) => {
  rmSync(OUT, { recursive: true, force: true })
  process.stderr.write(`buildUniModules: ${error instanceof PluginBuildError ? error.message : error.stack || error}\n`)
  process.exit(1)
})
