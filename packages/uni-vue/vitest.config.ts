import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [vue()],
  test: {
    typecheck: { enabled: true, include: ['tests/**/*.test-d.{ts,tsx}'], tsconfig: 'tsconfig.json', checker: 'vue-tsc' },
    include: ['tests/**/*.test.ts'],
    environment: 'jsdom',
    // What uni-app's build defines (here the WeChat build); a test of another target sets its own.
    env: { UNI_PLATFORM: 'mp-weixin' },
  },
})
