import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick, reactive, ref, watch } from 'vue'
import * as core from '@sobot-contact/core'
import { encodeSessionFrom, toGroup, type SessionFromInput } from '@sobot-contact/core'
import { useSessionFrom } from '../src/useSessionFrom'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('useSessionFrom', () => {
  it('returns what core encodes, for a plain value, a ref and a getter', () => {
    const input: SessionFromInput = { nickname: 'Tom', transferAction: [toGroup('g-1')], partnerId: 'u-1' }
    expect(useSessionFrom(input).value).toBe(encodeSessionFrom(input))
    expect(useSessionFrom(ref(input)).value).toBe(encodeSessionFrom(input))
    expect(useSessionFrom(() => input).value).toBe(encodeSessionFrom(input))
    expect(useSessionFrom(undefined).value).toBe('sobot||||')
  })

  it('re-encodes only when the content changes', () => {
    // Over 1000 bytes the overflow policy runs once per encode: it counts the encodes.
    const overflow = vi.fn(core.shortenFreeText)
    const long = (partnerId: string): SessionFromInput => ({ nickname: '汤'.repeat(340), partnerId })
    const input = ref<SessionFromInput>(long('u'))
    const sessionFrom = useSessionFrom(input, { overflow })
    expect(sessionFrom.value).toMatch(/partnerid=u$/)
    expect(overflow).toHaveBeenCalledTimes(1)
    input.value = long('u') // new object, same content
    expect(sessionFrom.value).toMatch(/partnerid=u$/)
    expect(overflow).toHaveBeenCalledTimes(1)
    input.value = long('v')
    expect(sessionFrom.value).toMatch(/partnerid=v$/)
    expect(overflow).toHaveBeenCalledTimes(2)
  })

  it('tracks a reactive input deeply', async () => {
    const input = reactive<SessionFromInput>({ nickname: 'Tom', params: { step: 1 } })
    const sessionFrom = useSessionFrom(input)
    const seen: string[] = []
    watch(sessionFrom, (v) => seen.push(v))
    expect(sessionFrom.value).toBe('sobot|Tom||{"step":1}|')
    ;(input.params as Record<string, number>).step = 2
    await nextTick()
    expect(seen).toEqual(['sobot|Tom||{"step":2}|'])
  })

  it('never throws: falls back to default routing and reports each error', () => {
    const onError = vi.fn()
    const sessionFrom = useSessionFrom({ partnerId: 'a|b' }, { onError })
    expect(sessionFrom.value).toBe('sobot||||')
    expect(onError).toHaveBeenCalledTimes(1)
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'SEPARATOR_IN_ID', path: 'partnerId' })
  })

  it('logs with console.error once without onError', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const input = ref<SessionFromInput>({ partnerId: 'a|b' })
    const sessionFrom = useSessionFrom(input)
    expect(sessionFrom.value).toBe('sobot||||')
    input.value = { partnerId: 'a|b', nickname: '' }
    expect(sessionFrom.value).toBe('sobot||||')
    expect(log).toHaveBeenCalledTimes(1)
  })

  it("passes the encoder's options through (over-limit policy)", () => {
    const long: SessionFromInput = { nickname: '很'.repeat(400) }
    const onError = vi.fn()
    expect(useSessionFrom(long, { onError }).value).toBe('sobot||||')
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'SESSION_FROM_TOO_LONG' })
    const shortened = useSessionFrom(long, { overflow: core.shortenFreeText, onError }).value
    expect(new TextEncoder().encode(shortened).length).toBeLessThanOrEqual(1000)
    expect(shortened.startsWith('sobot|很')).toBe(true)
  })
})
