import { defineConfig } from 'tsup'
import { library } from '../../tsup.preset'

export default defineConfig(library({ entry: { index: 'src/index.ts' }, external: ['vue', /^@sobot-contact\/core/] }))
