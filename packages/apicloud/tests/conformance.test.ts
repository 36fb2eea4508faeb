// The shared contact-button conformance spec (sobot-contact-test-kit) on sobot-contact-button.stml:
// its script run against the built AVM module, its {bindings} evaluated (see ./stml.ts — no AVM
// compiler exists outside APICloud Studio). `api` (platform 'mp') and `wx.navigateTo` are stand-ins
// for APICloud's and WeChat's runtimes, which exist only on a device.
import { fileURLToPath } from 'node:url'
import { beforeAll, vi } from 'vitest'
import { CONTACT_BUTTON_ATTRIBUTES } from '@sobot-contact/core'
import type { ContactTarget, SobotContactError, SobotContactIssue } from '@sobot-contact/core'
import { describeContactButtonConformance, navigationStandIn, type ConformanceHandlers } from 'sobot-contact-test-kit/conformance'
import { elements, evaluate, loadScript, parseStml, renderAttributes } from './stml'
import type { Instance, StmlDefinition } from './stml'

const STML = fileURLToPath(new URL('../components/sobot-contact-button.stml', import.meta.url))
const AVM_MODULE = fileURLToPath(new URL('../dist/avm/sobot-contact.js', import.meta.url))
const { template, script } = parseStml(STML)
const button = elements(template, 'button')[0]!

let definition: StmlDefinition
beforeAll(async () => {
  definition = await loadScript(script, { '../script/sobot-contact.js': AVM_MODULE })
})

const nav = navigationStandIn()
vi.stubGlobal('api', { platform: 'mp', require: () => undefined })
vi.stubGlobal('wx', { navigateTo: nav.navigateTo })
vi.spyOn(console, 'error').mockImplementation(() => {}) // AVM cannot tell whether the page listens: it always logs too

/** An AVM instance whose `fire` dispatches to the handlers, as `onerror` / `onwarning` / `oncontact` listeners would. */
function instance(props: Record<string, unknown>, handlers: ConformanceHandlers): Instance {
  type Detail = { error: SobotContactError; warning: SobotContactIssue; target: ContactTarget | null }
  const fire = (name: string, detail: Detail) => {
    if (name === 'error') handlers.onError(detail.error)
    if (name === 'warning') handlers.onWarning(detail.warning)
    if (name === 'contact') handlers.onContact(detail.target)
  }
  const vm: Instance = { props, data: {}, fire }
  for (const [k, fn] of Object.entries(definition.methods || {})) vm[k] = fn.bind(vm)
  definition.installed?.call(vm)
  return vm
}

describeContactButtonConformance('sobot-contact-button.stml (APICloud AVM)', {
  async mount(props, handlers) {
    const vm = instance(props as Record<string, unknown>, handlers)
    const names = Object.values(CONTACT_BUTTON_ATTRIBUTES) as string[]
    return {
      attributes() {
        const rendered = renderAttributes(button, vm)
        return Object.fromEntries(Object.entries(rendered).filter(([k, v]) => names.includes(k) && v !== undefined))
      },
      async update(next) {
        vm.props = next as Record<string, unknown>
        renderAttributes(button, vm)
        definition.afterUpdate?.call(vm)
      },
      async contact(detail) {
        ;(evaluate(button.attribs.oncontact!, vm) as (e: unknown) => void)({ detail })
      },
    }
  },
  ...nav,
})
