import { defineConfig } from 'vitest/config'
import { subprocessTests } from '../../vitest.presets'

export default defineConfig({
  test: subprocessTests({
    typecheck: { enabled: true, include: ['tests/**/*.test-d.{ts,tsx}'], tsconfig: 'tsconfig.json' },
  }),
})
