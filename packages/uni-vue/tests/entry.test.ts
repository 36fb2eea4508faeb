import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import * as core from '@sobot-contact/core'

// The built entry (what a user imports), loaded by path so type checking does not need a build.
const ESM_ENTRY = '../dist/index.js'
const CJS_ENTRY = '../dist/index.cjs'

describe('@sobot-contact/uni-vue entry (dist)', () => {
  it('re-exports the whole core and adds useSessionFrom and useContactChannel (ESM)', async () => {
    const entry = (await import(/* @vite-ignore */ ESM_ENTRY)) as Record<string, unknown>
    // weComKf is this package's own: core's with uni-app's opener for the build.
    for (const name of Object.keys(core)) if (name !== 'weComKf') expect(entry[name], name).toBe(core[name as keyof typeof core])
    expect([typeof entry.weComKf, entry.weComKf === core.weComKf]).toEqual(['function', false])
    expect(typeof entry.useSessionFrom).toBe('function')
    expect(typeof entry.useContactChannel).toBe('function')
    expect(Object.keys(entry).sort()).toEqual([...Object.keys(core), 'useContactChannel', 'useSessionFrom'].sort())
  })

  it('works from CommonJS too', () => {
    const entry = createRequire(import.meta.url)(CJS_ENTRY) as Record<string, unknown>
    expect(typeof entry.useSessionFrom).toBe('function')
    expect(typeof entry.useContactChannel).toBe('function')
    expect(typeof entry.encodeSessionFrom).toBe('function')
    expect(entry.SobotContactError).toBeTypeOf('function')
  })
})
