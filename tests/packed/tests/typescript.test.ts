import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { expect, inject, test } from 'vitest'

const { dirs, installs } = inject('packed')

test('the TypeScript project installs the tarballs', () => {
  expect(installs.typescript.status, installs.typescript.log).toBe(0)
})

// index.ts imports core, /unionid, /agent, apicloud and uni-vue with strict, noUncheckedIndexedAccess
// and exactOptionalPropertyTypes, and holds one @ts-expect-error that must still be an error.
test.each(['nodenext', 'bundler'])('tsc --strict compiles against the packed types (moduleResolution %s)', (resolution) => {
  const tsc = spawnSync(process.execPath, [join(dirs.typescript, 'node_modules/typescript/bin/tsc'), '-p', `tsconfig.${resolution}.json`], {
    cwd: dirs.typescript,
    encoding: 'utf8',
  })
  expect(tsc.stdout + tsc.stderr).toBe('')
  expect(tsc.status).toBe(0)
})
