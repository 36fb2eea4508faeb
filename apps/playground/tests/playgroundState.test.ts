import { decodeSessionFrom, encodeSessionFrom, normalizeSessionFrom } from '@sobot-contact/core'
import { describe, expect, it } from 'vitest'
import { analyzeState } from '../src/analyzeState'
import { inspectSessionFrom } from '../src/inspectSessionFrom'
import { issueAnchor } from '../src/issueAnchor'
import { emptyState, sampleState, stateFromSession, stateToInput, type PlaygroundState } from '../src/playgroundState'
import { formFromJson, formToJson, readUrlState, writeUrlState } from '../src/urlState'

const state = (patch: Partial<PlaygroundState>): PlaygroundState => Object.assign(emptyState(), patch)

describe('form state', () => {
  it('an empty form is {} and encodes to sobot||||', () => {
    expect(stateToInput(emptyState())).toEqual({})
    expect(analyzeState(emptyState()).value).toBe('sobot||||')
  })

  it('a number that does not parse reaches core, which reports it at its path', () => {
    const a = analyzeState(state({ params: [{ key: 'age', value: 'eighteen', type: 'number' }] }))
    expect(a.value).toBeUndefined()
    expect(a.issues.map((i) => [i.code, i.path])).toEqual([['INVALID_JSON_VALUE', 'params.age']])
  })

  it('a 334-character Chinese nickname: SESSION_FROM_TOO_LONG at 1011 bytes; the shorten switch makes it fit and says so', () => {
    const long = state({ nickname: '智'.repeat(334) })
    const off = analyzeState(long)
    expect(off.value).toBeUndefined()
    expect(off.measure.bytes).toBe(1011)
    expect(off.issues.map((i) => i.code)).toEqual(['SESSION_FROM_TOO_LONG'])
    const on = analyzeState(Object.assign(long, { shorten: true }))
    expect(on.encodedMeasure.bytes).toBeLessThanOrEqual(1000)
    expect(on.measure.bytes).toBe(1011)
    expect(on.issues.map((i) => [i.code, i.path, i.severity])).toEqual([['SESSION_FROM_SHORTENED', 'nickname', 'warning']])
    expect(on.issues[0]!.message).toContain('from 334 to 330 characters')
  })

  it("with the console link set, the web link is built by core's buildSobotWebLink, saying what it cannot carry", () => {
    const a = analyzeState(Object.assign(sampleState(), { webLink: 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=abc&channelid=1' }))
    expect(a.webLinkUrl).toBe(
      'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=abc&channelid=1&partnerid=user-42&uname=%E6%B1%A4%E5%A7%86&params=%7B%22vip%22%3Atrue%7D&groupid=g-1',
    )
    expect(a.webLinkIssues.map((i) => [i.code, i.path])).toEqual([['WEB_LINK_FIELD_DROPPED', 'transferAction']])
    const bad = analyzeState(Object.assign(sampleState(), { webLink: 'http://chat.sobot.com/chat/h5/v2/index.html?sysnum=abc' }))
    expect(bad.webLinkUrl).toBeUndefined()
    expect(bad.webLinkIssues.map((i) => [i.code, i.path])).toEqual([['INVALID_WEB_LINK', 'webLink.link']])
    expect(bad.value).toBeDefined() // the session-from is unaffected
  })

  it('decoded fields come back into the form unchanged (Inspect → Edit in Build)', () => {
    const s = sampleState()
    const value = encodeSessionFrom(stateToInput(s))
    const back = stateFromSession(decodeSessionFrom(value))
    expect(encodeSessionFrom(stateToInput(back))).toBe(value)
    expect(normalizeSessionFrom(stateToInput(back))).toEqual(decodeSessionFrom(value))
  })
})

describe('URL state', () => {
  it('round-trips the form, the tab, the language and the pasted string', () => {
    const form = state({ nickname: '智 & = # %', params: [{ key: 'k', value: '1', type: 'number' }], routing: [{ kind: 'agent', id: 'a', overflowWhen: 'busy' }, { kind: 'group', id: 'g', overflowWhen: '' }], cardEnabled: true, cardTitle: 't', shorten: true, webLink: 'https://chat.sobot.com/x?sysnum=1&a=b' })
    const url = { lang: 'en' as const, tab: 'inspect' as const, form, inspect: 'sobot|a||', code: '' }
    expect(readUrlState(writeUrlState(url), emptyState)).toEqual(url)
  })

  it('an unreadable or hostile hash gives the empty form, never an exception', () => {
    expect(formFromJson('{oops')).toEqual(emptyState())
    expect(formFromJson('{"n":{"x":1},"p":"no","r":[{"kind":"agent","when":"allBusy"}]}')).toEqual(state({ routing: [{ kind: 'agent', id: '', overflowWhen: '' }] }))
    expect(readUrlState('', sampleState).form).toEqual(sampleState())
    expect(formToJson(emptyState())).toBe('{}')
  })
})

describe('issues next to their field', () => {
  const s = state({ params: [{ key: 'a', value: '' , type: 'string'}, { key: 'age', value: 'x', type: 'number' }], routing: [{ kind: 'group', id: 'g', overflowWhen: 'allBusy' }] })
  it.each([
    ['', 'session'],
    ['nickname', 'nickname'],
    ['params.age', 'params[1]'],
    ['params.missing', 'params'],
    ['transferAction[0].optionId', 'transferAction[0]'],
    ['transferAction[4]', 'transferAction'],
    ['platformAction.customerCode', 'platformAction'],
    ['card.path', 'card'],
    ['segment 5', 'session'],
  ])('%j → %s', (path, anchor) => {
    expect(issueAnchor(path, s)).toBe(anchor)
  })
})

describe('inspect', () => {
  it('a string that is not session-from gives the coded error', () => {
    expect(inspectSessionFrom('hello').issues.map((i) => i.code)).toEqual(['NOT_SOBOT_SESSION_FROM'])
  })

  it("a Sobot web link is read with core's parseSobotWebLink; a link elsewhere gives INVALID_WEB_LINK", () => {
    const link = inspectSessionFrom(' https://chat.sobot.com/chat/h5/v2/index.html?sysnum=abc&uname=%E6%B1%A4%E5%A7%86&source=10 ')
    expect(link.isLink).toBe(true)
    expect(link.fields).toBeUndefined()
    expect(link.link).toEqual({ base: 'https://chat.sobot.com/chat/h5/v2/index.html', sysnum: 'abc', session: { nickname: '汤姆' }, extra: { source: '10' } })
    const evil = inspectSessionFrom('https://evil.example/chat?sysnum=abc')
    expect(evil.link).toBeUndefined()
    expect(evil.issues.map((i) => [i.code, i.path])).toEqual([['INVALID_WEB_LINK', 'url']])
  })
})
