import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { Button } from '@tarojs/components'
import { encodeSessionFrom, toGroup, type SessionFromInput } from '@sobot-contact/core'
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
  const onWarning = vi.fn() // one warning per encode: the `|` in the nickname is replaced
  const page = await renderMini(<HandMade input={{ nickname: 'x|y' }} options={{ onWarning }} />)
  await page.rerender(<HandMade input={{ nickname: 'x|y' }} options={{ onWarning }} />)
  await page.rerender(<HandMade input={{ nickname: 'x|y' }} options={{ onWarning }} />)
  expect(onWarning).toHaveBeenCalledTimes(1)
  await page.rerender(<HandMade input={{ nickname: 'x|y', partnerId: 'u' }} options={{ onWarning }} />)
  expect(onWarning).toHaveBeenCalledTimes(2)
  expect(sessionFromOf(page.tree)).toBe('sobot|x｜y|||partnerid=u')
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
