import { devChecks } from './devChecks'

// The fresh uni-app's dev mode, as its template's `dev:mp-weixin` runs it (writes dist/dev/mp-weixin).
devChecks('uni', { command: 'uni -p mp-weixin', miniProgram: { stubMissingApis: true } })
