// Shared vitest settings of the workspace's test suites, by kind. Each vitest.config passes only
// what is its own.
import type { ViteUserConfig } from 'vitest/config'

type TestOptions = NonNullable<ViteUserConfig['test']>

/**
 * A suite that drives a built app in headless Chromium from Node (sample apps' e2e tests). A test
 * takes up to ~7 s alone; the limits leave room for a 2-core CI machine running other suites beside it.
 *
 * @example
 * export default defineConfig({ test: browserAppTests() })
 */
export function browserAppTests(options: TestOptions = {}): TestOptions {
  return { include: ['tests/**/*.test.ts'], environment: 'node', testTimeout: 30_000, hookTimeout: 60_000, ...options }
}

/**
 * A suite that builds a sample app once with its framework's CLI (`globalSetup`) and runs the
 * WeChat output in miniprogram-simulate, which attaches the rendered pages to a DOM.
 *
 * @example
 * export default defineConfig({ test: miniProgramBuildTests({ hookTimeout: 180_000 }) })
 */
export function miniProgramBuildTests(options: TestOptions = {}): TestOptions {
  return { include: ['tests/**/*.test.ts'], environment: 'jsdom', globalSetup: ['tests/globalSetup.ts'], testTimeout: 20_000, hookTimeout: 180_000, ...options }
}

/**
 * A package suite whose tests run its bins or the built modules as subprocesses: each spawn can take
 * seconds on a busy 2-core CI machine while turbo runs other suites beside it, so tests get 60 s.
 *
 * @example
 * export default defineConfig({ test: subprocessTests() })
 */
export function subprocessTests(options: TestOptions = {}): TestOptions {
  return { include: ['tests/**/*.test.ts'], testTimeout: 60_000, ...options }
}
