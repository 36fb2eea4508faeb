// Source lint of the workspace (run by `pnpm test` through each package's `lint` script via the
// root `lint:src`): typescript-eslint everywhere, react-hooks for the Taro bindings, the Vue plugin
// for the uni-app SFC. Formatting is not linted.
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import vue from 'eslint-plugin-vue'
import vueParser from 'vue-eslint-parser'

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/.output/**', '**/.work/**', '**/.swc/**', 'apps/*/dist/**', '**/dist-*/**', 'apps/apicloud-demo/widget/script/sobot-contact*.js', '**/coverage/**', '**/reports/**', 'packages/uni-vue/uni_modules/**'],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      // Deliberate: tests and harnesses cast through unknown to reach runtime shapes (Taro's page data).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // The packed-tarball check loads the published packages with CommonJS require() on purpose.
    files: ['tests/packed/fixtures/node/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Declaration files describe globals and modules (uni's component registry) where import() types are the idiom.
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['packages/taro-react/**/*.{ts,tsx}', 'apps/taro-react-demo/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  ...vue.configs['flat/recommended'].map((c) => ({ ...c, files: ['**/*.vue'] })),
  {
    files: ['**/*.vue'],
    languageOptions: { parser: vueParser, parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' } },
    rules: {
      // uni-app pages and components are named by their folder (pages/index/index.vue, easycom's sobot-contact-button.vue).
      'vue/multi-word-component-names': 'off',
      // session, card and overflow are optional and "absent" is their meaning (core's defaults);
      // an explicit `undefined` default does not typecheck under exactOptionalPropertyTypes.
      'vue/require-default-prop': 'off',
      // Formatting rules of the recommended set: not this lint's business.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
    },
  },
)
