import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
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
  const production = { NODE_ENV: 'production', CI: 'true' } // as a release build
  const [taro, uni] = await Promise.all([
    taroInstall.status === 0
      ? run(join(dirs.taro, 'node_modules/.bin/taro'), ['build', '--type', 'weapp'], dirs.taro, production)
      : skipped('taro build: install failed'),
    uniInstall.status === 0
      ? run(join(dirs.uni, 'node_modules/.bin/uni'), ['build', '-p', 'mp-weixin'], dirs.uni, production)
      : skipped('uni build: install failed'),
  ])
  const ms = Math.round(performance.now() - start)
  process.stdout.write(
    `packed check: pack + install + build ${ms} ms (installs ${Object.entries(installs).map(([k, r]) => `${k} ${r.ms}`).join(', ')}; ` +
      `taro build ${taro.ms}, uni build ${uni.ms}) in ${root}\n`,
  )
  project.provide('packed', { packed, dirs, installs, builds: { taro, uni }, ms })
  return () => {
    if (process.env.KEEP_PACKED !== '1') rmSync(root, { recursive: true, force: true })
  }
}

function skipped(command: string): Run {
  return { command, status: null, log: 'not run', ms: 0 }
}
