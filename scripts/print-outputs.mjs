// Printed after `pnpm build`: where every package's and every sample app's output is.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const size = (dir) => {
  let total = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    total += e.isDirectory() ? size(p) : statSync(p).size
  }
  return total
}
const rows = []
for (const group of ['packages', 'apps']) {
  const base = join(root, group)
  if (!existsSync(base)) continue
  for (const name of readdirSync(base).sort()) {
    const dir = join(base, name)
    const pkgFile = join(dir, 'package.json')
    if (!existsSync(pkgFile)) continue
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'))
    // A package may say where its build lands and what it is for ("sobotContact": { "output", "open" }).
    // A sample app built for several targets lists them: "sobotContact": { "outputs": [{ "output", "open" }] }.
    const meta = pkg.sobotContact || {}
    for (const target of meta.outputs || [meta]) {
      const path = join(dir, target.output || 'dist')
      const built = existsSync(path)
      rows.push(
        `  ${(pkg.name || name).padEnd(28)} ${built ? relative(root, path).padEnd(44) : '(not built)'.padEnd(44)}` +
          `${built ? ` ${(size(path) / 1024).toFixed(0).padStart(6)} KB` : ''}${target.open ? `  ${target.open}` : ''}`,
      )
    }
  }
}
console.log('\nBuild output:')
console.log(rows.join('\n'))
