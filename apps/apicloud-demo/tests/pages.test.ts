// The demo's AVM pages, as built (`pnpm build` copies the component and scripts into widget/):
// each page's markup parsed with htmlparser2, its script run against the real widget/script files,
// each <sobot-contact-button> given the props the page binds, and the copied component rendered
// with them. No AVM compiler exists outside APICloud Studio (see README); APICloud's global `api`
// (platform, pageParam, openWin, require('zhiChi')) is a recording stand-in because the real one
// exists only inside APICloud's runtimes.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { encodeSessionFrom, toAgent, toGroup } from '@sobot-contact/core'
import type { SessionFromInput } from '@sobot-contact/core'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  elements,
  evaluate,
  loadScript,
  mount,
  parseStml,
  renderAttributes,
  type Element,
  type Instance,
  type StmlDefinition,
} from '../../../packages/apicloud/tests/stml'

const widget = (p: string) => fileURLToPath(new URL('../widget/' + p, import.meta.url))
const CONFIG = widget('script/sobot-config.js')
const COMPONENT = widget('components/sobot-contact-button.stml')
const AVM_MODULE = widget('script/sobot-contact.js')

interface StandInApi {
  platform: string
  pageParam?: Record<string, string>
  opened: unknown[]
  zhiChiCalls: unknown[]
  openWin(o: unknown): void
  toast(o: unknown): void
  require(name: string): unknown
}
let api: StandInApi
let button: StmlDefinition

beforeAll(async () => {
  for (const f of [COMPONENT, AVM_MODULE, widget('script/sobot-contact.iife.js')]) {
    expect(existsSync(f), `${f} missing: run pnpm build (it copies @sobot-contact/apicloud into widget/)`).toBe(true)
  }
  button = await loadScript(parseStml(COMPONENT).script, { '../script/sobot-contact.js': AVM_MODULE })
})
beforeEach(() => {
  api = {
    platform: 'mp',
    opened: [],
    zhiChiCalls: [],
    openWin(o) {
      this.opened.push(o)
    },
    toast() {},
    require(name) {
      return name === 'zhiChi' ? { startZhiChi: (p: unknown, cb: (r: unknown) => void) => (this.zhiChiCalls.push(p), cb({})) } : undefined
    },
  }
  vi.stubGlobal('api', api)
})

/** A page of the demo: its template, an instance, and each contact button rendered from the props it binds. */
async function openPage(name: string) {
  const { template, script } = parseStml(widget(`pages/${name}/${name}.stml`))
  expect(script, `${name}.stml must import the component so AVM registers it`).toContain(
    "import '../../components/sobot-contact-button.stml'",
  )
  const page = mount(await loadScript(script, { '../../script/sobot-config.js': CONFIG }))
  const buttons = elements(template, 'sobot-contact-button').map((el) => {
    const props = renderAttributes(el, page.vm)
    const instance = mount(button, props)
    const rendered = renderAttributes(elements(parseStml(COMPONENT).template, 'button')[0]!, instance.vm)
    return { el, props, rendered, ...instance }
  })
  return { page, buttons }
}

/** Delivers the component's fired events to the page handlers bound on the element (`oncontact={this.x}`). */
function deliver(el: Element, fired: [string, unknown][], page: Instance) {
  for (const [event, detail] of fired) {
    const binding = el.attribs['on' + event]
    if (binding) (evaluate(binding, page) as (e: unknown) => void)({ detail })
  }
}

const USER = { partnerId: 'u-1001', nickname: 'Tom' }

describe('pages/main: the mini-program build (api.platform = mp)', () => {
  it('renders two contact buttons with exactly the expected session-from strings', async () => {
    const { buttons } = await openPage('main')
    expect(buttons).toHaveLength(2)
    const plain: SessionFromInput = { ...USER, avatarUrl: 'https://example.com/avatar/tom.png' }
    const afterSales: SessionFromInput = {
      ...USER,
      transferAction: [toGroup('after-sales-group-id', { overflowWhen: 'allBusy' }), toAgent('agent-7-id')],
    }
    expect(buttons.map((b) => b.rendered['session-from'])).toEqual([encodeSessionFrom(plain), encodeSessionFrom(afterSales)])
    expect(buttons[1]!.rendered['session-from']).toContain(
      'transfer_action=[{"actionType":"to_group","deciId":"after-sales-group-id","optionId":"3","spillId":"5"},{"actionType":"to_service","deciId":"agent-7-id","optionId":"2"}]',
    )
    for (const b of buttons) {
      expect(b.rendered['open-type']).toBe('contact')
      expect(b.rendered['show-message-card']).toBeUndefined()
      expect(b.fired).toEqual([])
    }
  })

  it('the App build: tapping the after-sales button calls startZhiChi with the mapped user, and reports the routing it cannot send', async () => {
    api.platform = 'app'
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { buttons } = await openPage('main')
    ;(buttons[1]!.vm.onTap as () => void)()
    await new Promise((r) => setTimeout(r, 0))
    expect(api.zhiChiCalls).toEqual([{ sysNum: 'your-sobot-sysnum', userId: 'u-1001', nickName: 'Tom' }])
    const [event, detail] = buttons[1]!.fired[0]!
    expect(event).toBe('open')
    expect((detail as { warnings: { path: string }[] }).warnings.map((w) => w.path)).toEqual(['session.transferAction'])
    warn.mockRestore()
  })
})

describe('pages/product: the card and the way back', () => {
  it('offers the product card (title, page path with the id, image) and the product in params', async () => {
    api.pageParam = { id: '7' }
    const { buttons } = await openPage('product')
    expect(buttons).toHaveLength(1)
    expect(buttons[0]!.rendered).toEqual({
      class: 'sobot-contact-button',
      'open-type': 'contact',
      'session-from': encodeSessionFrom({ ...USER, params: { productId: '7' } }),
      'show-message-card': true,
      'send-message-title': 'Tea set',
      'send-message-path': 'pages/product/product?id=7',
      'send-message-img': 'https://example.com/products/tea-set.png',
    })
  })

  it('a card tapped in the chat opens that product; coming back without a card does nothing', async () => {
    const { page, buttons } = await openPage('product')
    const b = buttons[0]!
    ;(b.vm.onContact as (e: unknown) => void)({ detail: { path: 'pages/product/product', query: { id: '42' } } })
    ;(b.vm.onContact as (e: unknown) => void)({ detail: {} })
    deliver(b.el, b.fired, page.vm)
    expect(api.opened).toEqual([{ name: 'product-42', url: '../product/product.stml', pageParam: { id: '42' } }])
  })
})
