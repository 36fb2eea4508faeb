import { defineConfig } from 'vite'
import { errorReferencePlugin } from './errorReferencePlugin'

// `base: './'` keeps asset URLs relative, so dist/ can be hosted under any path (the state lives in the hash).
// The playground teaches: it keeps core's full how-to-fix messages, which a production build of
// core drops (process.env.NODE_ENV === 'production' → short messages pointing at the error reference).
// The Errors tab shows that reference, parsed from docs/errors*.md by errorReferencePlugin.
export default defineConfig({
  base: './',
  define: { 'process.env.NODE_ENV': JSON.stringify('development') },
  build: { outDir: 'dist', target: 'es2017' },
  plugins: [errorReferencePlugin()],
})
