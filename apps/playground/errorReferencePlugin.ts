import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { parseErrorReference } from './src/parseErrorReference'

const ID = 'virtual:error-reference'
const DOCS = { en: 'docs/errors.md', zh: 'docs/errors.zh-CN.md' }

/**
 * Serves `virtual:error-reference`: the entries of the repository's `docs/errors.md` and
 * `docs/errors.zh-CN.md`, parsed at build time (the page ships the entries, not the Markdown or
 * the parser). A section the parser cannot read fails `vite build` (and every test that imports
 * the reference) with the file and the code; in `vite dev`, editing a doc reloads it.
 *
 * @example
 * export default defineConfig({ plugins: [errorReferencePlugin()] })
 */
export function errorReferencePlugin(): Plugin {
  const path = (file: string) => fileURLToPath(new URL(`../../${file}`, import.meta.url))
  return {
    name: 'playground:error-reference',
    resolveId: (id) => (id === ID ? '\0' + ID : undefined),
    load(id) {
      if (id !== '\0' + ID) return undefined
      const doc = (file: string) => {
        this.addWatchFile(path(file))
        return { file, markdown: readFileSync(path(file), 'utf8') }
      }
      return `export default ${JSON.stringify(parseErrorReference({ en: doc(DOCS.en), zh: doc(DOCS.zh) }))}`
    },
  }
}
