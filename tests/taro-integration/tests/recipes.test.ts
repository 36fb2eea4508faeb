import { beforeAll, describe, expect, inject, test } from 'vitest'
import { BARE_BUTTON_CLASS } from '@sobot-contact/core'
import { attrsOf, findAll, startMiniProgram, textOf } from 'sobot-contact-test-kit/miniprogram'

// pages/recipes (the README's `bare` recipes) as `taro build --type weapp` built it, in
// miniprogram-simulate with WeChat's own WXML compiler: bare buttons are still contact buttons.
const build = inject('demoBuild')
let mp: ReturnType<typeof startMiniProgram>
beforeAll(() => {
  expect(build.status, build.log.slice(-3000)).toBe(0)
  mp = startMiniProgram(build.outDir)
})

describe('pages/recipes: any element is the button (bare)', () => {
  test('three bare contact buttons: open-type contact, the page’s class plus the bare class, hover-class none', async () => {
    const buttons = findAll((await mp.openPage('pages/recipes/index')).toJSON(), 'wx-button').map(attrsOf)
    expect(buttons.map((a) => a.class)).toEqual([`cell ${BARE_BUTTON_CLASS}`, `text-link ${BARE_BUTTON_CLASS}`, `fab ${BARE_BUTTON_CLASS}`])
    expect(String(buttons[2]!.style)).toMatch(/z-index:\s*10/)
    for (const a of buttons) {
      expect(a.openType).toBe('contact')
      expect(a.hoverClass).toBe('none')
      expect(String(a.sessionFrom)).toMatch(/^sobot\|Tom 汤姆\|/)
    }
  })

  test('the children are the button’s content: a list cell’s label and arrow, a link’s text, an icon', async () => {
    const buttons = findAll((await mp.openPage('pages/recipes/index')).toJSON(), 'wx-button')
    expect(buttons.map(textOf)).toEqual(['在线客服 Customer service›', 'Ask us', ''])
    expect(findAll(buttons[2]!, 'wx-image')).toHaveLength(1)
  })

  test('a button without bare keeps WeChat’s look: no bare class, the default hover class', async () => {
    const [plain] = findAll((await mp.openPage('pages/index/index')).toJSON(), 'wx-button').map(attrsOf)
    expect(plain!.class).toBe('contact')
    expect(plain!.hoverClass).toBe('button-hover')
  })
})
