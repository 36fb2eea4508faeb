// The component half of the uni_modules plugin build (scripts/buildUniModules.mjs): copies every
// folder of components/ into the plugin and rewrites each script's imports for a project without npm
// packages — `@sobot-contact/core` to the bundled copy, `vue` / `@dcloudio/uni-app` as they are,
// relative imports only inside the component's own folder. Anything else is a PluginBuildError that
// names the file and the import, thrown before the caller writes anything else.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { parse as parseSfc } from '@vue/compiler-sfc'
import ts from 'typescript'

/** Packages every uni-app (Vue 3) project has: a component may import them as they are. */
const PROVIDED = new Set(['vue', '@dcloudio/uni-app'])
const CORE_IMPORT = '@sobot-contact/core'
/** Resolves core's files (its stylesheets) the way this package's build does. */
const fromThisPackage = createRequire(import.meta.url)

/**
 * What the plugin cannot carry; the message names the file and the import and says what to do.
 *
 * @example
 * try { copyComponents(options) } catch (e) { if (e instanceof PluginBuildError) console.error(e.message) }
 */
export class PluginBuildError extends Error {}

/**
 * All files under `dir`, as paths relative to it (forward slashes).
 *
 * @example
 * filesOf('components') // ['sobot-contact-button/sobot-contact-button.vue', …]
 */
export function filesOf(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? filesOf(path, base) : [relative(base, path).split(sep).join('/')]
  })
}

/** A relative import from `file` resolved to a file on disk, or undefined. */
function resolveRelative(file, specifier) {
  const target = resolve(dirname(file), specifier)
  const candidates = [target, ...['.ts', '.js', '.mjs', '.vue', '.json'].map((ext) => target + ext), join(target, 'index.ts'), join(target, 'index.js')]
  return candidates.find((c) => existsSync(c) && statSync(c).isFile())
}

/**
 * Rewrites the imports of one script (a .ts/.js file or an SFC's <script> block) for the plugin.
 * `ctx`: the file, its component folder, the relative path to the core bundle, the repo root (for
 * messages) and the core bundle's name (for messages).
 */
function rewriteScript(code, ctx) {
  const { importedFiles } = ts.preProcessFile(code, true, true)
  let out = ''
  let at = 0
  for (const { fileName: specifier, pos: near } of importedFiles) {
    // TypeScript's position is the string literal's (quote included): find the text itself.
    const pos = code.indexOf(specifier, near)
    let replacement = specifier
    if (specifier === CORE_IMPORT) replacement = ctx.coreFromFile
    else if (specifier.startsWith('.')) {
      const target = resolveRelative(ctx.file, specifier)
      if (!target || relative(ctx.componentDir, target).startsWith('..')) {
        throw new PluginBuildError(
          `${relative(ctx.root, ctx.file)} imports "${specifier}", which ${target ? 'lies outside the component folder' : 'does not exist'}: the uni_modules plugin copies only components/<name>/ and core. Move the code into the component folder or into @sobot-contact/core.`,
        )
      }
    } else if (!PROVIDED.has(specifier)) {
      throw new PluginBuildError(
        `${relative(ctx.root, ctx.file)} imports "${specifier}", which a uni-app project without npm packages cannot resolve: the uni_modules plugin carries only "${CORE_IMPORT}" (bundled into ${ctx.coreBundle}) and expects only ${[...PROVIDED].map((p) => `"${p}"`).join(', ')} from the project. Import it through @sobot-contact/core, or teach scripts/buildUniModules.mjs to bundle it.`,
      )
    }
    out += code.slice(at, pos) + replacement
    at = pos + specifier.length
  }
  return out + code.slice(at)
}

/**
 * A <style> block's `@import` of a core stylesheet (`@sobot-contact/core/bare.css`), replaced by the
 * stylesheet itself: the plugin's project has no npm package to import it from (nor does a Vue 2
 * project's CSS pipeline resolve one).
 *
 * @example
 * inlineCoreStyles("@import '@sobot-contact/core/bare.css';") // '.sobot-contact-bare{…}'
 */
export function inlineCoreStyles(css) {
  return css.replace(/@import\s+(['"])(@sobot-contact\/core\/[^'"]+\.css)\1\s*;/g, (_, _quote, specifier) =>
    readFileSync(fromThisPackage.resolve(specifier), 'utf8').trim(),
  )
}

/** One source file of a component, rewritten for the plugin; undefined for a file copied as it is. */
function rewriteFile(file, componentDir, outFile, { outDir, coreBundle, root }) {
  const coreFromFile = relative(dirname(outFile), join(outDir, coreBundle)).split(sep).join('/')
  const ctx = { file, componentDir, root, coreBundle, coreFromFile: coreFromFile.startsWith('.') ? coreFromFile : './' + coreFromFile }
  const source = readFileSync(file, 'utf8')
  if (/\.(ts|js|mjs)$/.test(file)) return rewriteScript(source, ctx)
  if (!file.endsWith('.vue')) return undefined
  const { descriptor, errors } = parseSfc(source, { filename: file })
  if (errors.length > 0) throw new PluginBuildError(`${relative(root, file)}: ${errors.map(String).join('; ')}`)
  // Rewrite each <script> and <style> block in place, last first so the earlier offsets stay valid.
  const scripts = [descriptor.script, descriptor.scriptSetup].filter(Boolean)
  const blocks = [...scripts, ...descriptor.styles].sort((a, b) => b.loc.start.offset - a.loc.start.offset)
  let out = source
  for (const block of blocks) {
    const { start, end } = block.loc
    const content = scripts.includes(block) ? rewriteScript(block.content, ctx) : inlineCoreStyles(block.content)
    out = out.slice(0, start.offset) + content + out.slice(end.offset)
  }
  return out
}

/**
 * Copies every folder of `componentsDir` to `<outDir>/components/`, each script's imports rewritten
 * for the plugin, and returns the component names. Throws {@link PluginBuildError} for what the
 * plugin cannot carry: a folder without `<name>.vue` (easycom would not find it), an npm import other
 * than core, `vue` and `@dcloudio/uni-app`, a core subpath, or a relative import that leaves the
 * folder or points at nothing.
 *
 * @example
 * copyComponents({ componentsDir: 'components', outDir: 'uni_modules/sobot-contact', coreBundle: 'js_sdk/sobot-contact-core.js', root: '../..' })
 * // ['sobot-chat-web-view', 'sobot-contact-button']
 */
export function copyComponents({ componentsDir, outDir, coreBundle, root }) {
  const names = readdirSync(componentsDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()
  for (const name of names) {
    const from = join(componentsDir, name)
    // easycom inside uni_modules finds components/<name>/<name>.vue.
    if (!existsSync(join(from, `${name}.vue`))) throw new PluginBuildError(`components/${name}/ has no ${name}.vue: easycom would not find it in the plugin`)
    for (const file of filesOf(from)) {
      const outFile = join(outDir, 'components', name, file)
      mkdirSync(dirname(outFile), { recursive: true })
      const rewritten = rewriteFile(join(from, file), from, outFile, { outDir, coreBundle, root })
      if (rewritten === undefined) cpSync(join(from, file), outFile)
      else writeFileSync(outFile, rewritten)
    }
  }
  return names
}
