import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import {
  encodeSessionFrom,
  getContactButtonProps,
  shortenFreeText,
  SobotContactError,
  toAgent,
  toGroup,
  type SessionFromInput,
} from '@sobot-contact/core'
import { DEFAULT_CONTACT_LABEL, SobotContactButton } from '../src'
import { aliasesOf, findAll, propsOf, renderMini, textOf, type MiniNode } from './harness'
import { wxCalls, wxFailures } from './setup'

// Every test renders through Taro's real mini-program reconciler (@tarojs/react) into
// @tarojs/runtime's document and reads what Taro sends to WeChat with setData.

const CARD_PROPS = ['showMessageCard', 'sendMessageTitle', 'sendMessagePath', 'sendMessageImg'] as const

const VISITOR: SessionFromInput = {
  nickname: 'Tom 汤姆',
  avatarUrl: 'https://example.com/tom.png',
  partnerId: 'user-42',
  params: { vip: true, level: 3 },
}

async function renderOne(element: React.ReactElement) {
  const page = await renderMini(element)
  const buttons = findAll(page.tree, 'button')
  expect(buttons).toHaveLength(1)
  const button = buttons[0] as MiniNode
  return { page, button, props: propsOf(button, 'button') }
}

let errorSpy: ReturnType<typeof vi.spyOn>
beforeEach(() => {
  wxCalls.length = 0
  wxFailures.clear()
  errorSpy = vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => errorSpy.mockRestore())

describe('what Taro sends to WeChat', () => {
  test.each([
    ['nickname and avatar', VISITOR],
    ['a skill group overflowing to an agent', { ...VISITOR, transferAction: [toGroup('g-1', { overflowWhen: 'allBusy' }), toAgent('a-7')] }],
    ['an encrypted UnionID and a bot', { nickname: 'A', unionId: 'nSsMQeSZX7W2eYyXNoHsHozsTfYWSQhCpw93N9D0vKw=', robotId: 1 }],
    ['nothing', {}],
  ] as [string, SessionFromInput][])('one contact button whose session-from is encodeSessionFrom(input): %s', async (_, input) => {
    const { props } = await renderOne(<SobotContactButton session={input} />)
    expect(props.openType).toBe('contact')
    expect(props.sessionFrom).toBe(encodeSessionFrom(input))
  })

  test('the attribute names are Taro’s own aliases for the WXML button template', async () => {
    const { button } = await renderOne(<SobotContactButton session={VISITOR} />)
    const { attrs } = aliasesOf('button')
    expect(button[attrs.sessionFrom as string]).toBe(encodeSessionFrom(VISITOR))
    expect(button[attrs.openType as string]).toBe('contact')
  })

  test('without a card no card attribute is sent at all', async () => {
    const { page, props } = await renderOne(<SobotContactButton session={VISITOR} />)
    for (const name of CARD_PROPS) expect(props).not.toHaveProperty(name)
    const aliases = CARD_PROPS.map((name) => aliasesOf('button').attrs[name] as string)
    const sentKeys = page.payloads.flatMap((p) => Object.keys(p)).join(' ') + JSON.stringify(page.payloads)
    for (const alias of aliases) expect(sentKeys).not.toContain(`"${alias}"`)
  })

  test('with a card: show-message-card and exactly the card’s title, path and image', async () => {
    const card = { title: 'Blue mug ¥39', path: 'pages/product/index?id=42', imageUrl: 'https://example.com/mug.png' }
    const { props } = await renderOne(<SobotContactButton session={VISITOR} card={card} />)
    expect(props).toMatchObject(getContactButtonProps({ session: VISITOR, card }))
    expect(props).toMatchObject({
      showMessageCard: true,
      sendMessageTitle: 'Blue mug ¥39',
      sendMessagePath: 'pages/product/index?id=42',
      sendMessageImg: 'https://example.com/mug.png',
    })
  })

  test('a card with only a path sends no title or image (WeChat’s defaults apply)', async () => {
    const { props } = await renderOne(<SobotContactButton card={{ path: 'pages/product/index' }} />)
    expect(props).toMatchObject({ showMessageCard: true, sendMessagePath: 'pages/product/index' })
    expect(props).not.toHaveProperty('sendMessageTitle')
    expect(props).not.toHaveProperty('sendMessageImg')
  })

  test('a session-from string built on a server is passed on unchanged', async () => {
    const encoded = encodeSessionFrom({ nickname: 'Server', partnerId: 'p-1' })
    const { props } = await renderOne(<SobotContactButton session={encoded} />)
    expect(props.sessionFrom).toBe(encoded)
  })

  test('Taro Button props pass through: className, style, type, size, plain, hoverClass, disabled', async () => {
    const { props } = await renderOne(
      <SobotContactButton className="cs" style={{ color: 'red' }} type="primary" size="mini" plain hoverClass="pressed" disabled>
        Ask
      </SobotContactButton>,
    )
    expect(props).toMatchObject({ className: 'cs', type: 'primary', size: 'mini', plain: true, hoverClass: 'pressed', disabled: true })
    expect(props.style).toMatch(/color:\s*red/)
  })

  test('the contact attributes cannot be overridden by stray props (untyped JS)', async () => {
    const stray = { openType: 'share', sessionFrom: 'x', showMessageCard: true } as unknown as object
    const { props } = await renderOne(<SobotContactButton session={VISITOR} {...stray} />)
    expect(props.openType).toBe('contact')
    expect(props.sessionFrom).toBe(encodeSessionFrom(VISITOR))
    expect(props).not.toHaveProperty('showMessageCard')
  })

  test('children are the label; the default label otherwise', async () => {
    expect(textOf((await renderOne(<SobotContactButton>问问客服</SobotContactButton>)).button)).toBe('问问客服')
    expect(textOf((await renderOne(<SobotContactButton />)).button)).toBe(DEFAULT_CONTACT_LABEL)
  })

  test('a new session updates the button with one setData carrying the new session-from', async () => {
    const { page } = await renderOne(<SobotContactButton session={{ nickname: 'A' }} />)
    const before = page.payloads.length
    await page.rerender(<SobotContactButton session={{ nickname: 'B', partnerId: 'p-2' }} />)
    const updates = page.payloads.slice(before)
    expect(updates).toHaveLength(1)
    const alias = aliasesOf('button').attrs.sessionFrom as string
    const [path, value] = Object.entries(updates[0] as object)[0] as [string, unknown]
    expect(path.endsWith('.' + alias)).toBe(true)
    expect(value).toBe(encodeSessionFrom({ nickname: 'B', partnerId: 'p-2' }))
  })
})

describe('the contact event', () => {
  const detail = { errMsg: 'enterContact:ok', path: 'pages/product/index', query: { id: '42' } }

  test('onContact receives the page URL, the raw detail and the event; no navigation unless asked', async () => {
    const onContact = vi.fn()
    const { page, button } = await renderOne(<SobotContactButton session={VISITOR} onContact={onContact} />)
    await page.fire(button, 'contact', detail)
    expect(onContact).toHaveBeenCalledTimes(1)
    const [target, raw, event] = onContact.mock.calls[0] as [unknown, unknown, { type: string }]
    expect(target).toEqual({ url: '/pages/product/index?id=42', path: 'pages/product/index', query: { id: '42' } })
    expect(raw).toEqual(detail)
    expect(event.type).toBe('contact')
    expect(wxCalls).toEqual([])
  })

  test('navigateOnContact opens the card’s page with Taro.navigateTo (→ wx.navigateTo)', async () => {
    const { page, button } = await renderOne(<SobotContactButton navigateOnContact />)
    await page.fire(button, 'contact', detail)
    expect(wxCalls.map(([name, o]) => [name, o.url])).toEqual([['navigateTo', '/pages/product/index?id=42']])
  })

  test('back from the chat without a card: target null, nothing opened', async () => {
    const onContact = vi.fn()
    const { page, button } = await renderOne(<SobotContactButton navigateOnContact onContact={onContact} />)
    await page.fire(button, 'contact', { errMsg: 'enterContact:ok' })
    expect(onContact.mock.calls[0]?.[0]).toBeNull()
    expect(wxCalls).toEqual([])
  })

  test('a refused navigation (a tab-bar page) is reported, not thrown', async () => {
    wxFailures.add('navigateTo')
    const { page, button } = await renderOne(<SobotContactButton navigateOnContact />)
    await page.fire(button, 'contact', detail)
    await page.settle()
    expect(errorSpy).toHaveBeenCalledTimes(1)
    expect(String(errorSpy.mock.calls[0]?.[0])).toMatch(/switchTab/)
  })
})

describe('bad input never breaks the page', () => {
  test('an invalid session renders the fallback button and reports the typed error once', async () => {
    const onError = vi.fn()
    const bad = () => ({ nickname: 'Tom', partnerId: 'a|b' })
    const { page, props } = await renderOne(<SobotContactButton session={bad()} onError={onError} />)
    expect(props).toMatchObject({ openType: 'contact', sessionFrom: 'sobot||||' })
    expect(onError).toHaveBeenCalledTimes(1)
    const error = onError.mock.calls[0]?.[0] as SobotContactError
    expect(error).toBeInstanceOf(SobotContactError)
    expect(error).toMatchObject({ code: 'SEPARATOR_IN_ID', path: 'partnerId' })
    await page.rerender(<SobotContactButton session={bad()} onError={onError} />)
    expect(onError).toHaveBeenCalledTimes(1)
    expect(errorSpy).not.toHaveBeenCalled()
  })

  test('without onError the error goes to console.error, once', async () => {
    const bad = () => ({ transferAction: [toGroup('g-1', { overflowWhen: 'allBusy' })] }) // overflows to nothing
    const { page, props } = await renderOne(<SobotContactButton session={bad()} />)
    expect(props.sessionFrom).toBe('sobot||||')
    await page.rerender(<SobotContactButton session={bad()} className="again" />)
    expect(errorSpy).toHaveBeenCalledTimes(1)
    expect(errorSpy.mock.calls[0]?.[0]).toMatchObject({ code: 'INVALID_TRANSFER_ACTION' })
  })

  test('an invalid card drops the card attributes and keeps the session', async () => {
    const onError = vi.fn()
    const { props } = await renderOne(
      <SobotContactButton session={VISITOR} card={{ path: 'https://example.com/not-a-page' }} onError={onError} />,
    )
    expect(props.sessionFrom).toBe(encodeSessionFrom(VISITOR))
    for (const name of CARD_PROPS) expect(props).not.toHaveProperty(name)
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'INVALID_CARD', path: 'card.path' })
  })

  test('over 1000 bytes: an error by default, shortened with the shortenFreeText policy', async () => {
    const long = { nickname: '长'.repeat(400), partnerId: 'user-42' } // 1200 bytes of nickname
    const onError = vi.fn()
    const strict = await renderOne(<SobotContactButton session={long} onError={onError} />)
    expect(strict.props.sessionFrom).toBe('sobot||||')
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'SESSION_FROM_TOO_LONG' })

    const onWarning = vi.fn()
    const lenient = await renderOne(<SobotContactButton session={long} overflow={shortenFreeText} onWarning={onWarning} />)
    const value = lenient.props.sessionFrom as string
    expect(new TextEncoder().encode(value).length).toBeLessThanOrEqual(1000)
    expect(value).toContain('partnerid=user-42')
    expect(onWarning).toHaveBeenCalled()
  })
})

describe('memoization', () => {
  test('re-encodes when the content changes, not when only the object identity does', async () => {
    // Over 1000 bytes the overflow policy runs once per encode: count encodes with it.
    const overflow = vi.fn(shortenFreeText)
    const long = (name: string) => ({ nickname: name + '汤'.repeat(340) })
    const page = await renderMini(<SobotContactButton session={long('a')} overflow={overflow} />)
    expect(overflow).toHaveBeenCalledTimes(1)
    await page.rerender(<SobotContactButton session={long('a')} overflow={overflow} />)
    expect(overflow).toHaveBeenCalledTimes(1)
    await page.rerender(<SobotContactButton session={long('b')} overflow={overflow} />)
    expect(overflow).toHaveBeenCalledTimes(2)
    expect(propsOf(findAll(page.tree, 'button')[0] as MiniNode, 'button').sessionFrom).toMatch(/^sobot\|b汤/)
  })
})
