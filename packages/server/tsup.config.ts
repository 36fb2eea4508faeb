import { defineConfig } from 'tsup'
import { library } from '../../tsup.preset'

// Node ≥ 18 only (never a mini-program), so ES2020 instead of the preset's ES2017.
export default defineConfig(library({ entry: { index: 'src/index.ts' }, target: 'es2020', platform: 'node', external: [/^@sobot-contact\//, /^redis/] }))
