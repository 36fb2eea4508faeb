import { defineConfig } from 'vite'

// `base: './'` keeps asset URLs relative, so dist/ can be hosted under any path (the state lives in the hash).
// The playground teaches: it keeps core's full how-to-fix messages, which a production build of
// core drops (process.env.NODE_ENV === 'production' → short messages pointing at the error reference).
export default defineConfig({
  base: './',
  define: { 'process.env.NODE_ENV': JSON.stringify('development') },
  build: { outDir: 'dist', target: 'es2017' },
})
