// The shared contact-button conformance spec (sobot-contact-test-kit) on the real SFC, rendered by
// Vue. `uni` is the uni-app runtime (in WeChat it maps to `wx`) and cannot exist in Node: the
// stand-in below records navigations and can refuse them the way WeChat refuses a tab-bar page.
import { mount } from '@vue/test-utils'
import { vi } from 'vitest'
import { CONTACT_BUTTON_ATTRIBUTES } from '@sobot-contact/core'
import { describeContactButtonConformance, navigationStandIn } from 'sobot-contact-test-kit/conformance'
import SobotContactButton from '../components/sobot-contact-button/sobot-contact-button.vue'

const nav = navigationStandIn()
vi.stubGlobal('uni', { navigateTo: nav.navigateTo })

describeContactButtonConformance('<sobot-contact-button> (uni-app)', {
  async mount(props, handlers) {
    const wrapper = mount(SobotContactButton, {
      props: props as Record<string, unknown>,
      attrs: {
        onError: handlers.onError,
        onWarning: handlers.onWarning,
        onContact: (target: Parameters<typeof handlers.onContact>[0]) => handlers.onContact(target),
      },
    })
    const button = () => wrapper.find('button')
    return {
      attributes() {
        const out: Record<string, unknown> = {}
        for (const name of Object.values(CONTACT_BUTTON_ATTRIBUTES)) {
          const value = button().attributes(name)
          // The DOM writes the boolean show-message-card as the string "true".
          if (value !== undefined) out[name] = value === 'true' ? true : value
        }
        return out
      },
      async update(next) {
        await wrapper.setProps({ session: undefined, card: undefined, overflow: undefined, ...(next as Record<string, unknown>) })
      },
      async contact(detail) {
        button().element.dispatchEvent(new CustomEvent('contact', { detail }))
      },
    }
  },
  ...nav,
})
