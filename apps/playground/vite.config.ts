import { defineConfig } from 'vite'

// `base: './'` keeps asset URLs relative, so dist/ can be hosted under any path (the state lives in the hash).
export default defineConfig({
  base: './',
  build: { outDir: 'dist', target: 'es2017' },
})
