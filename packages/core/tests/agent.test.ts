// The agent helpers take their window as a parameter (platform injection): these tests pass a
// recording stand-in. The real browser behaviour is tested end to end in apps/agent-card-demo.
import { describe, expect, it } from 'vitest'
import { buildMiniPageMessage, onVisitorSelected, readDockingContext, resolveWorkbenchOrigin, sendMiniPageCard, SobotContactError, validateMiniPageMessage, type AgentWindow } from '../src/agent'

const miniPage = { title: 'Blue mug', pagepath: 'pages/product/index?id=42', thumbMediaId: 'MEDIA_ID_1' }

function fakeWindow(opts: { ancestor?: string; referrer?: string } = {}) {
  const posted: [unknown, string][] = []
  const listeners = new Set<(e: MessageEvent) => void>()
  const win: AgentWindow & { posted: typeof posted; emit(data: unknown, origin: string, source?: unknown): void; listeners: typeof listeners } = {
    posted,
    listeners,
    parent: { postMessage: (m, o) => posted.push([m, o]) },
    location: { ancestorOrigins: opts.ancestor ? [opts.ancestor] : [] },
    document: { referrer: opts.referrer || '' },
    addEventListener: (_t, l) => listeners.add(l),
    removeEventListener: (_t, l) => listeners.delete(l),
    // By default the message comes from the embedding window (the workbench), as in the browser.
    emit(data, origin, source = win.parent) {
      for (const l of listeners) l({ data, origin, source } as MessageEvent)
    },
  }
  return win
}

const codeOf = (run: () => unknown) => {
  try {
    run()
  } catch (e) {
    expect(e).toBeInstanceOf(SobotContactError)
    return [(e as SobotContactError).code, (e as SobotContactError).path]
  }
  return null
}

describe('readDockingContext', () => {
  it('reads cid, uid and the optional parameters', () => {
    expect(readDockingContext('https://crm.example.com/card?cid=C1&uid=U1&partnerId=P&groupName=%E5%94%AE%E5%89%8D')).toEqual({
      cid: 'C1',
      uid: 'U1',
      partnerId: 'P',
      groupName: '售前',
    })
  })

  it('MISSING_DOCKING_PARAM for a missing cid or uid', () => {
    expect(codeOf(() => readDockingContext('https://x.example/?uid=U'))).toEqual(['MISSING_DOCKING_PARAM', 'cid'])
    expect(codeOf(() => readDockingContext('https://x.example/?cid=C'))).toEqual(['MISSING_DOCKING_PARAM', 'uid'])
  })
})

describe('buildMiniPageMessage', () => {
  it('builds the msgType 26 message', () => {
    expect(buildMiniPageMessage({ cid: 'C', uid: 'U', miniPage: { ...miniPage, name: 'Shop', thumbUrl: 'https://c.example/m.png' } })).toEqual({
      cid: 'C',
      uid: 'U',
      msgType: 26,
      miniPage: { ...miniPage, name: 'Shop', thumbUrl: 'https://c.example/m.png' },
    })
  })

  it('validates: required fields, page path, http(s) images', () => {
    const issues = (p: object) => validateMiniPageMessage({ cid: 'C', uid: 'U', miniPage: p as typeof miniPage }).map((i) => [i.code, i.path])
    expect(issues({ ...miniPage, thumbMediaId: '' })).toEqual([['INVALID_MINI_PAGE', 'miniPage.thumbMediaId']])
    expect(issues({ title: 'x' })).toEqual([
      ['INVALID_MINI_PAGE', 'miniPage.pagepath'],
      ['INVALID_MINI_PAGE', 'miniPage.thumbMediaId'],
    ])
    expect(issues({ ...miniPage, pagepath: 'https://shop.example/p/42' })).toEqual([['INVALID_MINI_PAGE', 'miniPage.pagepath']])
    expect(issues({ ...miniPage, headimg: 'javascript:alert(1)' })).toEqual([['INVALID_MINI_PAGE', 'miniPage.headimg']])
    expect(codeOf(() => buildMiniPageMessage({ cid: '', uid: 'U', miniPage }))).toEqual(['MISSING_DOCKING_PARAM', 'cid'])
  })
})

describe('sendMiniPageCard', () => {
  const message = buildMiniPageMessage({ cid: 'C', uid: 'U', miniPage })

  it('posts to the explicit origin', () => {
    const win = fakeWindow()
    sendMiniPageCard(message, { window: win, targetOrigin: 'https://wb.example.com' })
    expect(win.posted).toEqual([[message, 'https://wb.example.com']])
  })

  it('derives the workbench origin from ancestorOrigins, then referrer', () => {
    const a = fakeWindow({ ancestor: 'https://a.example', referrer: 'https://b.example/x' })
    sendMiniPageCard(message, { window: a })
    expect(a.posted[0]?.[1]).toBe('https://a.example')
    const b = fakeWindow({ referrer: 'https://b.example/x?y' })
    sendMiniPageCard(message, { window: b })
    expect(b.posted[0]?.[1]).toBe('https://b.example')
    expect(resolveWorkbenchOrigin(fakeWindow())).toBeNull()
  })

  it("never posts to '*' unless told; MISSING_TARGET_ORIGIN when the origin is unknown", () => {
    const win = fakeWindow()
    expect(codeOf(() => sendMiniPageCard(message, { window: win }))).toEqual(['MISSING_TARGET_ORIGIN', 'targetOrigin'])
    expect(win.posted).toEqual([])
    sendMiniPageCard(message, { window: win, targetOrigin: '*', allowAnyOrigin: true })
    expect(win.posted[0]?.[1]).toBe('*')
  })

  it("INVALID_TARGET_ORIGIN for targetOrigin '*' without allowAnyOrigin, saying how to fix it", () => {
    const win = fakeWindow({ ancestor: 'https://a.example' })
    for (const options of [{ targetOrigin: '*' }, { targetOrigin: '*', allowAnyOrigin: false }]) {
      expect(codeOf(() => sendMiniPageCard(message, { window: win, ...options }))).toEqual(['INVALID_TARGET_ORIGIN', 'targetOrigin'])
    }
    expect(() => sendMiniPageCard(message, { window: win, targetOrigin: '*' })).toThrow(/^\[sobot-contact\] targetOrigin: .*"https:\/\/www\.sobot\.com".*allowAnyOrigin: true/)
    expect(win.posted).toEqual([])
  })

  it('MISSING_DOCKING_PARAM (cid, then uid) when there is no visitor yet, posting nothing', () => {
    const win = fakeWindow({ ancestor: 'https://a.example' })
    const noVisitor = { ...message, cid: '', uid: '' }
    expect(codeOf(() => sendMiniPageCard(noVisitor, { window: win }))).toEqual(['MISSING_DOCKING_PARAM', 'cid'])
    expect(codeOf(() => sendMiniPageCard({ ...message, uid: '' }, { window: win }))).toEqual(['MISSING_DOCKING_PARAM', 'uid'])
    try {
      sendMiniPageCard(noVisitor, { window: win })
    } catch (e) {
      expect((e as SobotContactError).issues.map((i) => i.path)).toEqual(['cid', 'uid'])
      expect((e as Error).message).toMatch(/^\[sobot-contact\] cid: .*readDockingContext\(\).*"selected"/)
    }
    expect(win.posted).toEqual([])
  })

  it('NO_WORKBENCH_WINDOW when the page is not in an iframe (no parent, or parent is itself) and no target is given', () => {
    const alone = fakeWindow({ ancestor: 'https://a.example' })
    alone.parent = null
    expect(codeOf(() => sendMiniPageCard(message, { window: alone }))).toEqual(['NO_WORKBENCH_WINDOW', 'target'])
    const top = fakeWindow({ ancestor: 'https://a.example' })
    top.parent = top as unknown as NonNullable<AgentWindow['parent']>
    expect(codeOf(() => sendMiniPageCard(message, { window: top }))).toEqual(['NO_WORKBENCH_WINDOW', 'target'])
    expect(top.posted).toEqual([])
    expect(() => sendMiniPageCard(message, { window: alone })).toThrow(/^\[sobot-contact\] target: .*iframe.*pass \{ target \}/)
    // An explicit target still works outside an iframe.
    const posted: unknown[] = []
    sendMiniPageCard(message, { window: alone, target: { postMessage: (m, o) => posted.push([m, o]) }, targetOrigin: 'https://a.example' })
    expect(posted).toEqual([[message, 'https://a.example']])
  })

  it('INVALID_TARGET_ORIGIN for an explicit targetOrigin that is not an origin, with the fix in the message', () => {
    const win = fakeWindow()
    for (const bad of ['https://wb.example.com/', 'https://wb.example.com/chat', 'https://WB.example.com', 'https://wb.example.com:443', ' https://wb.example.com', 'wb.example.com', '', 'null', 'file:///x']) {
      expect(codeOf(() => sendMiniPageCard(message, { window: win, targetOrigin: bad })), bad).toEqual(['INVALID_TARGET_ORIGIN', 'targetOrigin'])
    }
    try {
      sendMiniPageCard(message, { window: win, targetOrigin: 'https://wb.example.com/chat' })
    } catch (e) {
      expect((e as Error).message).toContain('did you mean "https://wb.example.com"?')
    }
    sendMiniPageCard(message, { window: win, targetOrigin: 'http://127.0.0.1:4300' })
    expect(win.posted).toEqual([[message, 'http://127.0.0.1:4300']])
  })

  it('re-validates the message and posts nothing when it is invalid', () => {
    const win = fakeWindow({ ancestor: 'https://a.example' })
    const bad = { ...message, miniPage: { ...miniPage, thumbMediaId: '' } }
    expect(codeOf(() => sendMiniPageCard(bad, { window: win }))?.[0]).toBe('INVALID_MINI_PAGE')
    expect(win.posted).toEqual([])
  })
})

describe('onVisitorSelected', () => {
  it('calls back on {name:"selected"} from the workbench origin only, and unsubscribes', () => {
    const win = fakeWindow({ ancestor: 'https://wb.example' })
    const seen: unknown[] = []
    const stop = onVisitorSelected((v) => seen.push([v.cid, v.uid]), { source: win })
    win.emit({ name: 'selected', cid: 'C2', uid: 'U2' }, 'https://wb.example')
    win.emit(JSON.stringify({ name: 'selected', cid: 3, uid: 4 }), 'https://wb.example')
    win.emit({ name: 'selected', cid: 'EVIL', uid: 'EVIL' }, 'https://evil.example')
    win.emit({ name: 'other', cid: 'X' }, 'https://wb.example')
    win.emit('not json', 'https://wb.example')
    expect(seen).toEqual([
      ['C2', 'U2'],
      ['3', '4'],
    ])
    stop()
    expect(win.listeners.size).toBe(0)
  })

  it('ignores "selected" from any window but the embedding one, unless fromAnyWindow', () => {
    const win = fakeWindow({ ancestor: 'https://wb.example' })
    const otherFrame = {}
    const strict: unknown[] = []
    const relaxed: unknown[] = []
    onVisitorSelected((v) => strict.push(v.cid), { source: win })
    onVisitorSelected((v) => relaxed.push(v.cid), { source: win, fromAnyWindow: true })
    win.emit({ name: 'selected', cid: 'FROM_SIBLING', uid: 'U' }, 'https://wb.example', otherFrame)
    win.emit({ name: 'selected', cid: 'FROM_WORKBENCH', uid: 'U' }, 'https://wb.example')
    expect(strict).toEqual(['FROM_WORKBENCH'])
    expect(relaxed).toEqual(['FROM_SIBLING', 'FROM_WORKBENCH'])
  })

  it('accepts nothing on a top-level page (no workbench), unless fromAnyWindow', () => {
    const seen: unknown[] = []
    const alone = fakeWindow()
    alone.parent = null
    onVisitorSelected((v) => seen.push(v.cid), { source: alone })
    alone.emit({ name: 'selected', cid: 'NO_PARENT', uid: 'U' }, 'https://wb.example', undefined)
    alone.emit({ name: 'selected', cid: 'NULL_SOURCE', uid: 'U' }, 'https://wb.example', null)
    const top = fakeWindow()
    top.parent = top as unknown as NonNullable<AgentWindow['parent']>
    onVisitorSelected((v) => seen.push(v.cid), { source: top })
    top.emit({ name: 'selected', cid: 'SELF', uid: 'U' }, 'https://wb.example', top)
    expect(seen).toEqual([])
    onVisitorSelected((v) => seen.push(v.cid), { source: top, fromAnyWindow: true })
    top.emit({ name: 'selected', cid: 'RELAXED', uid: 'U' }, 'https://wb.example', top)
    expect(seen).toEqual(['RELAXED'])
  })

  it('a pinned origin wins over the derived one; "*" relaxes the origin but not the window check', () => {
    const win = fakeWindow({ ancestor: 'https://framer.example' })
    const pinned: unknown[] = []
    const anyOrigin: unknown[] = []
    onVisitorSelected((v) => pinned.push(v.cid), { source: win, origin: 'https://wb.example' })
    onVisitorSelected((v) => anyOrigin.push(v.cid), { source: win, origin: '*' })
    win.emit({ name: 'selected', cid: 'FRAMER', uid: 'U' }, 'https://framer.example')
    win.emit({ name: 'selected', cid: 'WB', uid: 'U' }, 'https://wb.example')
    win.emit({ name: 'selected', cid: 'SIBLING', uid: 'U' }, 'https://wb.example', {})
    expect(pinned).toEqual(['WB'])
    expect(anyOrigin).toEqual(['FRAMER', 'WB'])
  })

  it('fromAnyWindow still checks the origin; with no origin known, the window check alone applies', () => {
    const win = fakeWindow({ ancestor: 'https://wb.example' })
    const seen: unknown[] = []
    onVisitorSelected((v) => seen.push(v.cid), { source: win, fromAnyWindow: true })
    win.emit({ name: 'selected', cid: 'EVIL', uid: 'U' }, 'https://evil.example', {})
    expect(seen).toEqual([])
    const unknown = fakeWindow()
    onVisitorSelected((v) => seen.push(v.cid), { source: unknown })
    unknown.emit({ name: 'selected', cid: 'PARENT', uid: 'U' }, 'https://any.example')
    unknown.emit({ name: 'selected', cid: 'OTHER', uid: 'U' }, 'https://any.example', {})
    expect(seen).toEqual(['PARENT'])
  })

  it('INVALID_TARGET_ORIGIN (path origin) for an origin option that is not an origin, before listening', () => {
    const win = fakeWindow()
    for (const bad of ['https://wb.example/', 'https://wb.example/chat', 'wb.example', 'null']) {
      expect(codeOf(() => onVisitorSelected(() => undefined, { source: win, origin: bad })), bad).toEqual(['INVALID_TARGET_ORIGIN', 'origin'])
    }
    expect(() => onVisitorSelected(() => undefined, { source: win, origin: 'https://wb.example/chat' })).toThrow('did you mean "https://wb.example"?')
    expect(win.listeners.size).toBe(0)
  })
})
