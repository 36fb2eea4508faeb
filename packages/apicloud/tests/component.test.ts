// sobot-contact-button.stml, read the way a compiler would: the template parsed with a real
// HTML/XML parser (htmlparser2), the script run in Node against the built AVM module it imports
// (dist/avm/sobot-contact.js, core included), and every {binding} evaluated on a component
// instance. No AVM compiler exists outside APICloud Studio, so the instance is a plain object with
// AVM's component surface (props, fire, methods, lifecycle); `api` is a stand-in for APICloud's
// global (`platform`, `require`) because the real one exists only inside APICloud's runtimes.
import { fileURLToPath } from 'node:url'
import { CONTACT_BUTTON_ATTRIBUTES, encodeSessionFrom, getContactButtonProps, toAgent, toGroup } from '@sobot-contact/core'
import type { ContactButtonInput } from '@sobot-contact/core'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { elements, evaluate, loadScript, mount as mountWith, parseStml, renderAttributes } from './stml'
import type { Element, Instance, StmlDefinition } from './stml'

const STML = fileURLToPath(new URL('../components/sobot-contact-button.stml', import.meta.url))
const AVM_MODULE = fileURLToPath(new URL('../dist/avm/sobot-contact.js', import.meta.url))
const IMPORT_PATH = '../script/sobot-contact.js' // where `sobot-contact-apicloud add` puts the module

const { template, script } = parseStml(STML)
const buttons = elements(template, 'button')
const button = buttons[0]!

let definition: StmlDefinition
let calls: Record<string, unknown>[]
let api: { platform: string; require: (name: string) => unknown }

beforeAll(async () => {
  // The script as AVM would load it, its import pointed at the built module the copy step installs.
  expect(script).toContain(`from '${IMPORT_PATH}'`)
  definition = await loadScript(script, { [IMPORT_PATH]: AVM_MODULE })
})
afterAll(() => {
  vi.unstubAllGlobals()
})
beforeEach(() => {
  calls = []
  const zhiChi = {
    startZhiChi(params: Record<string, unknown>, cb: (ret: unknown) => void) {
      calls.push(params)
      cb({ status: true })
    },
  }
  api = { platform: 'mp', require: (name) => (name === 'zhiChi' ? zhiChi : undefined) }
  vi.stubGlobal('api', api)
})

const mount = (props: Record<string, unknown>) => mountWith(definition, props)
const rendered = (vm: Instance) => renderAttributes(button, vm)

const wxml = (input: ContactButtonInput) => {
  const props = getContactButtonProps(input) as unknown as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const [camel, kebab] of Object.entries(CONTACT_BUTTON_ATTRIBUTES)) out[kebab] = props[camel]
  return out
}

describe('the template (htmlparser2)', () => {
  it('is one <button> with class, every contact attribute, oncontact and onclick', () => {
    expect(buttons).toHaveLength(1)
    expect(template.children.filter((c) => (c as Element).type === 'tag')).toEqual([button])
    expect(Object.keys(button.attribs).sort()).toEqual(
      ['class', 'onclick', 'oncontact', ...Object.values(CONTACT_BUTTON_ATTRIBUTES)].sort(),
    )
  })

  it('binds every attribute of core’s contact-button model under its WXML name', () => {
    for (const [camel, kebab] of Object.entries(CONTACT_BUTTON_ATTRIBUTES)) {
      const value = button.attribs[kebab]
      expect(value, `${camel} → ${kebab} is not bound in sobot-contact-button.stml`).toBeDefined()
      expect(value!.startsWith('{') && value!.endsWith('}'), `${kebab}="${value}" is not one {expression}`).toBe(true)
    }
  })

  it('binds the events to methods that exist', () => {
    const { vm } = mount({})
    expect(evaluate(button.attribs.oncontact!, vm)).toBe(vm.onContact)
    expect(evaluate(button.attribs.onclick!, vm)).toBe(vm.onTap)
    expect(typeof vm.onContact).toBe('function')
  })

  it('labels the button from props.label, 联系客服 by default', () => {
    const text = (button.children[0] as { data: string }).data
    expect(evaluate(text, mount({}).vm)).toBe('联系客服')
    expect(evaluate(text, mount({ label: 'Chat with us' }).vm)).toBe('Chat with us')
  })
})

describe('the script, in a WeChat mini-program build (api.platform = mp)', () => {
  const cases: [string, ContactButtonInput][] = [
    ['plain, with nickname and avatar', { session: { nickname: 'Tom', avatarUrl: 'https://example.com/t.png', partnerId: 'u-42' } }],
    [
      'skill-group routing that overflows to an agent',
      { session: { partnerId: 'u-7', transferAction: [toGroup('g-after-sales', { overflowWhen: 'allBusy' }), toAgent('a-9')] } },
    ],
    [
      'product card',
      {
        session: { nickname: '小明', params: { sku: 'MUG-42' } },
        card: { title: 'Blue mug', path: 'pages/product/product?id=42', imageUrl: 'https://example.com/mug.png' },
      },
    ],
  ]

  it.each(cases)('%s: the rendered attributes equal core’s model', (_name, input) => {
    const { vm, fired } = mount({ ...input })
    expect(rendered(vm)).toEqual({ class: 'sobot-contact-button', ...wxml(input) })
    expect(rendered(vm)['session-from']).toBe(encodeSessionFrom(input.session as never))
    expect(fired).toEqual([])
  })

  it('card attributes only with a card', () => {
    const r = rendered(mount({ session: { nickname: 'Tom' } }).vm)
    expect(r['show-message-card']).toBeUndefined()
    expect(r['send-message-path']).toBeUndefined()
    expect(rendered(mount({ card: { path: 'pages/a/a' } }).vm)).toMatchObject({ 'show-message-card': true, 'send-message-path': 'pages/a/a' })
  })

  it('a bad session still renders a working button (sobot||||) and fires error once, with the code', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { vm, fired } = mount({ session: { partnerId: 'a|b' } })
    expect(rendered(vm)['session-from']).toBe('sobot||||')
    definition.afterUpdate!.call(vm)
    expect(fired).toHaveLength(1)
    const [name, detail] = fired[0]!
    expect(name).toBe('error')
    const { error: fault } = detail as { error: { code: string; path: string } }
    expect([fault.code, fault.path]).toEqual(['SEPARATOR_IN_ID', 'partnerId'])
    expect(error).toHaveBeenCalledTimes(1)
    error.mockRestore()
  })

  it('re-encodes only when the props’ content changes', () => {
    const { vm } = mount({ session: { nickname: 'Tom' } })
    const state = vm.state as () => unknown
    const first = state()
    vm.props = { session: { nickname: 'Tom' } } // a new object, same content
    expect(state()).toBe(first)
    vm.props = { session: { nickname: 'Ann' } }
    expect(state()).not.toBe(first)
    expect(rendered(vm)['session-from']).toBe(encodeSessionFrom({ nickname: 'Ann' }))
  })

  it('contact: a card tapped in the chat fires contact with core’s parsed target', () => {
    const { vm, fired } = mount({})
    ;(evaluate(button.attribs.oncontact!, vm) as (e: unknown) => void)({ detail: { path: 'pages/product/product', query: { id: '42' } } })
    ;(vm.onContact as (e: unknown) => void)({ detail: {} })
    expect(fired).toEqual([
      [
        'contact',
        {
          target: { url: '/pages/product/product?id=42', path: 'pages/product/product', query: { id: '42' } },
          detail: { path: 'pages/product/product', query: { id: '42' } },
        },
      ],
      ['contact', { target: null, detail: {} }],
    ])
  })

  it('a tap does not call the zhiChi module (WeChat’s open-type opens the chat)', () => {
    const { vm } = mount({ sysNum: 'made-up-sysnum', session: { partnerId: 'u' } })
    ;(evaluate(button.attribs.onclick!, vm) as () => void)()
    expect(calls).toEqual([])
  })
})

describe('the script, in an App build (api.platform = app)', () => {
  beforeEach(() => {
    api.platform = 'app'
  })
  const flush = () => new Promise((r) => setTimeout(r, 0))

  it('a tap opens Sobot through zhiChi with the same session, mapped', async () => {
    const { vm, fired } = mount({
      sysNum: 'made-up-sysnum',
      session: { partnerId: 'u-42', nickname: 'Tom' },
      phone: '13800000000',
    })
    ;(evaluate(button.attribs.onclick!, vm) as () => void)()
    await flush()
    expect(calls).toEqual([{ sysNum: 'made-up-sysnum', userId: 'u-42', nickName: 'Tom', phone: '13800000000' }])
    expect(fired).toEqual([['open', { params: calls[0], warnings: [], result: { status: true } }]])
  })

  it('without the module or sysNum, the tap fires error with the code', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const noSys = mount({ session: { partnerId: 'u-1' } })
    ;(noSys.vm.onTap as () => void)()
    api.require = () => undefined
    const noModule = mount({ sysNum: 'made-up-sysnum' })
    ;(noModule.vm.onTap as () => void)()
    await flush()
    const code = (f: [string, unknown][]) => f.map(([n, d]) => [n, (d as { error: { code: string } }).error.code])
    expect(code(noSys.fired)).toEqual([['error', 'MISSING_SYS_NUM']])
    expect(code(noModule.fired)).toEqual([['error', 'NATIVE_MODULE_MISSING']])
    expect(calls).toEqual([])
    error.mockRestore()
  })
})
