// createContactButtonResolver: what it caches on, what it reports (once), and how contact() reports
// a failed navigation. navigateTo stand-ins play the framework's router (no mini-program runtime here).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createContactButtonResolver, SobotContactError, type SobotContactIssue } from '../src/index'

afterEach(() => vi.restoreAllMocks())

describe('resolve', () => {
  it('caches on the session and the card together', () => {
    const r = createContactButtonResolver()
    const a = r.resolve({ session: { nickname: 'Tom' }, card: { title: 'A' } })
    expect(a.props).toStrictEqual({ openType: 'contact', sessionFrom: 'sobot|Tom|||', showMessageCard: true, sendMessageTitle: 'A' })
    const b = r.resolve({ session: { nickname: 'Tom' }, card: { title: 'B' } })
    expect(b).not.toBe(a)
    expect(b.props.sendMessageTitle).toBe('B')
    expect(r.resolve({ session: { nickname: 'Tom' }, card: { title: 'B' } })).toBe(b)
  })

  it('keeps the cache when setOptions leaves the overflow policy as it was', () => {
    const policy = (v: object) => v
    const r = createContactButtonResolver({ overflow: policy })
    const a = r.resolve({ session: { nickname: 'Tom' } })
    r.setOptions({ overflow: policy, onError: () => undefined })
    expect(r.resolve({ session: { nickname: 'Tom' } })).toBe(a)
  })

  it('an input that cannot be read resolves to the fallback with one INVALID_FIELD error (path "") quoting the cause', () => {
    const r = createContactButtonResolver()
    const resolved = r.resolve({
      session: {
        get nickname(): string {
          throw new RangeError('boom')
        },
      },
    })
    expect(resolved.props).toStrictEqual({ openType: 'contact', sessionFrom: 'sobot||||' })
    expect(resolved.warnings).toEqual([])
    expect(resolved.errors.map((e) => [e.code, e.path])).toEqual([['INVALID_FIELD', '']])
    expect(resolved.errors[0]?.message).toMatch(/^\[sobot-contact\] .*RangeError: boom/)
  })
})

describe('report', () => {
  it('without onWarning, warnings are not an error and nothing throws', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const r = createContactButtonResolver()
    expect(() => r.report(r.resolve({ session: { nickname: 'a|b' } }))).not.toThrow()
    expect(log).not.toHaveBeenCalled()
  })

  it('uses the options set last', () => {
    const first: string[] = []
    const second: string[] = []
    const r = createContactButtonResolver({ onError: (e) => first.push(e.code) })
    r.setOptions({ onError: (e) => second.push(e.code), onWarning: (w: SobotContactIssue) => second.push(w.code) })
    r.report(r.resolve({ session: { nickname: 'a|b', partnerId: 'x|y' } }))
    expect(first).toEqual([])
    expect(second).toEqual(['SEPARATOR_IN_ID'])
    r.report(r.resolve({ session: { nickname: 'a|b' } }))
    expect(second).toEqual(['SEPARATOR_IN_ID', 'SEPARATOR_REPLACED'])
  })

  it('a problem with the same code and path but another value is reported again', () => {
    const seen: string[] = []
    const r = createContactButtonResolver({ onError: (e) => seen.push(e.message) })
    r.report(r.resolve({ card: { title: 1 as never } }))
    r.report(r.resolve({ card: { title: 2 as never } }))
    r.report(r.resolve({ card: { title: 1 as never } }))
    expect(seen).toHaveLength(2)
    expect(seen[0]).toMatch(/card\.title: .*1$/)
    expect(seen[1]).toMatch(/card\.title: .*2$/)
  })
})

describe('contact', () => {
  it('without navigateTo, only parses', () => {
    const r = createContactButtonResolver()
    expect(r.contact({ path: 'pages/a/index', query: 'id=1' })).toStrictEqual({ url: '/pages/a/index?id=1', path: 'pages/a/index', query: { id: '1' } })
    expect(r.contact(null, () => {
      throw new Error('must not navigate')
    })).toBeNull()
  })

  it('a navigateTo that returns nothing (callback style) or a non-promise is fine', () => {
    const onError = vi.fn()
    const r = createContactButtonResolver({ onError })
    const urls: string[] = []
    r.contact({ path: 'pages/a/index' }, ({ url }) => void urls.push(url))
    r.contact({ path: 'pages/b/index' }, ({ url }) => ({ then: 'not a function', url }))
    expect(urls).toEqual(['/pages/a/index'])
    expect(onError).not.toHaveBeenCalled()
  })

  it('NAVIGATION_FAILED (path contact.path) names the URL and the reason, errMsg first', async () => {
    const messages: string[] = []
    const r = createContactButtonResolver({ onError: (e) => (expect(e).toBeInstanceOf(SobotContactError), messages.push(`${e.code} ${e.path} ${e.message}`)) })
    r.contact({ path: 'pages/tab/index' }, () => Promise.reject({ errMsg: 'navigateTo:fail tabbar' }))
    r.contact({ path: 'pages/gone/index' }, () => Promise.reject(new Error('no such page')))
    r.contact({ path: 'pages/sync/index' }, () => {
      throw 'sync failure'
    })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(messages).toHaveLength(3)
    expect(messages[0]).toMatch(/^NAVIGATION_FAILED contact\.path \[sobot-contact\] contact\.path: .*\/pages\/sync\/index.*sync failure.*switchTab/)
    expect(messages[1]).toMatch(/^NAVIGATION_FAILED contact\.path \[sobot-contact\] contact\.path: .*\/pages\/tab\/index.*navigateTo:fail tabbar/)
    expect(messages[1]).not.toContain('[object Object]')
    expect(messages[2]).toMatch(/\/pages\/gone\/index.*Error: no such page/)
  })

  it('without onError, a failed navigation goes to console.error', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const r = createContactButtonResolver()
    r.contact({ path: 'pages/x/index' }, () => {
      throw new Error('x')
    })
    expect(log).toHaveBeenCalledTimes(1)
    expect((log.mock.calls[0]?.[0] as SobotContactError).code).toBe('NAVIGATION_FAILED')
  })
})
