import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, type VNode } from 'vue'
import { BARE_BUTTON_CLASS } from '@sobot-contact/core'
import SobotContactButton from '../components/sobot-contact-button/sobot-contact-button.vue'

// `bare` on the real SFC, rendered by Vue (the mp-weixin build: tests/uni-integration/tests/recipes.test.ts).
const SFC = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../components/sobot-contact-button/sobot-contact-button.vue'), 'utf8')
/** What the template bound as `type` (an HTML <button> normalizes the attribute: jsdom reads back "submit"). */
const boundType = (el: Element) => (el as unknown as { __vnode: VNode }).__vnode.props?.type

// STAND-IN for uni-app's API (no uni runtime here): the WeChat client the button reads, a phone.
vi.stubGlobal('uni', { navigateTo: () => Promise.resolve(), getDeviceInfo: () => ({ platform: 'ios' }) })

describe('<sobot-contact-button bare>', () => {
  it('still a contact button; the page’s class and style plus the bare class; hover-class none; no type', () => {
    const Page = defineComponent(() => () => h(SobotContactButton, { bare: true, class: 'fab', style: 'z-index: 10' }, () => h('text', 'icon')))
    const el = mount(Page).find('button')
    expect(el.attributes('open-type')).toBe('contact')
    expect(el.classes()).toEqual(expect.arrayContaining(['fab', BARE_BUTTON_CLASS]))
    expect(el.attributes('style')).toContain('z-index: 10')
    expect(el.attributes('hover-class')).toBe('none')
    expect(boundType(el.element)).toBeUndefined()
    expect(el.text()).toBe('icon')
  })

  it('the page’s own hover-class and type win', () => {
    const el = mount(SobotContactButton, { props: { bare: true, hoverClass: 'pressed', type: 'primary' } }).find('button')
    expect(el.attributes('hover-class')).toBe('pressed')
    expect(boundType(el.element)).toBe('primary')
  })

  it('without bare nothing changes: no bare class, type default, hover-class button-hover', () => {
    const el = mount(SobotContactButton).find('button')
    expect(el.classes()).not.toContain(BARE_BUTTON_CLASS)
    expect(boundType(el.element)).toBe('default')
    expect(el.attributes('hover-class')).toBe('button-hover')
  })

  it('ships core’s bare.css in its <style> (uni inlines it into the component’s stylesheet)', () => {
    expect(SFC).toMatch(/<style>[\s\S]*@import '@sobot-contact\/core\/bare\.css';[\s\S]*<\/style>/)
  })
})
