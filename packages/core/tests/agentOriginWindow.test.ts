// The origin and window checks of the workbench card helpers: who may receive cid/uid, and whose
// "selected" message may switch the visitor. Windows are recording stand-ins (no browser here);
// apps/agent-card-demo runs the same code in Chromium.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { errorOf } from './errorOf'
import { buildMiniPageMessage, onVisitorSelected, readDockingContext, resolveWorkbenchOrigin, sendMiniPageCard, validateMiniPageMessage, type AgentWindow, type MiniPageMessageInput } from '../src/agent'

afterEach(() => {
  vi.unstubAllGlobals()
})

const miniPage = { title: 'Blue mug', pagepath: 'pages/product/index?id=42', thumbMediaId: 'MEDIA_ID_1' }
// Built inside each test, never at load time: a planted bug in the validator must fail tests, not the file's import.
let built: ReturnType<typeof buildMiniPageMessage> | undefined
const card = () => (built = built || buildMiniPageMessage({ cid: 'C', uid: 'U', miniPage }))

type Listener = (e: MessageEvent) => void
/** A window inside an iframe whose parent records what is posted to it. */
function framedWindow(location: AgentWindow['location'] = {}, referrer?: string) {
  const posted: [unknown, string][] = []
  const added: [string, Listener][] = []
  const removed: [string, Listener][] = []
  const parent = { postMessage: (m: unknown, o: string) => void posted.push([m, o]) }
  const win = {
    parent,
    location,
    ...(referrer === undefined ? {} : { document: { referrer } }),
    addEventListener: (type: string, l: Listener) => void added.push([type, l]),
    removeEventListener: (type: string, l: Listener) => void removed.push([type, l]),
  }
  const emit = (data: unknown, origin: string, source: unknown = parent) => {
    for (const [type, l] of added) if (type === 'message' && !removed.some(([, r]) => r === l)) l({ data, origin, source } as MessageEvent)
  }
  return { win: win as AgentWindow, posted, added, removed, emit, parent }
}

const where = (run: () => unknown) => {
  const e = errorOf(run)
  return [e.code, e.path]
}

describe('resolveWorkbenchOrigin', () => {
  it('takes the nearest ancestor origin, exactly as the browser reports it', () => {
    expect(resolveWorkbenchOrigin({ location: { ancestorOrigins: ['https://wb.example:8443', 'https://top.example'] } })).toBe('https://wb.example:8443')
  })

  it('falls back to the referrer\'s origin when there is no usable ancestor origin', () => {
    const referrer = 'https://wb.example/console/chat?x=1#y'
    for (const location of [{}, { ancestorOrigins: [] }, { ancestorOrigins: [''] }, { ancestorOrigins: ['null'] }, undefined]) {
      const win: AgentWindow = { document: { referrer }, ...(location ? { location } : {}) }
      expect(resolveWorkbenchOrigin(win), JSON.stringify(location)).toBe('https://wb.example')
    }
  })

  it('null when neither tells: no window, no location and no document, an empty or unparsable referrer, a sandboxed ("null") ancestor', () => {
    expect(resolveWorkbenchOrigin(undefined)).toBeNull()
    expect(resolveWorkbenchOrigin()).toBeNull() // no global window here
    expect(resolveWorkbenchOrigin({})).toBeNull()
    expect(resolveWorkbenchOrigin({ document: {} })).toBeNull()
    expect(resolveWorkbenchOrigin({ document: { referrer: '' } })).toBeNull()
    expect(resolveWorkbenchOrigin({ document: { referrer: 'not a url' } })).toBeNull()
    expect(resolveWorkbenchOrigin({ location: { ancestorOrigins: ['null'] } })).toBeNull()
  })

  it('defaults to the global window', () => {
    vi.stubGlobal('window', { location: { ancestorOrigins: ['https://global.example'] } })
    expect(resolveWorkbenchOrigin()).toBe('https://global.example')
  })
})

describe('sendMiniPageCard: where the card goes', () => {
  it('posts the checked message to window.parent with the pinned origin, exactly once', () => {
    const f = framedWindow({ ancestorOrigins: ['https://framer.example'] })
    sendMiniPageCard(card(), { window: f.win, targetOrigin: 'https://wb.example' })
    expect(f.posted).toEqual([[card(), 'https://wb.example']])
  })

  it('posts a fresh copy holding only the card fields', () => {
    const f = framedWindow({ ancestorOrigins: ['https://wb.example'] })
    const extra = { ...card(), miniPage: { ...miniPage, name: 'Shop' } }
    sendMiniPageCard(extra, { window: f.win })
    expect(f.posted).toHaveLength(1)
    expect(f.posted[0]?.[0]).toStrictEqual({ cid: 'C', uid: 'U', msgType: 26, miniPage: { ...miniPage, name: 'Shop' } })
    expect(f.posted[0]?.[0]).not.toBe(extra)
  })

  it('uses the global window when none is passed', () => {
    const f = framedWindow({ ancestorOrigins: ['https://wb.example'] })
    vi.stubGlobal('window', f.win)
    sendMiniPageCard(card())
    expect(f.posted).toEqual([[card(), 'https://wb.example']])
  })

  it('with no window at all, an explicit target and origin still work; without a target: NO_WORKBENCH_WINDOW', () => {
    const posted: unknown[] = []
    sendMiniPageCard(card(), { target: { postMessage: (m, o) => posted.push([m, o]) }, targetOrigin: 'https://wb.example' })
    expect(posted).toEqual([[card(), 'https://wb.example']])
    expect(where(() => sendMiniPageCard(card(), { targetOrigin: 'https://wb.example' }))).toEqual(['NO_WORKBENCH_WINDOW', 'target'])
  })

  it('an explicit target wins over window.parent', () => {
    const f = framedWindow({ ancestorOrigins: ['https://wb.example'] })
    const posted: unknown[] = []
    sendMiniPageCard(card(), { window: f.win, target: { postMessage: (m, o) => posted.push([m, o]) } })
    expect(posted).toEqual([[card(), 'https://wb.example']])
    expect(f.posted).toEqual([])
  })

  it("'*' only with allowAnyOrigin === true", () => {
    const f = framedWindow({ ancestorOrigins: ['https://wb.example'] })
    for (const allowAnyOrigin of [false, undefined, 'true', 1]) {
      const e = errorOf(() => sendMiniPageCard(card(), { window: f.win, targetOrigin: '*', allowAnyOrigin: allowAnyOrigin as boolean }))
      expect([e.code, e.path]).toEqual(['INVALID_TARGET_ORIGIN', 'targetOrigin'])
      expect(e.message).toContain('{ allowAnyOrigin: true }')
    }
    expect(f.posted).toEqual([])
    sendMiniPageCard(card(), { window: f.win, targetOrigin: '*', allowAnyOrigin: true })
    expect(f.posted).toEqual([[card(), '*']])
  })

  it('allowAnyOrigin does not let anything but "*" or an origin through', () => {
    const f = framedWindow()
    for (const bad of ['https://wb.example/chat', 'wb.example', '**']) {
      expect(where(() => sendMiniPageCard(card(), { window: f.win, targetOrigin: bad, allowAnyOrigin: true })), bad).toEqual(['INVALID_TARGET_ORIGIN', 'targetOrigin'])
    }
    expect(f.posted).toEqual([])
  })

  it('INVALID_TARGET_ORIGIN for what is not a string origin; "did you mean" only when there is an origin to suggest', () => {
    const f = framedWindow()
    const bad: [unknown, string | null][] = [
      [42, null],
      [{ toString: () => 'https://wb.example' }, 'https://wb.example'],
      [new URL('https://wb.example'), 'https://wb.example'],
      ['wb.example.com', null],
      ['file:///etc/passwd', null], // opaque origin "null": nothing to suggest
      ['null', null],
      ['https://wb.example/', 'https://wb.example'],
      ['HTTPS://wb.example', 'https://wb.example'],
    ]
    for (const [origin, suggestion] of bad) {
      const e = errorOf(() => sendMiniPageCard(card(), { window: f.win, targetOrigin: origin as string }))
      expect([e.code, e.path], String(origin)).toEqual(['INVALID_TARGET_ORIGIN', 'targetOrigin'])
      expect(e.message).toMatch(/^\[sobot-contact\] targetOrigin: /)
      if (suggestion) expect(e.message).toContain(`did you mean "${suggestion}"?`)
      else expect(e.message).not.toContain('did you mean')
    }
    expect(f.posted).toEqual([])
  })

  it('accepts origins with a port, http on 127.0.0.1, and IPv6', () => {
    const f = framedWindow()
    for (const origin of ['https://wb.example:8443', 'http://127.0.0.1:4300', 'http://[::1]:4300']) {
      sendMiniPageCard(card(), { window: f.win, targetOrigin: origin })
    }
    expect(f.posted.map(([, o]) => o)).toEqual(['https://wb.example:8443', 'http://127.0.0.1:4300', 'http://[::1]:4300'])
  })
})

describe('onVisitorSelected: whose "selected" counts', () => {
  const selected = (cid: string) => ({ name: 'selected', cid, uid: 'U-' + cid })

  it("listens to 'message' on the given window and removes exactly that listener", () => {
    const f = framedWindow({ ancestorOrigins: ['https://wb.example'] })
    const stop = onVisitorSelected(() => undefined, { source: f.win })
    expect(f.added.map(([type]) => type)).toEqual(['message'])
    stop()
    expect(f.removed).toEqual(f.added)
  })

  it('hands the listener the visitor (ids as strings, absent ids left absent) and the event', () => {
    const f = framedWindow({ ancestorOrigins: ['https://wb.example'] })
    const calls: [unknown, MessageEvent][] = []
    onVisitorSelected((v, e) => calls.push([v, e]), { source: f.win })
    f.emit({ name: 'selected', cid: 7, uid: 'U', groupId: 9 }, 'https://wb.example')
    f.emit({ name: 'selected', cid: 'C' }, 'https://wb.example')
    expect(calls.map(([v]) => v)).toStrictEqual([
      { name: 'selected', cid: '7', uid: 'U', groupId: 9 },
      { name: 'selected', cid: 'C' },
    ])
    expect(calls[0]?.[1]).toMatchObject({ origin: 'https://wb.example', source: f.parent })
  })

  it('ignores what is not a {name: "selected"} object, without throwing', () => {
    const f = framedWindow({ ancestorOrigins: ['https://wb.example'] })
    const seen: unknown[] = []
    onVisitorSelected((v) => seen.push(v), { source: f.win })
    function selectedFn() {}
    Object.defineProperty(selectedFn, 'name', { value: 'selected' })
    for (const data of [null, 'null', '"selected"', 'selected', 42, undefined, selectedFn, { name: 'Selected' }, { type: 'selected' }, '{"name":"selected"']) {
      expect(() => f.emit(data, 'https://wb.example')).not.toThrow()
    }
    expect(seen).toEqual([])
    f.emit('{"name":"selected","cid":"J"}', 'https://wb.example')
    expect(seen).toEqual([{ name: 'selected', cid: 'J' }])
  })

  it('uses the global window when no source is passed', () => {
    const f = framedWindow({ ancestorOrigins: ['https://wb.example'] })
    vi.stubGlobal('window', f.win)
    const seen: unknown[] = []
    onVisitorSelected((v) => seen.push(v.cid))
    f.emit(selected('G'), 'https://wb.example')
    f.emit(selected('EVIL'), 'https://evil.example')
    expect(seen).toEqual(['G'])
  })

  it('with no window, or one that cannot listen, returns a stop function that does nothing', () => {
    const stop = onVisitorSelected(() => undefined)
    expect(typeof stop).toBe('function')
    expect(stop()).toBeUndefined()
    const deaf = onVisitorSelected(() => undefined, { source: {} })
    expect(deaf()).toBeUndefined()
  })

  it('stop() works on a window without removeEventListener', () => {
    const f = framedWindow({ ancestorOrigins: ['https://wb.example'] })
    const win = { ...f.win }
    delete win.removeEventListener
    const stop = onVisitorSelected(() => undefined, { source: win })
    expect(() => stop()).not.toThrow()
  })

  it('a pinned origin is compared exactly: no scheme, port or subdomain variant passes', () => {
    const f = framedWindow({ ancestorOrigins: ['https://wb.example'] })
    const seen: unknown[] = []
    onVisitorSelected((v) => seen.push(v.cid), { source: f.win, origin: 'https://wb.example' })
    for (const origin of ['http://wb.example', 'https://wb.example:443x', 'https://wb.example:8443', 'https://a.wb.example', 'https://wb.example.evil', 'null', '*', '']) {
      f.emit(selected(origin || 'EMPTY'), origin)
    }
    f.emit(selected('OK'), 'https://wb.example')
    expect(seen).toEqual(['OK'])
  })

  it("origin '*' is allowed here (the window check still applies) and checked before listening", () => {
    const f = framedWindow()
    const seen: unknown[] = []
    onVisitorSelected((v) => seen.push(v.cid), { source: f.win, origin: '*' })
    f.emit(selected('ANY'), 'https://any.example')
    f.emit(selected('SIBLING'), 'https://any.example', {})
    expect(seen).toEqual(['ANY'])
    const e = errorOf(() => onVisitorSelected(() => undefined, { source: f.win, origin: 'wb.example' }))
    expect([e.code, e.path]).toEqual(['INVALID_TARGET_ORIGIN', 'origin'])
    expect(e.message).toMatch(/^\[sobot-contact\] origin: /)
    expect(e.message).not.toContain('allowAnyOrigin')
    expect(f.added).toHaveLength(1)
  })
})

describe('readDockingContext', () => {
  it('reads every optional parameter, and only those', () => {
    const url =
      'https://crm.example/card?cid=C1&uid=U1&partnerId=P&email=a%40b.example&sign=S&timestamp=1700000000&createChatTime=T&params=%7B%7D&groupId=G&groupName=%E5%94%AE%E5%89%8D&other=x'
    expect(readDockingContext(url)).toStrictEqual({
      cid: 'C1',
      uid: 'U1',
      partnerId: 'P',
      email: 'a@b.example',
      sign: 'S',
      timestamp: '1700000000',
      createChatTime: 'T',
      params: '{}',
      groupId: 'G',
      groupName: '售前',
    })
    expect(readDockingContext(new URL('https://crm.example/?cid=C&uid=U'))).toStrictEqual({ cid: 'C', uid: 'U' })
    expect(readDockingContext('https://crm.example/?cid=C&uid=U&email=')).toStrictEqual({ cid: 'C', uid: 'U', email: '' })
  })

  it('reads a relative URL or a bare query too', () => {
    expect(readDockingContext('/card?cid=C&uid=U&groupId=G')).toStrictEqual({ cid: 'C', uid: 'U', groupId: 'G' })
    expect(readDockingContext('?cid=C&uid=U')).toStrictEqual({ cid: 'C', uid: 'U' })
  })

  it('MISSING_DOCKING_PARAM for both ids at once, saying where they come from', () => {
    for (const url of ['/card', 'https://crm.example/card', 'https://crm.example/card?cid=&uid=']) {
      const e = errorOf(() => readDockingContext(url))
      expect(e.issues.map((i) => [i.code, i.path])).toEqual([
        ['MISSING_DOCKING_PARAM', 'cid'],
        ['MISSING_DOCKING_PARAM', 'uid'],
      ])
      expect(e.message).toMatch(/^\[sobot-contact\] cid: .*\?cid=…&uid=…/)
    }
  })

  it('defaults to location.href', () => {
    expect(where(() => readDockingContext())).toEqual(['MISSING_DOCKING_PARAM', 'cid']) // no location here
    vi.stubGlobal('location', {})
    expect(where(() => readDockingContext())).toEqual(['MISSING_DOCKING_PARAM', 'cid'])
    vi.stubGlobal('location', { href: 'https://crm.example/card?cid=LC&uid=LU' })
    expect(readDockingContext()).toStrictEqual({ cid: 'LC', uid: 'LU' })
  })
})

describe('validateMiniPageMessage', () => {
  const paths = (input: unknown) => validateMiniPageMessage(input as MiniPageMessageInput).map((i) => [i.code, i.path])

  it('an absent or non-object input or card: the ids and the card, nothing more', () => {
    const all = [
      ['MISSING_DOCKING_PARAM', 'cid'],
      ['MISSING_DOCKING_PARAM', 'uid'],
      ['INVALID_MINI_PAGE', 'miniPage'],
    ]
    expect(paths(undefined)).toEqual(all)
    expect(paths(null)).toEqual(all)
    expect(paths({ cid: 1, uid: {}, miniPage: 'card' })).toEqual(all)
    expect(paths({ cid: 'C', uid: 'U', miniPage: null })).toEqual([['INVALID_MINI_PAGE', 'miniPage']])
  })

  it('required strings must hold more than blanks; the cover says how to get a media_id', () => {
    const issues = validateMiniPageMessage({ cid: 'C', uid: 'U', miniPage: { title: '  ', pagepath: 42, thumbMediaId: ' ' } as never })
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['INVALID_MINI_PAGE', 'miniPage.title'],
      ['INVALID_MINI_PAGE', 'miniPage.pagepath'],
      ['INVALID_MINI_PAGE', 'miniPage.thumbMediaId'],
    ])
    expect(issues[2]?.message).toMatch(/^\[sobot-contact\] miniPage\.thumbMediaId: .*media_id/)
    expect(issues[0]?.message).toMatch(/^\[sobot-contact\] miniPage\.title: \S/)
    expect(issues[0]?.message).not.toContain('media_id')
  })

  it('images must be absolute http(s) URLs; name must be a string; unknown card fields are named', () => {
    const ok = ['https://cdn.example/a.png', 'http://cdn.example/a.png', 'HTTPS://CDN.EXAMPLE/A.PNG', 'https://cdn.example', 'https://cdn.example:8080/x?y=1']
    for (const url of ok) {
      expect(paths({ cid: 'C', uid: 'U', miniPage: { ...miniPage, headimg: url, thumbUrl: url, name: 'Shop' } }), url).toEqual([])
    }
    const bad = [' https://cdn.example/a.png', 'https://cdn.example/a b.png', 'https://cdn.example/a.png ', 'https://', 'https:///a.png', 'ftp://cdn.example/a.png', '//cdn.example/a.png', '/static/a.png', 'javascript:https://x', 42, null]
    for (const url of bad) {
      expect(paths({ cid: 'C', uid: 'U', miniPage: { ...miniPage, headimg: url, thumbUrl: url } }), String(url)).toEqual([
        ['INVALID_MINI_PAGE', 'miniPage.headimg'],
        ['INVALID_MINI_PAGE', 'miniPage.thumbUrl'],
      ])
    }
    expect(paths({ cid: 'C', uid: 'U', miniPage: { ...miniPage, name: 7 } })).toEqual([['INVALID_MINI_PAGE', 'miniPage.name']])
    expect(paths({ cid: 'C', uid: 'U', miniPage: { ...miniPage, appid: 'wx1', url: 'x' } })).toEqual([
      ['UNKNOWN_FIELD', 'miniPage.appid'],
      ['UNKNOWN_FIELD', 'miniPage.url'],
    ])
  })

  it('buildMiniPageMessage keeps the optional fields that were given, and only those', () => {
    const full = { ...miniPage, headimg: 'https://a.example/h.png', name: 'Shop', thumbUrl: 'https://a.example/t.png' }
    expect(buildMiniPageMessage({ cid: 'C', uid: 'U', miniPage: full }).miniPage).toStrictEqual(full)
    for (const key of ['headimg', 'name', 'thumbUrl'] as const) {
      const only = { ...miniPage, [key]: full[key] }
      expect(Object.keys(buildMiniPageMessage({ cid: 'C', uid: 'U', miniPage: only }).miniPage), key).toEqual(['title', 'pagepath', 'thumbMediaId', key])
    }
  })
})
