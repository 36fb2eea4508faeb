import { spawnSync } from 'node:child_process'
import { builtinModules } from 'node:module'
import type { PackedPackage } from './packedProjects'

/** Every file path a package.json field points at: exports targets, main/module/types, bin, unpkg. */
export function manifestTargets(manifest: Record<string, unknown>): string[] {
  const targets: string[] = []
  const walk = (value: unknown) => {
    if (typeof value === 'string') targets.push(value)
    else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v)
  }
  for (const field of ['exports', 'main', 'module', 'types', 'bin', 'unpkg', 'jsdelivr', 'typesVersions']) walk(manifest[field])
  return [...new Set(targets.map((t) => t.replace(/^\.\//, '')))]
}

/** Bare module names a built file imports or requires (`@scope/name`, `name`), without subpaths. */
export function importedPackages(source: string): string[] {
  const names = new Set<string>()
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*|(?<![.\w$])require\s*\(\s*)["'](@?[a-z0-9][\w.~-]*(?:\/[\w.~-]+)*)["']/gi
  for (const match of source.matchAll(pattern)) {
    const spec = match[1] as string
    const parts = spec.split('/')
    names.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string))
  }
  return [...names].filter((n) => !n.startsWith('node:') && !builtinModules.includes(n))
}

/** A file's text, read from the tarball. */
export function fileText(pkg: PackedPackage, file: string): string {
  return spawnSync('tar', ['-xzOf', pkg.tarball, 'package/' + file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout
}

/** Dependency ranges still written `workspace:` (pnpm pack rewrites them; npm pack and a hand edit do not). */
export function workspaceRanges(manifest: Record<string, unknown>): string[] {
  return ['dependencies', 'peerDependencies', 'optionalDependencies']
    .flatMap((field) => Object.entries((manifest[field] ?? {}) as Record<string, string>).map(([name, range]) => `${field}.${name}@${range}`))
    .filter((r) => r.includes('workspace:'))
}

/** Files the package.json points at that the tarball does not hold. */
export function missingTargets(pkg: Pick<PackedPackage, 'manifest' | 'files'>): string[] {
  return manifestTargets(pkg.manifest).filter((t) => !pkg.files.includes(t))
}

/** `file imports name` for every package the shipped code imports without declaring it (dependency or peer). */
export function undeclaredImports(pkg: Pick<PackedPackage, 'name' | 'manifest' | 'files'>, read: (file: string) => string): string[] {
  const declared = new Set(['dependencies', 'peerDependencies'].flatMap((field) => Object.keys((pkg.manifest[field] ?? {}) as Record<string, string>)))
  return pkg.files
    .filter((f) => /\.(c|m)?js$|\.vue$|\.stml$/.test(f) && !f.endsWith('.iife.js'))
    .flatMap((f) => importedPackages(read(f)).filter((name) => name !== pkg.name && !declared.has(name)).map((name) => `${f} imports ${name}`))
}

/** Links in Markdown that break on the npm page: relative paths (anything but http(s), mailto or an #anchor). */
export function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
    .map((m) => m[1] as string)
    .filter((href) => !/^(https?:|mailto:|#)/.test(href))
}
