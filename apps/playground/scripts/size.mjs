// Size budget of the built page (dist/, as `vite build` wrote it): what a visitor downloads.
// Prints raw and gzip bytes per file and in total; exits 1 over budget. The budget leaves ~15%
// headroom over the measured size (JS ~80 KB raw / ~27 KB gzip with core's codec, web-link builder
// and reader, and the error reference's text in two languages, ~9 KB gzip of it; CSS ~7 KB) to
// catch a framework or a dependency slipping in, not to police every byte. Issue 24 added the
// 微信客服 parameter's measure, builder and link reader (total 35.8 KB gzip measured): 38 KB.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const dist = fileURLToPath(new URL('../dist/', import.meta.url))
const BUDGET_GZIP = 38 * 1024 // every file of the page, gzipped
if (!existsSync(join(dist, 'index.html'))) {
  console.error('playground: dist/ is missing; run `pnpm --filter playground build` first')
  process.exit(1)
}
const files = ['index.html'].concat(readdirSync(join(dist, 'assets')).map((f) => 'assets/' + f))
let raw = 0
let gzip = 0
for (const f of files) {
  const bytes = readFileSync(join(dist, f))
  const z = gzipSync(bytes).length
  raw += bytes.length
  gzip += z
  console.log(`${f.padEnd(36)} ${String(bytes.length).padStart(7)} B  ${String(z).padStart(6)} B gzip`)
}
const ok = gzip <= BUDGET_GZIP
console.log(`${'total'.padEnd(36)} ${String(raw).padStart(7)} B  ${String(gzip).padStart(6)} B gzip  (budget ${BUDGET_GZIP} B gzip) ${ok ? 'ok' : 'OVER BUDGET'}`)
process.exit(ok ? 0 : 1)
