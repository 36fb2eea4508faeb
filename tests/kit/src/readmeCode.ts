// A README's code is product: every ```ts / ```js block must compile on its own the way a user would
// paste it (tsc --strict against the package's built types), and the Chinese README must show the
// same code as the English one. These helpers read the blocks, type-check them in one program and
// strip comments for the comparison. They do not import any @sobot-contact package, so core's own
// tests can use them without a dependency cycle (the kit depends on core).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ts from 'typescript'

/**
 * The fence languages whose blocks are type-checked. The languages of {@link SHOWN_LANGUAGES} are
 * shown, not compiled; any other tag, or none, is an error (see {@link untaggedBlocks}): a
 * `typescript` fence would otherwise be skipped silently.
 */
export const CHECKED_LANGUAGES: readonly string[] = ['ts', 'tsx', 'js', 'jsx']

/** Fence languages that are not TypeScript or JavaScript to compile: shell, output, markup, styles, data. */
export const SHOWN_LANGUAGES: readonly string[] = ['sh', 'console', 'text', 'json', 'jsonc', 'html', 'css', 'vue', 'xml', 'diff']

/** One fenced code block of a README. */
export interface ReadmeBlock {
  /** The README's file name, e.g. `README.zh-CN.md`. */
  readme: string
  /** 1-based position among the README's fenced blocks. */
  number: number
  /** README line of the block's first code line (1-based). */
  line: number
  /** The fence's language tag (`''` when it has none). */
  lang: string
  code: string
}

/**
 * The fenced code blocks of `<packageDir>/<readme>`, in order.
 *
 * @example
 * const blocks = readReadmeBlocks(fileURLToPath(new URL('..', import.meta.url)), 'README.md')
 */
export function readReadmeBlocks(packageDir: string, readme: string): ReadmeBlock[] {
  const lines = readFileSync(join(packageDir, readme), 'utf8').split('\n')
  const blocks: ReadmeBlock[] = []
  let open: ReadmeBlock | undefined
  let fence = { indent: 0, marks: '' }
  let body: string[] = []
  lines.forEach((text, i) => {
    if (!open) {
      // CommonMark fences: up to 3 spaces of indent (a block in a list item), ``` or ~~~, 3 or more.
      const start = /^( {0,3})(`{3,}|~{3,})\s*([^\s`]*)/.exec(text)
      if (start) {
        fence = { indent: start[1]!.length, marks: start[2]! }
        open = { readme, number: blocks.length + 1, line: i + 2, lang: start[3]!, code: '' }
        body = []
      }
    } else if (new RegExp(`^ {0,3}${fence.marks[0] === '`' ? '`' : '~'}{${fence.marks.length},}\\s*$`).test(text)) {
      blocks.push({ ...open, code: body.join('\n') + '\n' })
      open = undefined
    } else {
      body.push(text.slice(Math.min(fence.indent, text.length - text.trimStart().length)))
    }
  })
  if (open) throw new Error(`${readme}: the code block opened on line ${open.line - 1} is never closed`)
  return blocks
}

/**
 * Blocks whose fence names no language, or one neither checked nor shown, as `README.md block 3
 * (line 46): …`: each must say what it is (` ```text `, ` ```sh `…) to be skipped, or be TypeScript
 * and compile.
 *
 * @example
 * expect(untaggedBlocks(blocks)).toEqual([])
 */
export function untaggedBlocks(blocks: readonly ReadmeBlock[]): string[] {
  return blocks
    .filter((b) => !CHECKED_LANGUAGES.includes(b.lang) && !SHOWN_LANGUAGES.includes(b.lang))
    .map((b) =>
      b.lang === ''
        ? `${b.readme} block ${b.number} (line ${b.line}): the fence names no language`
        : `${b.readme} block ${b.number} (line ${b.line}): "${b.lang}" is neither checked (${CHECKED_LANGUAGES.join(', ')}) nor shown (${SHOWN_LANGUAGES.join(', ')})`,
    )
}

/**
 * Whether a block is an excerpt of a bigger file, shown for the lines to add (a framework's config):
 * its first line is a comment ending in `(excerpt)`, or `（节选）` in Chinese, so the reader sees it
 * too. An excerpt is not compiled on its own; a test names the excerpts it expects.
 *
 * @example
 * expect(en.filter(isExcerpt).map((b) => b.number)).toEqual([2])
 */
export function isExcerpt(block: Pick<ReadmeBlock, 'code'>): boolean {
  const first = block.code.split('\n', 1)[0]!.trim()
  return /^(\/\/|#|<!--).*(\(excerpt\)|（节选）)\s*(-->)?$/.test(first)
}

/** Options of {@link typeCheckReadmeBlocks}. */
export interface ReadmeCheckOptions {
  /**
   * The global type packages a project of the framework loads. Default: `['@types/node']`. Taro's
   * template adds `@tarojs/taro` (its `types/global.d.ts` declares `defineAppConfig`); uni-app's
   * TypeScript template has `@dcloudio/types` and no Node, so a `process` in a uni block must fail.
   */
  types?: readonly string[]
  /**
   * Declarations the framework's project template writes itself, as a `.d.ts` text: uni-app's
   * `src/env.d.ts` declares `*.vue` modules, which plain `tsc` cannot read (vue-tsc checks those
   * files for real in the packed check).
   */
  ambient?: string
}

const libraryFiles = new Map<string, ts.SourceFile | undefined>()

/** The compiler options a strict user project would have (`tsc --strict`, bundler resolution, DOM); global types come from `types`. */
function compilerOptions(): ts.CompilerOptions {
  return {
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    moduleDetection: ts.ModuleDetectionKind.Force,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    jsx: ts.JsxEmit.ReactJSX,
    allowJs: true,
    checkJs: true,
    skipLibCheck: true,
    noEmit: true,
  }
}

/**
 * Type-checks each ```ts / ```js block (excerpts aside, see {@link isExcerpt}) as its own module, all in one TypeScript program. The blocks
 * are written to a temporary directory (removed afterwards); their imports resolve as from a file in
 * `packageDir`, so `@sobot-contact/<this package>` is the package's own built types (its `exports`,
 * `dist/*.d.ts`) and other imports come from its dependencies. Returns one line per diagnostic, naming the README, the
 * block and the README line, e.g. `README.md block 5 (line 131): TS2304 Cannot find name 'report'.`
 *
 * @example
 * expect(typeCheckReadmeBlocks(dir, blocks)).toEqual([])
 */
export function typeCheckReadmeBlocks(packageDir: string, blocks: readonly ReadmeBlock[], check: ReadmeCheckOptions = {}): string[] {
  const checked = blocks.filter((b) => CHECKED_LANGUAGES.includes(b.lang) && !isExcerpt(b))
  if (checked.length === 0) return []
  const dir = mkdtempSync(join(tmpdir(), 'readme-code-'))
  try {
    const byFile = new Map<string, ReadmeBlock>()
    for (const block of checked) {
      const sub = join(dir, block.readme.replace(/\W+/g, '-'))
      mkdirSync(sub, { recursive: true })
      const file = join(sub, `block-${block.number}.${block.lang}`)
      writeFileSync(file, block.code)
      byFile.set(file, block)
    }
    const located = [...foreignImports(packageDir, byFile), ...diagnose(packageDir, dir, byFile, check)]
    // In the order the blocks were given, each block top to bottom.
    const order = (b?: ReadmeBlock) => (b ? checked.indexOf(b) : -1)
    return located.sort((a, b) => order(a.block) - order(b.block) || a.line - b.line).map((p) => p.text)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Imports a user's project could not make: a relative path (the user has no such file) or a package
 * that is neither this one, nor one of its dependencies or peers, nor a Node built-in (a devDependency
 * resolves here only because the check runs inside the repository).
 */
function foreignImports(packageDir: string, byFile: Map<string, ReadmeBlock>) {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as Record<string, Record<string, string> | string>
  const allowed = new Set([manifest.name as string, ...['dependencies', 'peerDependencies', 'optionalDependencies'].flatMap((k) => Object.keys(manifest[k] ?? {}))])
  const found: { block: ReadmeBlock; line: number; text: string }[] = []
  for (const [file, block] of byFile) {
    const source = ts.createSourceFile(file, block.code, ts.ScriptTarget.Latest, true)
    for (const statement of source.statements) {
      const spec = (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier
      if (!spec || !ts.isStringLiteral(spec)) continue
      const name = spec.text.startsWith('@') ? spec.text.split('/').slice(0, 2).join('/') : spec.text.split('/')[0]!
      if (!spec.text.startsWith('.') && (name.startsWith('node:') || allowed.has(name))) continue
      const line = block.line + source.getLineAndCharacterOfPosition(spec.getStart()).line
      found.push({ block, line, text: `${block.readme} block ${block.number} (line ${line}): imports '${spec.text}', which a user's project does not have (not this package, a dependency, a peer or node:*)` })
    }
  }
  return found
}

/** One strict program over the written blocks; each diagnostic located in its README. */
function diagnose(packageDir: string, dir: string, byFile: Map<string, ReadmeBlock>, check: ReadmeCheckOptions) {
  const options = compilerOptions()
  const host = ts.createCompilerHost(options)
  // The libraries (lib.dom, @types/node, the package's types) are parsed once per test process.
  const getSourceFile = host.getSourceFile.bind(host)
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (byFile.has(fileName)) return getSourceFile(fileName, languageVersion, onError, shouldCreate)
    const key = `${fileName}\0${JSON.stringify(languageVersion)}`
    if (!libraryFiles.has(key)) libraryFiles.set(key, getSourceFile(fileName, languageVersion, onError, shouldCreate))
    return libraryFiles.get(key)
  }
  // Resolve a block's imports as if it were a file in the package, where a user's import would find
  // the package (self-reference through its exports) and its dependencies; library files resolve
  // their own (relative) imports from where they are.
  const from = join(packageDir, '__readme__.ts')
  host.resolveModuleNameLiterals = (literals, containingFile) =>
    literals.map((literal) => ts.resolveModuleName(literal.text, byFile.has(containingFile) ? from : containingFile, options, host))
  // A framework's global types join as root files, found the way an import finds them (one copy of
  // each file, so the package's own module augmentations apply to the same declarations).
  const globals = (check.types ?? ['@types/node']).map((name) => {
    const found = ts.resolveModuleName(name, from, options, host).resolvedModule
    if (!found) throw new Error(`${name}: no types found from ${packageDir}`)
    return found.resolvedFileName
  })
  if (check.ambient !== undefined) {
    const file = join(dir, 'template-env.d.ts')
    writeFileSync(file, check.ambient)
    globals.push(file)
  }
  const program = ts.createProgram([...byFile.keys(), ...globals], options, host)
  const located: { block?: ReadmeBlock; line: number; text: string }[] = []
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const message = `TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`
    const block = diagnostic.file && byFile.get(diagnostic.file.fileName)
    if (!block || diagnostic.start === undefined) {
      located.push({ line: 0, text: `${diagnostic.file?.fileName ?? '(program)'}: ${message}` })
      continue
    }
    const line = block.line + diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start).line
    located.push({ block, line, text: `${block.readme} block ${block.number} (line ${line}): ${message}` })
  }
  return located
}

/** Removes TypeScript/JavaScript comments with the compiler's own scanner (a `//` inside a string or URL stays). */
function stripScriptComments(code: string, lang: string): string {
  const kind = lang === 'tsx' || lang === 'jsx' ? ts.ScriptKind.TSX : ts.ScriptKind.TS
  const source = ts.createSourceFile(`block.${lang}`, code, ts.ScriptTarget.Latest, true, kind)
  const ranges = new Map<number, number>()
  const collect = (list: ts.CommentRange[] | undefined) => list?.forEach((r) => ranges.set(r.pos, r.end))
  const visit = (node: ts.Node) => {
    if (node.getChildCount(source) === 0) {
      collect(ts.getLeadingCommentRanges(code, node.pos))
      collect(ts.getTrailingCommentRanges(code, node.end))
    }
    node.getChildren(source).forEach(visit)
  }
  visit(source)
  collect(ts.getLeadingCommentRanges(code, source.endOfFileToken.pos))
  let out = ''
  let at = 0
  for (const [pos, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (pos < at) continue
    out += code.slice(at, pos)
    at = end
  }
  return out + code.slice(at)
}

/**
 * A block's code without its comments, trailing spaces and blank lines: what must be identical in a
 * README and its translation. Comments of `ts`/`js` blocks are found by the TypeScript scanner, `#`
 * comments of `sh` blocks from ` #` to the line's end; other blocks are compared whole.
 *
 * @example
 * expect(zh.map(codeWithoutComments)).toEqual(en.map(codeWithoutComments))
 */
export function codeWithoutComments(block: Pick<ReadmeBlock, 'lang' | 'code'>): string {
  let code = block.code
  if (CHECKED_LANGUAGES.includes(block.lang)) code = stripScriptComments(code, block.lang)
  else if (block.lang === 'sh') code = code.replace(/(^|\s)#.*$/gm, '')
  return code
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line !== '')
    .join('\n')
}
