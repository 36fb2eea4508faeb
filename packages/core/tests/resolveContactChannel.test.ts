import { describe, expect, it } from 'vitest'
import { resolveContactChannel, SobotContactError, type ContactChannel, type ContactChannelInput } from '../src/index'

const PAGE = '/pages/sobot-chat/index'
/** A channel as a comparable row: the kind, plus the page or the error's code and path. */
const row = (c: ContactChannel) =>
  c.kind === 'open-chat-page' ? `open-chat-page ${c.page}` : 'error' in c && c.error ? `${c.kind} ${c.error.code} ${c.error.path}` : c.kind

const NATIVE = 'native-button'
const CHAT = 'open-chat-page ' + PAGE
const NO_LINK = 'unavailable MISSING_WEB_LINK webLink'
const NO_PAGE = 'unavailable MISSING_CHAT_PAGE chatPage'
// A WeChat client without the contact button and nothing configured: the native button stays, reported.
const NATIVE_NO_LINK = 'native-button MISSING_WEB_LINK webLink'
const NATIVE_NO_PAGE = 'native-button MISSING_CHAT_PAGE chatPage'

// Every platform × desktop WeChat × link × chat page, written out: [desktop, link, chatPage] → result.
type Combo = [boolean, boolean, boolean, string]
const WEAPP: Combo[] = [
  [false, false, false, NATIVE],
  [false, false, true, NATIVE],
  [false, true, false, NATIVE],
  [false, true, true, NATIVE],
  [true, false, false, NATIVE_NO_LINK], // desktop without a link keeps the native button, and says what to set
  [true, false, true, NATIVE_NO_LINK],
  [true, true, false, NATIVE_NO_PAGE],
  [true, true, true, CHAT],
]
const H5: Combo[] = [
  [false, false, false, NO_LINK],
  [false, false, true, NO_LINK],
  [false, true, false, 'open-link'],
  [false, true, true, 'open-link'],
  [true, false, false, NO_LINK],
  [true, false, true, NO_LINK],
  [true, true, false, 'open-link'],
  [true, true, true, 'open-link'],
]
const OTHER: Combo[] = [
  [false, false, false, NO_LINK],
  [false, false, true, NO_LINK],
  [false, true, false, NO_PAGE],
  [false, true, true, CHAT],
  [true, false, false, NO_LINK],
  [true, false, true, NO_LINK],
  [true, true, false, NO_PAGE],
  [true, true, true, CHAT],
]
const table: [string, boolean, boolean, boolean, string][] = []
const add = (platform: string, combos: Combo[]) => combos.forEach((c) => table.push([platform, ...c]))
add('weapp', WEAPP)
add('mp-weixin', WEAPP) // uni-app's name for the same target
add('h5', H5)
add('web', H5) // uni-app's newer name for H5
// The other mini-programs (Taro's and uni-app's names), uni-app / APICloud App web-views, and a
// platform this table has never heard of.
for (const platform of ['alipay', 'tt', 'swan', 'qq', 'jd', 'app', 'mp-alipay', 'mp-toutiao', 'harmony-hybrid']) add(platform, OTHER)

describe('resolveContactChannel: every platform × desktop WeChat × link × chat page', () => {
  it('covers 13 platforms × 8 combinations', () => {
    expect(table).toHaveLength(104)
  })

  it.each(table)('%s desktop=%s link=%s chatPage=%s → %s', (platform, desktop, link, page, expected) => {
    const input: ContactChannelInput = { platform, desktopWeChat: desktop, hasWebLink: link }
    if (page) input.chatPage = PAGE
    expect(row(resolveContactChannel(input))).toBe(expected)
  })
})

describe('resolveContactChannel: details', () => {
  it('the table rows that matter, spelled out', () => {
    expect(resolveContactChannel({ platform: 'weapp', hasWebLink: true, chatPage: PAGE })).toEqual({ kind: 'native-button' })
    expect(resolveContactChannel({ platform: 'weapp', desktopWeChat: true, hasWebLink: true, chatPage: PAGE })).toEqual({ kind: 'open-chat-page', page: PAGE })
    expect(resolveContactChannel({ platform: 'h5', hasWebLink: true })).toEqual({ kind: 'open-link' })
    expect(resolveContactChannel({ platform: 'alipay', hasWebLink: true, chatPage: PAGE })).toEqual({ kind: 'open-chat-page', page: PAGE })
  })

  it('keepNativeOnDesktop keeps the native button on desktop WeChat, and changes nothing elsewhere', () => {
    const base = { desktopWeChat: true, hasWebLink: true, chatPage: PAGE, keepNativeOnDesktop: true }
    expect(row(resolveContactChannel({ ...base, platform: 'weapp' }))).toBe(NATIVE)
    expect(row(resolveContactChannel({ ...base, platform: 'alipay' }))).toBe(CHAT)
    expect(row(resolveContactChannel({ ...base, platform: 'h5' }))).toBe('open-link')
  })

  it('a chat page without a leading "/" is made absolute (navigateTo reads it as relative otherwise)', () => {
    expect(resolveContactChannel({ platform: 'tt', hasWebLink: true, chatPage: 'pages/sobot-chat/index' })).toEqual({ kind: 'open-chat-page', page: PAGE })
  })

  it('a chat page that is not a page path is MISSING_CHAT_PAGE, on desktop WeChat too (where the native button stays)', () => {
    for (const chatPage of ['https://evil.example/x', '../secret/index', 'pages/a b']) {
      expect(row(resolveContactChannel({ platform: 'swan', hasWebLink: true, chatPage }))).toBe(NO_PAGE)
      expect(row(resolveContactChannel({ platform: 'weapp', desktopWeChat: true, hasWebLink: true, chatPage }))).toBe(NATIVE_NO_PAGE)
    }
  })

  it('the errors are SobotContactErrors whose message says which prop to set', () => {
    const noLink = resolveContactChannel({ platform: 'h5', hasWebLink: false })
    const noPage = resolveContactChannel({ platform: 'qq', hasWebLink: true })
    if (noLink.kind !== 'unavailable' || noPage.kind !== 'unavailable') throw new Error('expected unavailable')
    expect(noLink.error).toBeInstanceOf(SobotContactError)
    expect(noLink.error.message).toBe(
      "[sobot-contact] webLink: WeChat's contact button does not open on h5: set webLink to the link copied from Sobot's console (渠道 → 部署 → 链接), e.g. https://chat.sobot.com/chat/h5/v2/index.html?sysnum=…, and chatPage to your chat page",
    )
    expect(noPage.error.message).toBe(
      '[sobot-contact] chatPage: on qq Sobot opens in a <web-view> page of your app: add that page and set chatPage to its path, e.g. "/pages/sobot-chat/index"',
    )
  })

  it('without a link, MISSING_WEB_LINK is reported before MISSING_CHAT_PAGE', () => {
    expect(row(resolveContactChannel({ platform: 'jd', hasWebLink: false }))).toBe(NO_LINK)
  })
})

// SPEC §6.1, one row per WeChat client: [client, link, chatPage, keepNativeOn] → result.
describe('resolveContactChannel: every WeChat client × configuration (weapp / mp-weixin)', () => {
  const configs: [string, Partial<ContactChannelInput>][] = [
    ['no link', { hasWebLink: false }],
    ['link, no chat page', { hasWebLink: true }],
    ['link + chat page', { hasWebLink: true, chatPage: PAGE }],
    ['link + chat page, keepNativeOn all', { hasWebLink: true, chatPage: PAGE, keepNativeOn: ['ohos', 'windows', 'mac'] }],
  ]
  const expected: Record<string, string[]> = {
    ios: [NATIVE, NATIVE, NATIVE, NATIVE],
    android: [NATIVE, NATIVE, NATIVE, NATIVE],
    devtools: [NATIVE, NATIVE, NATIVE, NATIVE],
    'a-client-not-known-yet': [NATIVE, NATIVE, NATIVE, NATIVE],
    ohos: [NATIVE_NO_LINK, NATIVE_NO_PAGE, CHAT, NATIVE],
    harmonyos: [NATIVE_NO_LINK, NATIVE_NO_PAGE, CHAT, NATIVE],
    windows: [NATIVE_NO_LINK, NATIVE_NO_PAGE, CHAT, NATIVE],
    mac: [NATIVE_NO_LINK, NATIVE_NO_PAGE, CHAT, NATIVE],
  }
  const rows = Object.entries(expected).flatMap(([client, results]) => configs.map(([name, config], i) => [client, name, config, results[i]!] as const))
  it.each(rows)('%s, %s → %s', (client, _, config, result) => {
    for (const platform of ['weapp', 'mp-weixin']) expect(row(resolveContactChannel({ platform, client, hasWebLink: false, ...config }))).toBe(result)
  })

  it('the reported error names the client and what to configure', () => {
    const c = resolveContactChannel({ platform: 'weapp', client: 'ohos', hasWebLink: false })
    expect(c.kind === 'native-button' && c.error?.message).toBe(
      "[sobot-contact] webLink: WeChat's contact button does not open on WeChat for HarmonyOS: set webLink to the link copied from Sobot's console (渠道 → 部署 → 链接), e.g. https://chat.sobot.com/chat/h5/v2/index.html?sysnum=…, and chatPage to your chat page",
    )
    const page = resolveContactChannel({ platform: 'weapp', client: 'mac', hasWebLink: true })
    expect(page.kind === 'native-button' && page.error?.message).toContain('on WeChat for Mac Sobot opens in a <web-view> page of your app')
  })

  it('keepNativeOn names one client at a time; harmonyos and ohos are the same client; keepNativeOnDesktop is windows + mac', () => {
    const base = { platform: 'weapp', hasWebLink: true, chatPage: PAGE }
    expect(row(resolveContactChannel({ ...base, client: 'harmonyos', keepNativeOn: ['ohos'] }))).toBe(NATIVE)
    expect(row(resolveContactChannel({ ...base, client: 'ohos', keepNativeOn: ['harmonyos'] }))).toBe(NATIVE)
    expect(row(resolveContactChannel({ ...base, client: 'windows', keepNativeOn: ['ohos'] }))).toBe(CHAT)
    expect(row(resolveContactChannel({ ...base, client: 'mac', keepNativeOnDesktop: true }))).toBe(NATIVE)
    expect(row(resolveContactChannel({ ...base, client: 'ohos', keepNativeOnDesktop: true }))).toBe(CHAT)
    // a client inherited from Object.prototype is not a client
    expect(row(resolveContactChannel({ ...base, client: 'toString' }))).toBe(NATIVE)
  })
})

