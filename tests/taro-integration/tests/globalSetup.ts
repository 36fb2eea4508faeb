import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { taroBuild, type TaroBuild } from './buildDemo'

declare module 'vitest' {
  export interface ProvidedContext {
    demoBuild: TaroBuild
  }
}

/**
 * Builds apps/taro-react-demo with the Taro CLI once (a fresh clone has no dist/) and hands the
 * result to every test file. Set TARO_DEMO_PREBUILT=1 to test an existing dist/ as it is (used to
 * check by hand that the tests catch a broken dist/base.wxml).
 */
export default async function setup(project: TestProject) {
  const build: TaroBuild = process.env.TARO_DEMO_PREBUILT
    ? { status: 0, log: '(prebuilt dist/ used as it is)', ms: 0, outDir: join(import.meta.dirname, '../../../apps/taro-react-demo/dist') }
    : await taroBuild()
  process.stdout.write(`taro build --type weapp (apps/taro-react-demo): ${build.ms} ms, exit ${build.status}\n`)
  writeFileSync(join(import.meta.dirname, '../taro-build.log'), build.log)
  project.provide('demoBuild', build)
}
