// The shared contact-button conformance spec (sobot-contact-test-kit), rendered through Taro's
// real mini-program reconciler; navigation goes to the recording `wx` stand-in of tests/setup.ts.
import { CONTACT_BUTTON_ATTRIBUTES } from '@sobot-contact/core'
import { describeContactButtonConformance, type ConformanceProps } from 'sobot-contact-test-kit/conformance'
import { SobotContactButton } from '../src'
import { findAll, propsOf, renderMini, type MiniNode } from './harness'
import { wxCalls, wxFailures } from './setup'

describeContactButtonConformance('<SobotContactButton> (Taro)', {
  async mount(props, handlers) {
    const element = (p: ConformanceProps) => (
      <SobotContactButton
        {...(p as object)}
        onError={handlers.onError}
        onWarning={handlers.onWarning}
        onContact={(target) => handlers.onContact(target)}
      />
    )
    const page = await renderMini(element(props))
    const button = () => findAll(page.tree, 'button')[0] as MiniNode
    return {
      attributes() {
        const rendered = propsOf(button(), 'button')
        const out: Record<string, unknown> = {}
        for (const [camel, wxml] of Object.entries(CONTACT_BUTTON_ATTRIBUTES)) {
          if (rendered[camel] !== undefined && rendered[camel] !== '') out[wxml] = rendered[camel]
        }
        return out
      },
      update: (next) => page.rerender(element(next)),
      contact: (detail) => page.fire(button(), 'contact', detail),
    }
  },
  navigations: () => wxCalls.filter(([name]) => name === 'navigateTo').map(([, options]) => options.url as string),
  failNavigation: () => wxFailures.add('navigateTo'),
  reset() {
    wxCalls.length = 0
    wxFailures.clear()
  },
})
