// Type tests of the public options (vitest typecheck): what must compile, and what must not.
import { expectTypeOf, test } from 'vitest'
import type { SobotContactErrorCode } from '@sobot-contact/core'
import { createSobotButton, openSobotChat, toZhiChiParams, type SobotApiCloudErrorCode, type SobotButtonProps } from '../src'

test('the documented options compile', () => {
  const props: SobotButtonProps = { sysNum: 'x', session: { nickname: 'Tom', partnerId: 'u-1' }, card: { title: 'Mug' }, label: '联系客服' }
  expectTypeOf(createSobotButton().resolve(props, 'mp').attributes['session-from']).toEqualTypeOf<string>()
  expectTypeOf(toZhiChiParams({ sysNum: 'x' }).warnings[0]!.code).toEqualTypeOf<SobotApiCloudErrorCode>()
  void openSobotChat({ sysNum: 'x', session: 'sobot|Tom|||', moduleOptions: { skillSetId: 'g-1' } })
})

test('what must not compile', () => {
  // @ts-expect-error an unknown session field
  const a: SobotButtonProps = { session: { nickName: 'Tom' } }
  // @ts-expect-error a card's title is a string
  const b: SobotButtonProps = { card: { title: 42 } }
  // @ts-expect-error the App's codes are not core's
  expectTypeOf<'MISSING_SYS_NUM'>().toExtend<SobotContactErrorCode>()
  void [a, b]
})
