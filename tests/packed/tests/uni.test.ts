import { appChecks } from './appChecks'

// A fresh uni-app (Vue 3) app, the sample app's pinned versions, with the packed uni-vue (easycom) and core.
appChecks('uni', {
  build: 'uni build -p mp-weixin',
  outDir: 'dist/build/mp-weixin',
  typecheck: ['node_modules/vue-tsc/bin/vue-tsc.js', '--noEmit', '-p', 'tsconfig.json'],
  miniProgram: { stubMissingApis: true },
})
