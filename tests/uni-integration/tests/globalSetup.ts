import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { buildDemo, OUT_DIR } from './buildDemo'

declare module 'vitest' {
  export interface ProvidedContext {
    demoBuild: { status: number | null; log: string; ms: number; outDir: string }
  }
}

/** Builds apps/uni-vue-demo once (a fresh clone has no output) and hands the result to every test file. */
export default async function setup(project: TestProject) {
  const build = await buildDemo()
  process.stdout.write(`uni build -p mp-weixin (apps/uni-vue-demo): ${build.ms} ms, exit ${build.status}\n`)
  writeFileSync(join(OUT_DIR, '..', 'build.log'), build.log)
  project.provide('demoBuild', build)
}
