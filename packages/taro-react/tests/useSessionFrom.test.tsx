import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { Button } from '@tarojs/components'
import { encodeSessionFrom, shortenFreeText, toGroup, type SessionFromInput } from '@sobot-contact/core'
import { useSessionFrom, type UseSessionFromOptions } from '../src'
import { findAll, propsOf, renderMini, type MiniNode } from './harness'

// A hand-written contact button fed by the hook, rendered through Taro's real reconciler.
function HandMade({ input, options }: { input: SessionFromInput | string | undefined; options?: UseSessionFromOptions }) {
  const sessionFrom = useSessionFrom(input, options)
  return (
    <Button openType="contact" sessionFrom={sessionFrom}>
      联系客服
    </Button>
  )
}

const sessionFromOf = (tree: { cn?: MiniNode[] }) => propsOf(findAll(tree, 'button')[0] as MiniNode, 'button').sessionFrom

let errorSpy: ReturnType<typeof vi.spyOn>
beforeEach(() => {
  errorSpy = vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => errorSpy.mockRestore())

test('gives encodeSessionFrom(input)', async () => {
  const input = { nickname: 'Tom', transferAction: [toGroup('g-1')], customerFields: { ['a'.repeat(32)]: 'gold' } }
  const page = await renderMini(<HandMade input={input} />)
  expect(sessionFromOf(page.tree)).toBe(encodeSessionFrom(input))
})

test('undefined gives Sobot’s default routing', async () => {
  const page = await renderMini(<HandMade input={undefined} />)
  expect(sessionFromOf(page.tree)).toBe('sobot||||')
})

test('re-encodes only when the content changes', async () => {
  const overflow = vi.fn(shortenFreeText) // runs once per encode of an over-long input
  const input = (partnerId: string) => ({ nickname: '汤'.repeat(340), partnerId })
  const page = await renderMini(<HandMade input={input('u')} options={{ overflow }} />)
  await page.rerender(<HandMade input={input('u')} options={{ overflow }} />)
  await page.rerender(<HandMade input={input('u')} options={{ overflow }} />)
  expect(overflow).toHaveBeenCalledTimes(1)
  await page.rerender(<HandMade input={input('v')} options={{ overflow }} />)
  expect(overflow).toHaveBeenCalledTimes(2)
  expect(sessionFromOf(page.tree)).toMatch(/partnerid=v$/)
})

test('invalid input: sobot||||, the error to onError, never a throw', async () => {
  const onError = vi.fn()
  const page = await renderMini(<HandMade input={{ robotId: 'r|1' }} options={{ onError }} />)
  expect(sessionFromOf(page.tree)).toBe('sobot||||')
  expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'SEPARATOR_IN_ID', path: 'robotId' })
  expect(errorSpy).not.toHaveBeenCalled()
})

test('invalid input without onError: console.error once', async () => {
  const page = await renderMini(<HandMade input="not a session-from" />)
  await page.rerender(<HandMade input="not a session-from" />)
  expect(sessionFromOf(page.tree)).toBe('sobot||||')
  expect(errorSpy).toHaveBeenCalledTimes(1)
  expect(errorSpy.mock.calls[0]?.[0]).toMatchObject({ code: 'NOT_SOBOT_SESSION_FROM' })
})
