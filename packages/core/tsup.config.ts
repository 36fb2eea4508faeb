import { defineConfig } from 'tsup'
import { library } from '../../tsup.preset'

export default defineConfig(
  library({
    entry: { index: 'src/index.ts', unionid: 'src/unionid.ts', agent: 'src/agent.ts' },
    splitting: true,
    external: [/^crypto-js/],
  }),
)
