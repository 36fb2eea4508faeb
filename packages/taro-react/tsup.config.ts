import { defineConfig } from 'tsup'
import { library } from '../../tsup.preset'

// Frameworks are the app's (peer dependencies); the core is a dependency, deduplicated by the app.
export default defineConfig(library({ entry: { index: 'src/index.ts' }, external: ['react', /^react\//, /^@tarojs\//, /^@sobot-contact\/core/] }))
