import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli, type CliRun } from 'sobot-contact-test-kit/run-cli'

const HERE = dirname(fileURLToPath(import.meta.url))
/** The repository root. */
export const REPO = resolve(HERE, '../../..')
/** Template files of the throwaway projects (copied, then given a package.json). */
export const FIXTURES = resolve(HERE, '../fixtures')

/** A `pnpm pack`ed package: its tarball, the package.json inside it and every file it holds. */
export interface PackedPackage {
  name: string
  tarball: string
  manifest: Record<string, unknown>
  files: string[]
}

/** What one command did (the command line, for the report). */
export interface Run extends CliRun {
  command: string
}

/** Runs a command with the kit's runner, NODE_ENV as given (pnpm install must not see "production"). */
export async function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = { NODE_ENV: 'development' }): Promise<Run> {
  return { command: [command, ...args].join(' '), ...(await runCli(command, args, { cwd, env, timeoutMs: 600_000 })) }
}

/** The published packages: every packages/* whose package.json is not private. */
export function publishedPackageDirs(): string[] {
  const root = join(REPO, 'packages')
  return readdirSync(root)
    .map((name) => join(root, name))
    .filter((dir) => {
      try {
        return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).private !== true
      } catch {
        return false
      }
    })
    .sort()
}

/** `pnpm pack`s a package into `dest` (pnpm rewrites `workspace:` ranges as a publish would). */
export async function pack(packageDir: string, dest: string): Promise<PackedPackage> {
  const result = await run('pnpm', ['pack', '--pack-destination', dest], packageDir)
  if (result.status !== 0) throw new Error(`pnpm pack failed in ${packageDir}:\n${result.log}`)
  const tarball = result.log.trim().split(/\r?\n/).filter((l) => l.endsWith('.tgz')).pop()
  if (!tarball) throw new Error(`pnpm pack printed no tarball in ${packageDir}:\n${result.log}`)
  const path = resolve(dest, tarball)
  const files = tar(['-tzf', path]).split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''))
  const manifest = JSON.parse(tar(['-xzOf', path, 'package/package.json'])) as Record<string, unknown>
  return { name: manifest.name as string, tarball: path, manifest, files }
}

function tar(args: string[]): string {
  const out = spawnSync('tar', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (out.status !== 0) throw new Error(`tar ${args.join(' ')}: ${out.stderr}`)
  return out.stdout
}

/**
 * The pinned dependencies of a sample app, with every published workspace package replaced by its
 * tarball; the app's private workspace helpers (its demo scenarios) are left out.
 */
export function appDependencies(app: string, packed: PackedPackage[]): { dependencies: Record<string, string>; devDependencies: Record<string, string> } {
  const manifest = JSON.parse(readFileSync(join(REPO, 'apps', app, 'package.json'), 'utf8')) as Record<string, Record<string, string>>
  const swap = (deps: Record<string, string> = {}) =>
    Object.fromEntries(
      Object.entries(deps)
        .filter(([name, range]) => !range.startsWith('workspace:') || packed.some((p) => p.name === name))
        .map(([name, range]) => [name, range.startsWith('workspace:') ? tarballSpec(name, packed) : range]),
    )
  return { dependencies: swap(manifest.dependencies), devDependencies: swap(manifest.devDependencies) }
}

/** `file:` specifier of a packed package's tarball. */
export function tarballSpec(name: string, packed: PackedPackage[]): string {
  const found = packed.find((p) => p.name === name)
  if (!found) throw new Error(`${name} was not packed`)
  return 'file:' + found.tarball
}

/**
 * Creates a throwaway project: the fixture's files, the shared session.json, and a package.json.
 * The packed packages depend on each other at their published version (`@sobot-contact/core@0.1.0`),
 * which is not on the registry yet: `pnpm.overrides` installs every one of them from its tarball,
 * i.e. the tarballs are installed together.
 */
export function makeProject(dir: string, fixture: string, manifest: Record<string, unknown>, packed: PackedPackage[], sessionInto: string): void {
  mkdirSync(dir, { recursive: true })
  cpSync(join(FIXTURES, fixture), dir, { recursive: true })
  cpSync(join(FIXTURES, 'session.json'), join(dir, sessionInto))
  const overrides = Object.fromEntries(packed.map((p) => [p.name, 'file:' + p.tarball]))
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, ...manifest, pnpm: { overrides } }, null, 2) + '\n')
}

/** The pnpm store the workspace installed into: the throwaway installs link from it (fast, offline once warm). */
export function workspaceStore(): string {
  const out = spawnSync('pnpm', ['store', 'path'], { cwd: REPO, encoding: 'utf8' })
  if (out.status !== 0) throw new Error(`pnpm store path: ${out.stderr}`)
  return out.stdout.trim()
}

/** `pnpm install` in a throwaway project from the workspace's store (registry only for what it lacks). */
export function install(dir: string, store: string): Promise<Run> {
  return run('pnpm', ['install', '--prefer-offline', '--store-dir', store, '--config.confirmModulesPurge=false', '--reporter=append-only'], dir, { CI: 'true', NODE_ENV: 'development' })
}
