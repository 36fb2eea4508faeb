import { beforeAll, describe, expect, inject, it } from 'vitest'
import { BARE_BUTTON_CLASS } from '@sobot-contact/core'
import { attrsOf, findAll, startMiniProgram, textOf } from 'sobot-contact-test-kit/miniprogram'

// pages/recipes (the README's `bare` recipes) as `uni build -p mp-weixin` built it, in
// miniprogram-simulate with WeChat's own WXML compiler: bare buttons are still contact buttons, and
// the page's class and style reach the real <button> (virtualHost).
let mp: ReturnType<typeof startMiniProgram>
beforeAll(() => {
  const build = inject('demoBuild')
  expect(build.status, build.log).toBe(0)
  mp = startMiniProgram(build.outDir, { stubMissingApis: true })
})

describe('pages/recipes: any element is the button (bare)', () => {
  it('three bare contact buttons: open-type contact, the page’s class plus the bare class, hover-class none, no type', async () => {
    const buttons = findAll((await mp.openPage('pages/recipes/index')).toJSON(), 'wx-button').map(attrsOf)
    expect(buttons.map((a) => a.class)).toEqual([
      [BARE_BUTTON_CLASS, 'cell'],
      [BARE_BUTTON_CLASS, 'text-link'],
      [BARE_BUTTON_CLASS, 'fab'],
    ])
    expect(String(buttons[2]!.style)).toMatch(/z-index:\s*10/)
    for (const a of buttons) {
      expect(a.openType).toBe('contact')
      expect(a.hoverClass).toBe('none')
      // No `type`: WeChat's `button[type=default]` rule would paint the grey background back.
      expect(a.type).toBeFalsy()
      expect(String(a.sessionFrom)).toMatch(/^sobot\|Tom 汤姆\|/)
    }
  })

  it('the slot is the button’s content: a list cell’s label and arrow, a link’s text, an icon', async () => {
    const buttons = findAll((await mp.openPage('pages/recipes/index')).toJSON(), 'wx-button')
    expect(buttons.map((b) => textOf(b).trim())).toEqual(['在线客服 Customer service›', 'Ask us', ''])
    expect(findAll(buttons[2]!, 'wx-image')).toHaveLength(1)
  })

  it('a button without bare keeps WeChat’s look: no bare class, type default, the default hover class', async () => {
    const [plain] = findAll((await mp.openPage('pages/routing/index')).toJSON(), 'wx-button').map(attrsOf)
    expect(plain!.class).not.toContain(BARE_BUTTON_CLASS)
    expect(plain!.type).toBe('default')
    expect(plain!.hoverClass).toBe('button-hover')
  })
})
