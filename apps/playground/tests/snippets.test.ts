// Every snippet, run for real (see evaluateSnippet.ts), yields the string and attributes the page
// shows for the same form state: the snippets are generated, not templates that can drift.
import { describe, expect, it } from 'vitest'
import { analyzeState } from '../src/analyzeState'
import { emptyState, sampleState, type PlaygroundState } from '../src/playgroundState'
import { buildSnippets } from '../src/snippets'
import { evaluateApicloudSnippet, evaluateTaroSnippet, evaluateUniSnippet, runCliSnippet } from './evaluateSnippet'

const state = (patch: Partial<PlaygroundState>): PlaygroundState => Object.assign(emptyState(), patch)

const CASES: [string, PlaygroundState][] = [
  ['the first visit', sampleState()],
  ['an empty form (sobot||||)', emptyState()],
  [
    'every field, with quotes, backslashes, </script>, "|" and a "__proto__" key',
    state({
      nickname: "O'Brien \\ \"A|B\" </script>",
      avatarUrl: 'https://example.com/a.png?x=1&y=2',
      params: [
        { key: 'vip', value: 'true', type: 'boolean' },
        { key: 'age', value: '18', type: 'number' },
        { key: 'a-b c', value: 'x|y', type: 'string' },
        { key: '__proto__', value: 'kept', type: 'string' },
      ],
      routing: [
        { kind: 'agent', id: 'a-1', overflowWhen: 'offline' },
        { kind: 'group', id: 'g-1', overflowWhen: 'noneOnline' },
        { kind: 'group', id: 'g-2', overflowWhen: 'smart' },
        { kind: 'agent', id: 'a-2', overflowWhen: '' },
      ],
      customerCode: 'shop-1',
      flowGroupId: 'fg-9',
      partnerId: 'user-42',
      robotId: '7',
      unionId: 'oJw8S1S0ZheoM2PnKbka3zJO-QyE',
      customerFields: [{ key: 'ddb35f065d4b44ec870f58b87c1a52db', value: 'xx', type: 'string' }],
      cardEnabled: true,
      cardTitle: '蓝色马克杯',
      cardPath: 'pages/product/index?id=42',
      cardImageUrl: 'https://example.com/mug.png',
    }),
  ],
  ['a 334-character Chinese nickname, shortened', state({ nickname: '智'.repeat(334), shorten: true })],
  ['an avatar that must be dropped, shortened', state({ nickname: '汤姆', avatarUrl: 'https://example.com/' + 'a'.repeat(990), shorten: true })],
  ['a card without a title', state({ nickname: 'Tom', cardEnabled: true, cardPath: 'pages/index/index' })],
]

describe('snippets yield the string the page shows', () => {
  for (const [name, s] of CASES) {
    it(name, () => {
      const shown = analyzeState(s)
      expect(shown.value).toBeDefined()
      expect(shown.props).toBeDefined()
      const snippets = buildSnippets(s)
      expect(evaluateTaroSnippet(snippets.taro)).toEqual(shown.props)
      expect(evaluateUniSnippet(snippets.uni)).toEqual(shown.props)
      expect(evaluateApicloudSnippet(snippets.apicloud)).toEqual(shown.props)
      expect(runCliSnippet(snippets.cli)).toBe(shown.value)
    })
  }

  it('the checks can fail: a snippet edited by hand no longer matches', () => {
    const s = sampleState()
    const shown = analyzeState(s)
    const edited = buildSnippets(s).taro.replace("'user-42'", "'user-43'")
    expect(evaluateTaroSnippet(edited).sessionFrom).not.toBe(shown.value)
    expect(() => evaluateUniSnippet(buildSnippets(s).uni.replace(':session="session"', ':session="other"'))).toThrow(/does not bind/)
  })

  it('routing is written with the builders, as a user would', () => {
    const { taro } = buildSnippets(sampleState())
    expect(taro).toContain("import { SobotContactButton, toAgent, toGroup } from '@sobot-contact/taro-react'")
    expect(taro).toContain("toGroup('g-1', { overflowWhen: 'allBusy' })")
    expect(taro).toContain("toAgent('a-7')")
  })

  it('the shorten switch is in every snippet: Taro and uni-app pass overflow, APICloud encodes first, the CLI gets --shorten', () => {
    const snippets = buildSnippets(state({ nickname: '智'.repeat(334), shorten: true }))
    expect(snippets.taro).toContain('overflow={shortenFreeText}')
    expect(snippets.uni).toContain(':overflow="shortenFreeText"')
    expect(snippets.apicloud).toContain('{ overflow: shortenFreeText }')
    expect(snippets.cli).toContain('--shorten')
  })
})
