import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BARE_BUTTON_CLASS, bareButtonLook } from '../src'

// The stylesheet both wrappers ship (`@sobot-contact/core/bare.css`), read as a user's bundler reads it.
const css = readFileSync(new URL('../bare.css', import.meta.url), 'utf8')
/** The declarations of one rule, as `property: value` strings (comments removed). */
function declarations(selector: string): string[] {
  const body = css.replace(/\/\*[\s\S]*?\*\//g, '').match(new RegExp(`(^|\\n)${selector.replace(/[.:]/g, '\\$&')}\\s*\\{([^}]*)\\}`))
  expect(body, selector).toBeTruthy()
  return body![2]!.split(';').map((d) => d.trim().replace(/\s+/g, ' ')).filter(Boolean)
}

describe('bareButtonLook', () => {
  it('the bare class after the app’s classes, hover-class none', () => {
    expect(bareButtonLook('fab')).toEqual({ className: `fab ${BARE_BUTTON_CLASS}`, hoverClass: 'none' })
    expect(bareButtonLook()).toEqual({ className: BARE_BUTTON_CLASS, hoverClass: 'none' })
    expect(bareButtonLook('')).toEqual({ className: BARE_BUTTON_CLASS, hoverClass: 'none' })
  })

  it('the app’s own hover-class wins over none', () => {
    expect(bareButtonLook(undefined, 'pressed')).toEqual({ className: BARE_BUTTON_CLASS, hoverClass: 'pressed' })
  })
})

describe('bare.css: the one definition of the bare look', () => {
  it('resets every part of WeChat’s button look on the class core names', () => {
    expect(declarations(`.${BARE_BUTTON_CLASS}`)).toEqual([
      'margin: 0',
      'padding: 0',
      'border-radius: 0',
      'width: auto',
      'background: none',
      'color: inherit',
      'font: inherit',
      'text-align: inherit',
    ])
  })

  it('removes the border WeChat draws in button::after', () => {
    expect(declarations(`.${BARE_BUTTON_CLASS}::after`)).toEqual(['border: 0'])
  })

  it('is shipped: listed in files and exports, and kept by bundlers (sideEffects)', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { files: string[]; exports: Record<string, unknown>; sideEffects: string[] }
    expect(pkg.files).toContain('bare.css')
    expect(pkg.exports['./bare.css']).toBe('./bare.css')
    expect(pkg.sideEffects).toEqual(['*.css'])
  })
})
