import { CONTACT_BUTTON_ATTRIBUTES, resolveContactButtonProps } from '@sobot-contact/core'
import type { ContactButtonProps, SobotContactError, SobotContactIssue } from '@sobot-contact/core'
import type { SobotAppOptions } from './zhiChi'

/** The contact button's attributes under their WXML names (`session-from`, `show-message-card`…). */
export type WxmlContactAttributes = {
  -readonly [K in keyof typeof CONTACT_BUTTON_ATTRIBUTES as (typeof CONTACT_BUTTON_ATTRIBUTES)[K]]?: ContactButtonProps[K]
} & { 'open-type': 'contact'; 'session-from': string }

/** What `sobot-contact-button.stml` renders, computed from its props and AVM's `api.platform`. */
export interface SobotButtonState {
  /**
   * `contact-button` in a WeChat mini-program build (`api.platform === 'mp'`): WeChat's
   * `<button open-type="contact">` with {@link attributes}. `native-module` anywhere else: a plain
   * button whose tap opens Sobot through the `zhiChi` module ({@link openSobotChat}).
   */
  mode: 'contact-button' | 'native-module'
  /** Every attribute of core's contact-button model under its WXML name; always usable. */
  attributes: WxmlContactAttributes
  /** The session and/or card errors (the button then falls back to `sobot||||` / no card). */
  errors: SobotContactError[]
  /** Changes made while encoding (e.g. `|` → `｜` in a nickname). */
  warnings: SobotContactIssue[]
}

/** The props `sobot-contact-button.stml` accepts (one configuration for both faces). */
export interface SobotButtonProps extends SobotAppOptions {
  /** The label; default `联系客服`. */
  label?: string
}

/** Maps core's camelCase model to WXML attribute names, for every key core defines. */
export function toWxmlAttributes(props: ContactButtonProps): WxmlContactAttributes {
  const out: Record<string, unknown> = {}
  const names = CONTACT_BUTTON_ATTRIBUTES as Record<string, string>
  for (const key of Object.keys(names)) {
    const value = (props as unknown as Record<string, unknown>)[key]
    if (value !== undefined) out[names[key] as string] = value
  }
  return out as WxmlContactAttributes
}

/**
 * Computes the component's state. Never throws: a bad session falls back to Sobot's default
 * routing (`sobot||||`) and a bad card to no card, with the errors returned for the component to
 * report, so the page never breaks.
 *
 * @param props - The component's props.
 * @param platform - AVM's `api.platform`: `mp`, `app` or `web`.
 */
export function resolveSobotButton(props: SobotButtonProps, platform: string | undefined): SobotButtonState {
  const resolved = resolveContactButtonProps({ session: props.session, card: props.card })
  return {
    mode: platform === 'mp' ? 'contact-button' : 'native-module',
    attributes: toWxmlAttributes(resolved.props),
    errors: resolved.errors,
    warnings: resolved.warnings,
  }
}

/**
 * A per-component memo of {@link resolveSobotButton}: the template reads the state once per bound
 * attribute, and the session is encoded again only when the props' content changes.
 *
 * @example
 * // in an AVM component: this.state = this.state || createSobotButton()
 * //                      this.state(this.props, api.platform).attributes['session-from']
 */
export function createSobotButton(): (props: SobotButtonProps, platform: string | undefined) => SobotButtonState {
  let key: string | undefined
  let last: SobotButtonState | undefined
  return (props, platform) => {
    let next: string
    try {
      next = JSON.stringify([props.session, props.card, platform])
    } catch {
      next = String(Math.random()) // not serializable (a cycle): recompute; core reports the error
    }
    if (last === undefined || next !== key) {
      key = next
      last = resolveSobotButton(props, platform)
    }
    return last
  }
}
