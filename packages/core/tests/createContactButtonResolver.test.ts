import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  contentKey,
  createContactButtonResolver,
  encodeSessionFrom,
  shortenFreeText,
  SobotContactError,
  type SobotContactIssue,
} from '../src/index'

afterEach(() => vi.restoreAllMocks())

describe('contentKey', () => {
  it('is equal exactly when the content is', () => {
    expect(contentKey({ a: 1, b: ['x', true, null] })).toBe(contentKey({ a: 1, b: ['x', true, null] }))
    expect(contentKey({ a: 1, b: 2 })).not.toBe(contentKey({ b: 2, a: 1 }))
    expect(contentKey({ a: NaN })).not.toBe(contentKey({ a: null }))
    expect(contentKey({ a: -0 })).not.toBe(contentKey({ a: 0 }))
    expect(contentKey({ a: undefined })).not.toBe(contentKey({}))
    expect(contentKey(['1'])).not.toBe(contentKey([1]))
    expect(contentKey({ a: Infinity })).not.toBe(contentKey({ a: -Infinity }))
    expect(contentKey(Object.create(null))).toBe(contentKey({}))
  })

  it('gives undefined for what it cannot key', () => {
    const cycle: Record<string, unknown> = {}
    cycle.self = cycle
    expect(contentKey(cycle)).toBeUndefined()
    expect(contentKey({ a: BigInt(1) })).toBeUndefined()
    expect(contentKey({ f: () => 1 })).toBeUndefined()
    expect(contentKey([Symbol('s')])).toBeUndefined()
    expect(contentKey({ d: new Date(0) })).toBeUndefined()
    // the same object twice (not a cycle) is fine
    const shared = { x: 1 }
    expect(contentKey([shared, shared])).toBe(contentKey([{ x: 1 }, { x: 1 }]))
    expect(contentKey([shared, shared])).toBeDefined()
  })
})

describe('createContactButtonResolver', () => {
  it('resolves once per content, whatever the identity', () => {
    const r = createContactButtonResolver()
    const a = r.resolve({ session: { nickname: 'Tom' } })
    expect(a.props.sessionFrom).toBe('sobot|Tom|||')
    expect(r.resolve({ session: { nickname: 'Tom' } })).toBe(a)
    const b = r.resolve({ session: { nickname: 'Ann' } })
    expect(b).not.toBe(a)
    expect(b.props.sessionFrom).toBe('sobot|Ann|||')
  })

  it('never throws on a cycle, a BigInt or a function, and reports a coded error', () => {
    const onError = vi.fn()
    const r = createContactButtonResolver({ onError })
    const o: Record<string, unknown> = { nickname: 'Tom', params: {} }
    ;(o.params as Record<string, unknown>).self = o
    const cyclic = r.resolve({ session: o })
    expect(cyclic.props.sessionFrom).toBe('sobot||||')
    expect(cyclic.errors.map((e) => [e.code, e.path])).toEqual([['INVALID_JSON_VALUE', 'params.self']])
    // not keyable: resolved again each time, never served from a stale cache
    expect(r.resolve({ session: o })).not.toBe(cyclic)

    const big = r.resolve({ session: { partnerId: BigInt(1) as unknown as number }, card: { title: BigInt(2) as unknown as string } })
    expect(big.props).toEqual({ openType: 'contact', sessionFrom: 'sobot||||' })
    expect(big.errors.map((e) => [e.code, e.path])).toEqual([
      ['INVALID_FIELD', 'partnerId'],
      ['INVALID_CARD', 'card.title'],
    ])
    expect(big.errors[1]?.message).toContain('got 2n')

    const fn = r.resolve({ session: { params: { f: (() => 1) as unknown as string } } })
    expect(fn.errors.map((e) => [e.code, e.path])).toEqual([['INVALID_JSON_VALUE', 'params.f']])
    r.report(cyclic)
    r.report(big)
    r.report(fn)
    expect(onError.mock.calls.map(([e]) => e.code)).toEqual(['INVALID_JSON_VALUE', 'INVALID_FIELD', 'INVALID_CARD', 'INVALID_JSON_VALUE'])
  })

  it('a getter that throws becomes INVALID_FIELD, not an exception', () => {
    const r = createContactButtonResolver()
    const hostile = {
      get nickname(): string {
        throw new Error('boom')
      },
    }
    const resolved = r.resolve({ session: hostile })
    expect(resolved.props.sessionFrom).toBe('sobot||||')
    expect(resolved.errors[0]).toBeInstanceOf(SobotContactError)
    expect(resolved.errors[0]?.code).toBe('INVALID_FIELD')
    expect(resolved.errors[0]?.message).toContain('boom')
  })

  it('reports each distinct problem once, by code, path and message', () => {
    const onError = vi.fn()
    const onWarning = vi.fn()
    const r = createContactButtonResolver({ onError, onWarning })
    const bad1 = r.resolve({ session: { nickname: 'A|B', partnerId: 'x|1' } })
    r.report(bad1)
    r.report(bad1)
    r.report(r.resolve({ session: { nickname: 'A|B', partnerId: 'x|1' } }))
    expect(onError).toHaveBeenCalledTimes(1)
    expect(onError.mock.calls[0]?.[0].path).toBe('partnerId')
    // the same code in another field is another problem
    r.report(r.resolve({ session: { robotId: 'y|2' } }))
    expect(onError).toHaveBeenCalledTimes(2)
    const good = r.resolve({ session: { nickname: 'A|B' } })
    r.report(good)
    r.report(good)
    expect(onWarning).toHaveBeenCalledTimes(1)
    expect((onWarning.mock.calls[0]?.[0] as SobotContactIssue).code).toBe('SEPARATOR_REPLACED')
  })

  it('without onError, each distinct error goes to console.error once', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const r = createContactButtonResolver()
    r.report(r.resolve({ session: { partnerId: 'a|b' } }))
    r.report(r.resolve({ session: { partnerId: 'a|b' } }))
    expect(log).toHaveBeenCalledTimes(1)
    expect((log.mock.calls[0]?.[0] as SobotContactError).code).toBe('SEPARATOR_IN_ID')
  })

  it('applies the overflow policy and resolves again when it changes', () => {
    const long = { nickname: '汤'.repeat(334) }
    const r = createContactButtonResolver()
    const strict = r.resolve({ session: long })
    expect(strict.errors.map((e) => e.code)).toEqual(['SESSION_FROM_TOO_LONG'])
    r.setOptions({ overflow: shortenFreeText })
    const shortened = r.resolve({ session: long })
    expect(shortened.errors).toEqual([])
    expect(shortened.warnings.map((w) => w.code)).toContain('SESSION_FROM_SHORTENED')
    expect(new TextEncoder().encode(shortened.props.sessionFrom).length).toBeLessThanOrEqual(1000)
  })

  it('contact: parses the card, navigates, reports a failed navigation', async () => {
    const onError = vi.fn()
    const r = createContactButtonResolver({ onError })
    expect(r.contact({})).toBeNull()
    const navigate = vi.fn(() => Promise.resolve())
    expect(r.contact({ path: 'pages/product/index', query: { id: '42' } }, navigate)?.url).toBe('/pages/product/index?id=42')
    expect(navigate).toHaveBeenCalledWith({ url: '/pages/product/index?id=42' })
    r.contact({ path: 'pages/tab/index' }, () => Promise.reject({ errMsg: 'navigateTo:fail can not navigateTo a tabbar page' }))
    await Promise.resolve()
    await Promise.resolve()
    expect(onError).toHaveBeenCalledTimes(1)
    const error = onError.mock.calls[0]?.[0] as SobotContactError
    expect([error.code, error.path]).toEqual(['NAVIGATION_FAILED', 'contact.path'])
    expect(error.message).toContain('/pages/tab/index')
    expect(error.message).toContain('tabbar')
    r.contact({ path: 'pages/x' }, () => {
      throw new Error('sync failure')
    })
    expect(onError).toHaveBeenCalledTimes(2)
    expect(encodeSessionFrom({})).toBe('sobot||||')
  })
})
