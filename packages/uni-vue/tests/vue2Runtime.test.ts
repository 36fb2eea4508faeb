// The shared contact-button conformance spec (sobot-contact-test-kit) on the generated Vue 2
// component (vue2/components/, pnpm build), rendered by Vue 2.6's own runtime and template compiler:
// `vue` is Vue 2 for this file (the bridge imports it), the component is the build's output. `uni`
// is a stand-in (navigations recorded, refusable), as in conformance.test.ts.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'
import { parse } from '@vue/compiler-sfc'
import { CONTACT_BUTTON_ATTRIBUTES } from '@sobot-contact/core'
import { describeContactButtonConformance, navigationStandIn, type ConformanceHandlers } from 'sobot-contact-test-kit/conformance'

/** Vue 2.6's full build (runtime + template compiler): what `vue` is for this file. */
interface Vue2 {
  new (options: Record<string, unknown>): { $mount(el: Element): { $el: Element }; props: Record<string, unknown> }
  extend(options: Record<string, unknown>): unknown
  nextTick(): Promise<void>
  config: { productionTip: boolean; devtools: boolean }
  version: string
}
const Vue = createRequire(import.meta.url)('vue2/dist/vue.common.dev.js') as Vue2
vi.mock('vue', () => ({ default: createRequire(import.meta.url)('vue2/dist/vue.common.dev.js') }))

const HERE = dirname(fileURLToPath(import.meta.url))
const FOLDER = resolve(HERE, '../vue2/components/sobot-contact-button')
// The generated SFC's script, next to it (its relative imports resolve there), for this run only.
const SCRIPT = join(FOLDER, `.vue2Runtime-${process.pid}.mjs`)

const nav = navigationStandIn()
vi.stubGlobal('uni', { navigateTo: nav.navigateTo })

let component: Record<string, unknown>
beforeAll(async () => {
  Vue.config.productionTip = false
  Vue.config.devtools = false
  const sfc = join(FOLDER, 'sobot-contact-button.vue')
  if (!existsSync(sfc)) throw new Error(`${sfc} is missing: this package's build generates it (pnpm build, or pnpm --filter @sobot-contact/uni-vue build:vue2)`)
  const { descriptor } = parse(readFileSync(sfc, 'utf8'))
  writeFileSync(SCRIPT, descriptor.script!.content)
  const options = ((await import(/* @vite-ignore */ SCRIPT)) as { default: Record<string, unknown> }).default
  component = { ...options, template: descriptor.template!.content }
})
afterAll(() => rmSync(SCRIPT, { force: true }))

function mountVue2(props: Record<string, unknown>, handlers: ConformanceHandlers) {
  const Button = Vue.extend(component)
  const root = new Vue({
    data: { props },
    render(this: { props: Record<string, unknown> }, h: (tag: unknown, data: object) => unknown) {
      return h(Button, { props: this.props, on: { error: handlers.onError, warning: handlers.onWarning, contact: handlers.onContact } })
    },
  })
  const host = document.createElement('div')
  document.body.appendChild(host)
  return { root, el: root.$mount(host).$el }
}

it('is Vue 2.6 that renders it: Vue 2 options (no setup left to Vue), a Vue 2 instance on the element', () => {
  expect(Vue.version).toBe('2.6.14')
  expect(component.setup).toBeUndefined()
  expect(typeof component.data).toBe('function')
  const none = () => {}
  const { el } = mountVue2({ session: { nickname: 'Tom', partnerId: 'user-42' } }, { onError: none, onWarning: none, onContact: none })
  expect((el as Element & { __vue__?: unknown }).__vue__).toBeDefined()
  expect(el.getAttribute('session-from')).toBe('sobot|Tom|||partnerid=user-42')
})

describeContactButtonConformance('<sobot-contact-button> (uni-app, Vue 2.6: the generated vue2/ component)', {
  async mount(props, handlers) {
    const { root, el } = mountVue2(props as Record<string, unknown>, handlers)
    return {
      attributes() {
        const out: Record<string, unknown> = {}
        for (const name of Object.values(CONTACT_BUTTON_ATTRIBUTES)) {
          const value = el.getAttribute(name)
          // The DOM writes the boolean show-message-card as the string "true".
          if (value !== null) out[name] = value === 'true' ? true : value
        }
        return out
      },
      async update(next) {
        root.props = { session: undefined, card: undefined, overflow: undefined, ...(next as Record<string, unknown>) }
        await Vue.nextTick()
      },
      async contact(detail) {
        el.dispatchEvent(new CustomEvent('contact', { detail }))
      },
    }
  },
  ...nav,
})
