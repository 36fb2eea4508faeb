import { existsSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { errorLines, runCli, type CliRun } from 'sobot-contact-test-kit/run-cli'
import { expect } from 'vitest'

export { errorLines }

const HERE = dirname(fileURLToPath(import.meta.url))
/** apps/uni-vue-demo: the sample app this package builds and runs. */
export const APP_DIR = resolve(HERE, '../../../apps/uni-vue-demo')
/** Where this package builds it (not the app's own dist/, so `pnpm build` running in parallel cannot race it). */
export const OUT_DIR = resolve(HERE, '../.output/mp-weixin')

/** What {@link buildDemo} did. */
export interface DemoBuild extends CliRun {
  outDir: string
}

/**
 * Builds the sample app with the app's own uni CLI: `uni build -p mp-weixin` (or `h5`, `app`).
 * @param outDir - Where the mp-weixin output goes.
 * @param source - Another source folder (uni's `UNI_INPUT_DIR`) built with the app's uni CLI, and the
 *   project root it resolves packages from (the CLI's working directory).
 * @param platform - uni's target: `mp-weixin` (default), `mp-harmony`, `h5` or `app`.
 */
export async function buildDemo(
  outDir: string = OUT_DIR,
  source?: { inputDir: string; root: string },
  platform: 'mp-weixin' | 'mp-harmony' | 'h5' | 'app' = 'mp-weixin',
): Promise<DemoBuild> {
  const uni = join(APP_DIR, 'node_modules/.bin/uni')
  if (!existsSync(uni)) throw new Error(`uni CLI not found at ${uni}: run pnpm install`)
  rmSync(outDir, { recursive: true, force: true })
  const env: NodeJS.ProcessEnv = source ? { UNI_INPUT_DIR: source.inputDir } : {}
  const run = await runCli(uni, ['build', '-p', platform, '--outDir', outDir], { cwd: source ? source.root : APP_DIR, env, timeoutMs: 300_000 })
  return { ...run, outDir }
}

/**
 * Asserts a uni build really succeeded: exit 0, "Build complete", and no error line (the uni CLI
 * prints some failures and still exits 0).
 * @example
 * expectCleanBuild(await buildDemo())
 */
export function expectCleanBuild(build: CliRun): void {
  expect(build.status, build.log).toBe(0)
  expect(build.log).toContain('Build complete')
  expect(errorLines(build.log)).toEqual([])
}
