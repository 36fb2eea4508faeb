// changelog.md of the uni_modules plugin (see buildUniModules.mjs): the pending changesets first, as
// the next version, then this package's CHANGELOG.md (what `changeset version` wrote), newest first.

const RANK = { patch: 1, minor: 2, major: 3 }
const TITLES = { major: 'Major Changes', minor: 'Minor Changes', patch: 'Patch Changes' }

/**
 * Reads one changeset file: the packages it bumps and its summary; undefined without front matter.
 *
 * @example
 * parseChangeset("---\n'@sobot-contact/uni-vue': minor\n---\n\nNew prop.")
 * // { packages: { '@sobot-contact/uni-vue': 'minor' }, summary: 'New prop.' }
 */
export function parseChangeset(content) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(content)
  if (!match) return undefined
  const packages = {}
  for (const line of match[1].split(/\r?\n/)) {
    const m = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line)
    if (m) packages[m[1]] = m[2]
  }
  return { packages, summary: match[2].trim() }
}

/** `version` bumped by a changeset type. */
function bump(version, type) {
  const [major, minor, patch] = version.split('-')[0].split('.').map(Number)
  if (type === 'major') return `${major + 1}.0.0`
  if (type === 'minor') return `${major}.${minor + 1}.0`
  return `${major}.${minor}.${patch + 1}`
}

/**
 * The plugin's changelog. Pending changesets that bump `packageName` or one of `bundled` (core ships
 * inside the plugin; its entries are marked with its name) are listed under the next version: the
 * packages of `fixedGroup` are versioned together (changesets' `fixed`), so it is `version` bumped by
 * the largest change to any of them. Newest changeset first (`addedAt`, then name).
 *
 * @example
 * pluginChangelog({ title: 'sobot-contact', packageName: '@sobot-contact/uni-vue', version: '0.1.0', released: '',
 *   changesets: [{ name: 'a.md', addedAt: 1, content: "---\n'@sobot-contact/uni-vue': minor\n---\nNew prop." }] })
 * // '# sobot-contact 更新日志 (changelog)\n\n## 0.2.0\n\n未发布…\n\n### Minor Changes\n\n- New prop.\n'
 */
export function pluginChangelog({ title, packageName, version, released, changesets, bundled = ['@sobot-contact/core'], fixedGroup = (name) => name.startsWith('@sobot-contact/') }) {
  let largest = 0
  const entries = []
  for (const { name, content, addedAt } of changesets) {
    const changeset = parseChangeset(content)
    if (!changeset) throw new Error(`changeset ${name} has no front matter (--- package: bump ---)`)
    for (const [pkg, type] of Object.entries(changeset.packages)) if (fixedGroup(pkg)) largest = Math.max(largest, RANK[type])
    const own = changeset.packages[packageName]
    const other = bundled.find((pkg) => changeset.packages[pkg])
    if (!own && !other) continue
    entries.push({ name, addedAt, type: own || changeset.packages[other], text: own ? changeset.summary : `(${other}) ${changeset.summary}` })
  }
  entries.sort((a, b) => (b.addedAt === a.addedAt ? a.name.localeCompare(b.name) : b.addedAt - a.addedAt))
  const parts = []
  if (entries.length > 0) {
    const next = bump(version, Object.keys(RANK).find((type) => RANK[type] === largest))
    const sections = Object.keys(TITLES).flatMap((type) => {
      const items = entries.filter((e) => e.type === type).map((e) => '- ' + e.text.replace(/\n/g, '\n  '))
      return items.length ? [`### ${TITLES[type]}\n\n${items.join('\n')}\n`] : []
    })
    parts.push(`## ${next}\n\n未发布（unreleased）：下一版本待发布的变更。\n\n${sections.join('\n')}`)
  }
  const history = released.replace(/^# .*\r?\n/, '').trim()
  if (history) parts.push(history)
  if (parts.length === 0) parts.push(`## ${version}\n\n- 首个版本 / first release.`)
  return `# ${title} 更新日志 (changelog)\n\n${parts.join('\n\n').trim()}\n`
}
