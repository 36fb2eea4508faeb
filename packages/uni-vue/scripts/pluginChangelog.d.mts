/** One pending changeset file: its name, its text, and when it was added (seconds; larger is newer). */
export interface ChangesetFile {
  name: string
  content: string
  addedAt: number
}

/** Reads one changeset file: the packages it bumps and its summary; undefined without front matter. */
export declare function parseChangeset(content: string): { packages: Record<string, 'major' | 'minor' | 'patch'>; summary: string } | undefined

/** The uni_modules plugin's changelog.md: pending changesets as the next version, then CHANGELOG.md. */
export declare function pluginChangelog(options: {
  title: string
  packageName: string
  version: string
  /** This package's CHANGELOG.md ('' before the first `changeset version`). */
  released: string
  changesets: ChangesetFile[]
  /** Packages bundled in the plugin whose changes are listed too. @default ['@sobot-contact/core'] */
  bundled?: string[]
  /** The changesets `fixed` group versioned with this package. @default every `@sobot-contact/*` */
  fixedGroup?: (name: string) => boolean
}): string
