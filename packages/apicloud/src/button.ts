import { CONTACT_BUTTON_ATTRIBUTES, createContactButtonResolver, resolveContactButtonProps } from '@sobot-contact/core'
import type {
  ContactButtonProps,
  ContactButtonReporting,
  ContactEventDetail,
  ContactTarget,
  NavigateTo,
  OverflowPolicy,
  ResolvedContactButton,
  SobotContactError,
  SobotContactIssue,
} from '@sobot-contact/core'
import type { SobotAppOptions } from './zhiChi'

/** The contact button's attributes under their WXML names (`session-from`, `show-message-card`…). */
export type WxmlContactAttributes = {
  -readonly [K in keyof typeof CONTACT_BUTTON_ATTRIBUTES as (typeof CONTACT_BUTTON_ATTRIBUTES)[K]]?: ContactButtonProps[K]
} & { 'open-type': 'contact'; 'session-from': string }

/** What `sobot-contact-button.stml` renders, computed from its props and AVM's `api.platform`. */
export interface SobotButtonState extends ResolvedContactButton {
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
  /** Over WeChat's 1000 UTF-8 bytes: e.g. core's `shortenFreeText`. Default: an error. */
  overflow?: OverflowPolicy
  /** Open the card's page (AVM's `wx.navigateTo` in a mini-program build) when the user taps it in the chat. */
  navigateOnContact?: boolean
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
  return toState(resolveContactButtonProps({ session: props.session, card: props.card }, props.overflow ? { overflow: props.overflow } : {}), platform)
}

function toState(resolved: ResolvedContactButton, platform: string | undefined): SobotButtonState {
  return {
    mode: platform === 'mp' ? 'contact-button' : 'native-module',
    attributes: toWxmlAttributes(resolved.props),
    props: resolved.props,
    errors: resolved.errors,
    warnings: resolved.warnings,
  }
}

/** The state behind one `sobot-contact-button.stml` instance: core's resolver, spelled for AVM. */
export interface SobotButtonController {
  /** The state for these props on this platform; the same object while their content is the same. */
  resolve(props: SobotButtonProps, platform: string | undefined): SobotButtonState
  /** Reports the state's errors and warnings not reported before (each distinct problem once). */
  report(state: SobotButtonState): void
  /** `oncontact`: the card's page the user tapped in the chat, or `null` (see core's `parseContactEvent`). */
  contact(detail: ContactEventDetail | null | undefined, navigateTo?: NavigateTo): ContactTarget | null
}

/**
 * Creates the per-component state of the AVM button on core's `createContactButtonResolver`: the
 * template reads the state once per bound attribute, the session is encoded again only when the
 * props' content changes, and each distinct problem is reported once.
 *
 * @param reporting - `overflow`, `onWarning`, `onError` (the same options as every wrapper).
 * @example
 * // in an AVM component:
 * this.sobot = this.sobot || createSobotButton({ onError: (error) => this.fire('error', { error }) })
 * this.sobot.resolve(this.props, api.platform).attributes['session-from']
 */
export function createSobotButton(reporting: ContactButtonReporting = {}): SobotButtonController {
  const resolver = createContactButtonResolver(reporting)
  let last: { resolved: ResolvedContactButton; platform: string | undefined; state: SobotButtonState } | undefined
  return {
    resolve(props, platform) {
      resolver.setOptions(Object.assign({}, reporting, { overflow: props.overflow || reporting.overflow }))
      const resolved = resolver.resolve({ session: props.session, card: props.card })
      if (!last || last.resolved !== resolved || last.platform !== platform) {
        last = { resolved, platform, state: toState(resolved, platform) }
      }
      return last.state
    },
    report(state) {
      resolver.report(state)
    },
    contact(detail, navigateTo) {
      return resolver.contact(detail, navigateTo)
    },
  }
}
