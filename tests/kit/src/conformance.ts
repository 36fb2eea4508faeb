// The one conformance spec every contact-button wrapper runs, with the same test names (the
// Taro component, the uni-app component, the APICloud component). A wrapper supplies a driver that
// mounts it in its framework's idiom; the expectations come from core, never from a hand-written
// list: the attribute names are CONTACT_BUTTON_ATTRIBUTES, the values getContactButtonProps.
import { describe, expect, it } from 'vitest'
import {
  CONTACT_BUTTON_ATTRIBUTES,
  getContactButtonProps,
  shortenFreeText,
  toAgent,
  type SobotContactError,
  toGroup,
  utf8ByteLength,
  type ContactButtonInput,
  type ContactEventDetail,
  type ContactTarget,
  type OverflowPolicy,
  type SobotContactIssue,
} from '@sobot-contact/core'

/** What the spec mounts a wrapper with (the same options everywhere). */
export interface ConformanceProps {
  session?: unknown
  card?: unknown
  overflow?: OverflowPolicy
  navigateOnContact?: boolean
}

/** Where the wrapper's reports go, wired in its idiom (props, emitted events, AVM events). */
export interface ConformanceHandlers {
  onError(error: SobotContactError): void
  onWarning(warning: SobotContactIssue): void
  onContact(target: ContactTarget | null): void
}

/** One mounted button. */
export interface ConformanceButton {
  /** The contact attributes as the button renders them, by WXML name; absent ones left out. */
  attributes(): Record<string, unknown>
  /** New props, as a parent re-render would pass them. */
  update(props: ConformanceProps): Promise<void>
  /** WeChat's `bindcontact` with this `detail`. */
  contact(detail: ContactEventDetail): Promise<void>
}

/** How a wrapper is mounted, and the stand-in for WeChat's navigation (which cannot run here). */
export interface ConformanceDriver {
  mount(props: ConformanceProps, handlers: ConformanceHandlers): Promise<ConformanceButton>
  /** URLs opened with `navigateTo` since the last {@link ConformanceDriver.reset}. */
  navigations(): string[]
  /** Makes every `navigateTo` fail until the next reset, as WeChat does for a tab-bar page. */
  failNavigation(): void
  /** Clears the recorded navigations and failures; called before every test. */
  reset(): void
}

const settle = async () => {
  for (let i = 0; i < 4; i++) await new Promise((resolve) => setTimeout(resolve, 0))
}

/** The attribute object core computes for an input, under WXML names. */
function expected(input: ContactButtonInput): Record<string, unknown> {
  const props = getContactButtonProps(input) as unknown as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const [camel, wxml] of Object.entries(CONTACT_BUTTON_ATTRIBUTES)) if (props[camel] !== undefined) out[wxml] = props[camel]
  return out
}

function recorder() {
  const log = { errors: [] as SobotContactError[], warnings: [] as SobotContactIssue[], contacts: [] as (ContactTarget | null)[] }
  const handlers: ConformanceHandlers = {
    onError: (e) => log.errors.push(e),
    onWarning: (w) => log.warnings.push(w),
    onContact: (t) => log.contacts.push(t),
  }
  return { log, handlers }
}

const codes = (errors: SobotContactError[]) => errors.map((e) => [e.code, e.path])

/**
 * Runs the contact-button conformance spec against one wrapper.
 *
 * @param name - The wrapper, e.g. `'<SobotContactButton> (Taro)'`.
 * @param driver - Mounts it and stands in for WeChat's navigation.
 * @example
 * describeContactButtonConformance('<sobot-contact-button> (uni-app)', uniDriver)
 */
export function describeContactButtonConformance(name: string, driver: ConformanceDriver): void {
  describe(`${name} — contact-button conformance`, () => {
    const mount = (props: ConformanceProps) => {
      driver.reset()
      const { log, handlers } = recorder()
      return driver.mount(props, handlers).then(async (button) => {
        await settle()
        return { button, log }
      })
    }
    const session = {
      nickname: 'Tom 汤姆',
      avatarUrl: 'https://example.com/tom.png',
      params: { vip: true },
      transferAction: [toGroup('g-1', { overflowWhen: 'allBusy' }), toAgent('a-7')],
      partnerId: 'user-42',
    }
    const card = { title: 'Blue mug', path: 'pages/product/index?id=42', imageUrl: 'https://example.com/mug.png' }

    it('renders exactly the attributes core computes, named by CONTACT_BUTTON_ATTRIBUTES', async () => {
      const { button, log } = await mount({ session, card })
      expect(Object.keys(expected({ session, card })).sort()).toEqual(Object.values(CONTACT_BUTTON_ATTRIBUTES).sort())
      expect(button.attributes()).toEqual(expected({ session, card }))
      await button.update({ session })
      expect(button.attributes()).toEqual(expected({ session }))
      expect(log.errors).toEqual([])
    })

    it('bad input: falls back to sobot|||| and reports a coded error', async () => {
      const { button, log } = await mount({ session: { nickname: 'Tom', partnerId: 'user|42' }, card: { path: 'https://evil.example/x' } })
      expect(button.attributes()).toEqual({ 'open-type': 'contact', 'session-from': 'sobot||||' })
      expect(codes(log.errors)).toEqual([
        ['SEPARATOR_IN_ID', 'partnerId'],
        ['INVALID_CARD', 'card.path'],
      ])
      for (const error of log.errors) {
        // by name: a bundled build (APICloud's AVM module) carries its own copy of the class
        expect(error).toBeInstanceOf(Error)
        expect(error.name).toBe('SobotContactError')
        expect(error.message).toMatch(/^\[sobot-contact\] /)
      }
    })

    it('circular input: returns a value and reports a coded error', async () => {
      const cyclic: Record<string, unknown> = { nickname: 'Tom', params: {} }
      ;(cyclic.params as Record<string, unknown>).self = cyclic
      const { button, log } = await mount({ session: cyclic })
      expect(button.attributes()['session-from']).toBe('sobot||||')
      expect(codes(log.errors)).toEqual([['INVALID_JSON_VALUE', 'params.self']])
    })

    it('BigInt input: returns a value and reports a coded error', async () => {
      const { button, log } = await mount({ session: { nickname: 'Tom', partnerId: BigInt(42) } })
      expect(button.attributes()['session-from']).toBe('sobot||||')
      expect(codes(log.errors)).toEqual([['INVALID_FIELD', 'partnerId']])
    })

    it('reports each distinct problem once, however often it re-renders', async () => {
      const bad = { partnerId: 'user|42' }
      const { button, log } = await mount({ session: bad })
      await button.update({ session: { ...bad } })
      await button.update({ session: { ...bad }, navigateOnContact: true })
      expect(codes(log.errors)).toEqual([['SEPARATOR_IN_ID', 'partnerId']])
      await button.update({ session: { partnerId: 'x'.repeat(101) } })
      expect(codes(log.errors)).toEqual([
        ['SEPARATOR_IN_ID', 'partnerId'],
        ['PARTNER_ID_TOO_LONG', 'partnerId'],
      ])
      await button.update({ session: { nickname: 'Tom' } })
      expect(button.attributes()['session-from']).toBe('sobot|Tom|||')
      expect(log.errors).toHaveLength(2)
    })

    it('warnings: each distinct change reported once, the value still encoded', async () => {
      const { button, log } = await mount({ session: { nickname: 'A|B' } })
      await button.update({ session: { nickname: 'A|B' } })
      expect(button.attributes()['session-from']).toBe('sobot|A｜B|||')
      expect(log.warnings.map((w) => [w.code, w.path])).toEqual([['SEPARATOR_REPLACED', 'nickname']])
      expect(log.errors).toEqual([])
    })

    it('overflow: an error by default, shortened under the policy', async () => {
      const long = { nickname: '汤'.repeat(334), partnerId: 'user-42' }
      const strict = await mount({ session: long })
      expect(strict.button.attributes()['session-from']).toBe('sobot||||')
      expect(codes(strict.log.errors)).toEqual([['SESSION_FROM_TOO_LONG', 'nickname']])
      const lenient = await mount({ session: long, overflow: shortenFreeText })
      const value = lenient.button.attributes()['session-from'] as string
      expect(utf8ByteLength(value)).toBeLessThanOrEqual(1000)
      expect(value.endsWith('|partnerid=user-42')).toBe(true)
      expect(lenient.log.warnings.map((w) => w.code)).toContain('SESSION_FROM_SHORTENED')
      expect(lenient.log.errors).toEqual([])
    })

    it('contact event: the parsed target, and navigation only when asked', async () => {
      const detail = { path: 'pages/product/index', query: { id: '42' } }
      const quiet = await mount({ session })
      await quiet.button.contact(detail)
      await quiet.button.contact({})
      expect(quiet.log.contacts).toEqual([{ url: '/pages/product/index?id=42', path: 'pages/product/index', query: { id: '42' } }, null])
      expect(driver.navigations()).toEqual([])
      const navigating = await mount({ session, navigateOnContact: true })
      await navigating.button.contact(detail)
      await navigating.button.contact({})
      expect(driver.navigations()).toEqual(['/pages/product/index?id=42'])
    })

    it('a failed navigation is reported as NAVIGATION_FAILED, never thrown', async () => {
      const { button, log } = await mount({ session, navigateOnContact: true })
      driver.failNavigation()
      await button.contact({ path: 'pages/tab/index' })
      await settle()
      expect(codes(log.errors)).toEqual([['NAVIGATION_FAILED', 'contact.path']])
      expect(log.errors[0]?.message).toContain('/pages/tab/index')
    })
  })
}

/**
 * A stand-in for `wx.navigateTo` / `uni.navigateTo` (WeChat cannot run here), promise-style as both
 * are without callbacks: records each URL, or refuses every navigation the way WeChat refuses a
 * tab-bar page. Spread it into a driver and install `navigateTo` as the runtime's global.
 *
 * @example
 * const nav = navigationStandIn()
 * vi.stubGlobal('uni', { navigateTo: nav.navigateTo })
 * describeContactButtonConformance('…', { mount, ...nav })
 */
export function navigationStandIn() {
  const urls: string[] = []
  let failing = false
  return {
    navigateTo({ url }: { url: string }): Promise<{ errMsg: string }> {
      if (failing) return Promise.reject({ errMsg: 'navigateTo:fail can not navigateTo a tabbar page' })
      urls.push(url)
      return Promise.resolve({ errMsg: 'navigateTo:ok' })
    },
    navigations: () => [...urls],
    failNavigation() {
      failing = true
    },
    reset() {
      urls.length = 0
      failing = false
    },
  }
}
