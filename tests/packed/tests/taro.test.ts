import { appChecks } from './appChecks'

// A fresh Taro 4.2.1 (React) app, the sample app's pinned versions, with the packed taro-react and core.
appChecks('taro', {
  build: 'taro build --type weapp',
  outDir: 'dist',
  typecheck: ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'],
  miniProgram: {},
})
