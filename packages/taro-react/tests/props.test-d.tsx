// Type tests of the public props (vitest typecheck): what must compile, and what must not.
import { expectTypeOf, test } from 'vitest'
import { shortenFreeText, toGroup, type ContactTarget, type SobotContactError } from '@sobot-contact/core'
import { SobotContactButton, useSessionFrom, type SobotContactButtonProps } from '../src'

test('the documented props compile', () => {
  ;<SobotContactButton
    session={{ nickname: 'Tom', partnerId: 42, transferAction: [toGroup('g-1', { overflowWhen: 'allBusy' })] }}
    card={{ title: 'Blue mug', path: 'pages/product/index?id=42', imageUrl: 'https://example.com/mug.png' }}
    overflow={shortenFreeText}
    onError={(e) => expectTypeOf(e).toEqualTypeOf<SobotContactError>()}
    onWarning={(w) => expectTypeOf(w.code).toBeString()}
    onContact={(target) => expectTypeOf(target).toEqualTypeOf<ContactTarget | null>()}
    navigateOnContact
    type="primary"
    className="contact"
  />
  ;<SobotContactButton session="sobot|Tom|||" />
  expectTypeOf(useSessionFrom({ nickname: 'Tom' }, { overflow: shortenFreeText })).toEqualTypeOf<string>()
})

test('what must not compile', () => {
  // @ts-expect-error a contact attribute is computed from `session`, never passed by hand
  ;<SobotContactButton sessionFrom="sobot||||" />
  // @ts-expect-error openType is always "contact"
  ;<SobotContactButton openType="share" />
  // @ts-expect-error sendMessageTitle comes from `card`
  ;<SobotContactButton sendMessageTitle="x" />
  // @ts-expect-error an unknown session field
  ;<SobotContactButton session={{ nickName: 'Tom' }} />
  // @ts-expect-error params are flat: no nested objects
  ;<SobotContactButton session={{ params: { a: { b: 1 } } }} />
  // @ts-expect-error a card's title is a string
  ;<SobotContactButton card={{ title: 42 }} />
  // @ts-expect-error the card has no `url`: it is a page path (`path`)
  ;<SobotContactButton card={{ url: 'https://example.com' }} />
  expectTypeOf<SobotContactButtonProps>().not.toHaveProperty('sessionFrom')
})
