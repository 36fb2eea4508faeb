import { describe, expect, it } from 'vitest'
import * as core from '@sobot-contact/core'

// The built entry (what a user imports): every core export, plus the Vue binding.
describe('@sobot-contact/uni-vue entry (dist)', () => {
  it('re-exports the whole core and adds useSessionFrom (ESM)', async () => {
    const entry = await import('../dist/index.js')
    for (const name of Object.keys(core)) expect(entry[name as keyof typeof entry], name).toBe(core[name as keyof typeof core])
    expect(typeof entry.useSessionFrom).toBe('function')
    expect(Object.keys(entry).sort()).toEqual([...Object.keys(core), 'useSessionFrom'].sort())
  })

  it('works from CommonJS too', async () => {
    const { createRequire } = await import('node:module')
    const entry = createRequire(import.meta.url)('../dist/index.cjs') as Record<string, unknown>
    expect(typeof entry.useSessionFrom).toBe('function')
    expect(typeof entry.encodeSessionFrom).toBe('function')
  })
})
