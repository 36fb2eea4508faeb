import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import type { WatchRun } from 'sobot-contact-test-kit/watch-cli'
import { taroDevBuild, uniDevBuild } from './devBuilds'
import {
  appDependencies,
  install,
  makeProject,
  pack,
  publishedPackageDirs,
  REPO,
  run,
  tarballSpec,
  workspaceStore,
  type PackedPackage,
  type Run,
} from './packedProjects'

/** What the setup made, handed to every test file. */
export interface PackedSetup {
  packed: PackedPackage[]
  dirs: { node: string; typescript: string; taro: string; uni: string }
  installs: { node: Run; typescript: Run; taro: Run; uni: Run }
  builds: { taro: Run; uni: Run }
  /** The dev builds (watch mode, stopped after the first compile): see devBuilds.ts. */
  devBuilds: { taro: WatchRun; uni: WatchRun }
  ms: number
}

declare module 'vitest' {
  export interface ProvidedContext {
    packed: PackedSetup
  }
}

const pinned = (app: string, name: string): string => {
  const manifest = JSON.parse(readFileSync(join(REPO, 'apps', app, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>
  const range = manifest.dependencies?.[name] ?? manifest.devDependencies?.[name]
  if (!range) throw new Error(`apps/${app} does not pin ${name}`)
  return range
}

/**
 * Packs every published package, installs the tarballs into four projects under the OS temp
 * folder (outside the workspace: no workspace link can leak in) and builds the two apps for WeChat
 * with their own CLIs. Set KEEP_PACKED=1 to keep the projects for a look.
 */
export default async function setup(project: TestProject) {
  const start = performance.now()
  const root = mkdtempSync(join(tmpdir(), 'sobot-packed-'))
  const tarballs = join(root, 'tarballs')
  const packed: PackedPackage[] = []
  for (const dir of publishedPackageDirs()) packed.push(await pack(dir, tarballs))
  const spec = (name: string) => tarballSpec(name, packed)

  const dirs = { node: join(root, 'node'), typescript: join(root, 'typescript'), taro: join(root, 'taro'), uni: join(root, 'uni') }
  makeProject(dirs.node, 'node', {
    name: 'packed-node',
    dependencies: { '@sobot-contact/core': spec('@sobot-contact/core'), '@sobot-contact/apicloud': spec('@sobot-contact/apicloud'), '@sobot-contact/cli': spec('@sobot-contact/cli') },
  }, packed, 'session.json')
  makeProject(dirs.typescript, 'typescript', {
    name: 'packed-typescript',
    type: 'module',
    dependencies: {
      '@sobot-contact/core': spec('@sobot-contact/core'),
      '@sobot-contact/apicloud': spec('@sobot-contact/apicloud'),
      '@sobot-contact/uni-vue': spec('@sobot-contact/uni-vue'),
      vue: pinned('uni-vue-demo', 'vue'),
    },
    devDependencies: { typescript: pinned('uni-vue-demo', 'typescript') },
  }, packed, 'session.json')
  const taroDemo = JSON.parse(readFileSync(join(REPO, 'apps/taro-react-demo/package.json'), 'utf8')) as { browserslist: string[] }
  makeProject(dirs.taro, 'taro', { name: 'packed-taro-app', browserslist: taroDemo.browserslist, ...appDependencies('taro-react-demo', packed) }, packed, 'src/session.json')
  makeProject(dirs.uni, 'uni', { name: 'packed-uni-app', ...appDependencies('uni-vue-demo', packed) }, packed, 'src/session.json')

  const store = workspaceStore()
  const [nodeInstall, typescriptInstall, taroInstall, uniInstall] = await Promise.all([
    install(dirs.node, store),
    install(dirs.typescript, store),
    install(dirs.taro, store),
    install(dirs.uni, store),
  ])
  const installs = { node: nodeInstall, typescript: typescriptInstall, taro: taroInstall, uni: uniInstall }
  // Each app's dev build and production build run one after the other (Taro's both write dist/),
  // the two apps side by side.
  const [[taroDev, taro], [uni, uniDev]] = await Promise.all([
    taroInstall.status === 0 ? taroBuilds(dirs.taro) : [skippedWatch('taro dev build'), skipped('taro build')],
    uniInstall.status === 0 ? uniBuilds(dirs.uni) : [skipped('uni build'), skippedWatch('uni dev build')],
  ])
  const ms = Math.round(performance.now() - start)
  process.stdout.write(
    `packed check: pack + install + build ${ms} ms (installs ${Object.entries(installs).map(([k, r]) => `${k} ${r.ms}`).join(', ')}; ` +
      `taro build ${taro.ms}, uni build ${uni.ms}; dev builds taro ${taroDev.ms}, uni ${uniDev.ms}) in ${root}\n`,
  )
  project.provide('packed', { packed, dirs, installs, builds: { taro, uni }, devBuilds: { taro: taroDev, uni: uniDev }, ms })
  return () => {
    if (process.env.KEEP_PACKED !== '1') rmSync(root, { recursive: true, force: true })
  }
}

const production = { NODE_ENV: 'production', CI: 'true' } // as a release build

/** Taro's dev build (moved to dist-dev), then its production build. */
async function taroBuilds(dir: string): Promise<[WatchRun, Run]> {
  const dev = await taroDevBuild(dir)
  return [dev, await run(join(dir, 'node_modules/.bin/taro'), ['build', '--type', 'weapp'], dir, production)]
}

/** uni's production build (dist/build), then its dev build (dist/dev). */
async function uniBuilds(dir: string): Promise<[Run, WatchRun]> {
  const build = await run(join(dir, 'node_modules/.bin/uni'), ['build', '-p', 'mp-weixin'], dir, production)
  return [build, await uniDevBuild(dir)]
}

function skipped(command: string): Run {
  return { command: `${command}: install failed`, status: null, log: 'not run', ms: 0 }
}

function skippedWatch(command: string): WatchRun {
  return { status: null, log: `${command}: install failed, not run`, ms: 0, ready: false }
}
