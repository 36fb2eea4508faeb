// Type tests of the public API (vitest typecheck with vue-tsc): what must compile, and what must not.
import { expectTypeOf, test } from 'vitest'
import { ref, type ComputedRef } from 'vue'
import { shortenFreeText, type SessionFromInput } from '@sobot-contact/core'
import type { ComponentProps } from 'vue-component-type-helpers'
import type SobotContactButton from '../components/sobot-contact-button/sobot-contact-button.vue'
import { useSessionFrom } from '../src'

type Props = ComponentProps<typeof SobotContactButton>

test('the documented props and composable compile', () => {
  const props: Props = {
    session: { nickname: 'Tom', partnerId: 42 },
    card: { title: 'Blue mug', path: 'pages/product/index?id=42' },
    overflow: shortenFreeText,
    navigateOnContact: true,
    type: 'primary',
  }
  void props
  expectTypeOf(useSessionFrom(ref<SessionFromInput>({ nickname: 'Tom' }), { overflow: shortenFreeText })).toEqualTypeOf<ComputedRef<string>>()
})

test('what must not compile', () => {
  // @ts-expect-error an unknown session field
  const a: Props = { session: { nickName: 'Tom' } }
  // @ts-expect-error a card's title is a string
  const b: Props = { card: { title: 42 } }
  // @ts-expect-error a contact attribute is computed, never passed
  const c: Props = { sessionFrom: 'sobot||||' }
  void [a, b, c]
})
