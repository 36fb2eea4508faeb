import { describe, expect, it } from 'vitest'
import { parseChangeset, pluginChangelog } from '../scripts/pluginChangelog.mjs'

// changelog.md of the uni_modules plugin, from changesets shaped like the repo's .changeset/*.md.
const changeset = (packages: Record<string, string>, summary: string) =>
  `---\n${Object.entries(packages).map(([name, type]) => `'${name}': ${type}`).join('\n')}\n---\n\n${summary}\n`
const base = { title: 'sobot-contact', packageName: '@sobot-contact/uni-vue', version: '0.3.1', released: '' }
/** One pending changeset file: its name, when it was added (git), its packages and summary. */
const entry = (name: string, addedAt: number, packages: Record<string, string>, summary: string) => ({ name, addedAt, content: changeset(packages, summary) })
/** The changelog for these pending changesets and nothing released. */
const changelogOf = (...changesets: ReturnType<typeof entry>[]) => pluginChangelog({ ...base, changesets })

describe('pluginChangelog', () => {
  it('lists the pending changes of uni-vue and of the bundled core under the next version, newest first', () => {
    const text = changelogOf(
      entry('old.md', 100, { '@sobot-contact/uni-vue': 'patch' }, 'Old fix.'),
      entry('new.md', 300, { '@sobot-contact/uni-vue': 'patch' }, 'New fix.'),
      entry('core.md', 200, { '@sobot-contact/core': 'patch', '@sobot-contact/taro-react': 'patch' }, 'Core fix.'),
    )
    expect(text).toBe(
      '# sobot-contact 更新日志 (changelog)\n\n## 0.3.2\n\n未发布（unreleased）：下一版本待发布的变更。\n\n' +
        '### Patch Changes\n\n- New fix.\n- (@sobot-contact/core) Core fix.\n- Old fix.\n',
    )
  })

  it("bumps by the largest change in the fixed group, even one to a package the plugin does not carry, and leaves that one's text out", () => {
    const text = changelogOf(
      entry('a.md', 1, { '@sobot-contact/uni-vue': 'patch' }, 'A fix.'),
      entry('b.md', 2, { '@sobot-contact/server': 'minor' }, 'Server feature.'),
      entry('c.md', 3, { 'uni-vue-demo': 'major' }, 'Demo only.'),
    )
    expect(text).toMatch(/^## 0\.4\.0$/m)
    expect(text).not.toContain('Server feature.')
    expect(text).not.toContain('Demo only.')
    expect(text).toContain('### Patch Changes\n\n- A fix.')
  })

  it('puts the released history (CHANGELOG.md without its title) after the pending version; multi-line summaries stay in their item', () => {
    const released = '# @sobot-contact/uni-vue\n\n## 0.3.1\n\n### Patch Changes\n\n- abc123: Shipped.\n'
    const text = pluginChangelog({
      ...base,
      released,
      changesets: [entry('x.md', Infinity, { '@sobot-contact/uni-vue': 'major' }, 'Breaking.\n\n- detail')],
    })
    expect(text.indexOf('## 1.0.0')).toBeLessThan(text.indexOf('## 0.3.1'))
    expect(text).toContain('### Major Changes\n\n- Breaking.\n  \n  - detail\n')
    expect(text).toContain('- abc123: Shipped.')
    expect(text).not.toContain('# @sobot-contact/uni-vue')
  })

  it('with nothing pending and nothing released: the current version as the first release', () => {
    expect(changelogOf()).toMatch(/^## 0\.3\.1$/m)
  })

  it('refuses a changeset without front matter, naming it', () => {
    expect(() => pluginChangelog({ ...base, changesets: [{ name: 'broken.md', addedAt: 1, content: 'no front matter' }] })).toThrow(/broken\.md/)
    expect(parseChangeset('---\n"@sobot-contact/uni-vue": minor\n---\nText')).toEqual({ packages: { '@sobot-contact/uni-vue': 'minor' }, summary: 'Text' })
  })
})
