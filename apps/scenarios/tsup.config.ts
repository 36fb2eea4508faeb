import { defineConfig } from 'tsup'
import { library } from '../../tsup.preset'

// ESM for the sample apps' bundlers (Taro's webpack, uni's vite) and the APICloud copy step; core stays an import.
export default defineConfig(library({ entry: { index: 'src/index.ts' }, format: ['esm'], external: [/^@sobot-contact\/core/] }))
