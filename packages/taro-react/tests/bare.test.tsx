import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { BARE_BUTTON_CLASS } from '@sobot-contact/core'
import { SobotContactButton } from '../src'
import { findAll, propsOf, renderMini } from './harness'

// `bare` through Taro's real mini-program reconciler: what WeChat's page receives with setData.
async function buttonProps(element: React.ReactElement) {
  const page = await renderMini(element)
  const buttons = findAll(page.tree, 'button')
  expect(buttons).toHaveLength(1)
  return propsOf(buttons[0]!, 'button')
}

describe('bare: any element is the button', () => {
  test('still a contact button; the app’s className and style plus the bare class; hoverClass none', async () => {
    const props = await buttonProps(
      <SobotContactButton bare className="fab" style={{ zIndex: 10 }}>
        <text>icon</text>
      </SobotContactButton>,
    )
    expect(props).toMatchObject({ openType: 'contact', className: `fab ${BARE_BUTTON_CLASS}`, hoverClass: 'none' })
    expect(props.style).toMatch(/z-index:\s*10/)
  })

  test('the app’s own hoverClass wins; no className gives the bare class alone', async () => {
    expect(await buttonProps(<SobotContactButton bare hoverClass="pressed" />)).toMatchObject({ className: BARE_BUTTON_CLASS, hoverClass: 'pressed' })
  })

  test('without bare nothing changes: no bare class, no hoverClass set', async () => {
    const props = await buttonProps(<SobotContactButton className="cs" />)
    expect(props.className).toBe('cs')
    expect(props).not.toHaveProperty('hoverClass')
  })

  test('the built entry imports core’s bare.css, so the app’s bundler emits the reset', () => {
    for (const file of ['index.js', 'index.cjs']) expect(readFileSync(new URL(`../dist/${file}`, import.meta.url), 'utf8')).toMatch(/['"]@sobot-contact\/core\/bare\.css['"]/)
  })
})
