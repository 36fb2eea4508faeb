import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { buildDemo, OUT_DIR } from './buildDemo'
import { buildVue2, makeVue2Project, packForVue2, vue2Toolchain, type Vue2Build } from './vue2Project'

/** One Vue 2 fixture project and its mp-weixin build. */
export interface Vue2Fixture {
  project: string
  mp: Vue2Build
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoBuild: { status: number | null; log: string; ms: number; outDir: string }
    vue2: { toolchainDir: string; installMs: number; npm: Vue2Fixture; uniModules: Vue2Fixture }
  }
}

/**
 * Builds apps/uni-vue-demo once (a fresh clone has no output) and the two Vue 2 fixtures (uni-app's
 * Vue 2 CLI: the npm package, the uni_modules plugin) for mp-weixin, and hands the results to every
 * test file. The H5 builds run in the H5 test files.
 */
export default async function setup(project: TestProject) {
  const build = await buildDemo()
  process.stdout.write(`uni build -p mp-weixin (apps/uni-vue-demo): ${build.ms} ms, exit ${build.status}\n`)
  writeFileSync(join(OUT_DIR, '..', 'build.log'), build.log)
  project.provide('demoBuild', build)

  const toolchain = await vue2Toolchain()
  process.stdout.write(`Vue 2 toolchain (npm install): ${toolchain.installMs ? `${toolchain.installMs} ms` : 'reused'}, ${toolchain.dir}\n`)
  const packs = mkdtempSync(join(tmpdir(), 'sobot-vue2-packs-'))
  const projects: string[] = []
  const fixture = async (name: 'npm' | 'uni-modules'): Promise<Vue2Fixture> => {
    const dir = await makeVue2Project(toolchain, name === 'npm' ? { kind: 'npm', tarballs: await packForVue2(packs) } : { kind: 'uni-modules' })
    projects.push(dir)
    const mp = await buildVue2(toolchain, dir, 'mp-weixin')
    process.stdout.write(`Vue 2 CLI uni-build mp-weixin (${name}): ${mp.ms} ms, exit ${mp.status}\n`)
    mkdirSync(join(OUT_DIR, '..'), { recursive: true })
    writeFileSync(join(OUT_DIR, '..', `vue2-${name}-mp-weixin.log`), mp.log)
    return { project: dir, mp }
  }
  const uniModules = await fixture('uni-modules')
  const npm = await fixture('npm')
  project.provide('vue2', { toolchainDir: toolchain.dir, installMs: toolchain.installMs, npm, uniModules })
  return () => {
    for (const dir of [...projects, packs]) rmSync(dir, { recursive: true, force: true })
  }
}
