/**
 * The class of the `bare` look, defined by the stylesheet `@sobot-contact/core/bare.css` (which the
 * Taro and uni-app wrappers ship with their button).
 *
 * @example
 * BARE_BUTTON_CLASS // 'sobot-contact-bare'
 */
export const BARE_BUTTON_CLASS = 'sobot-contact-bare'

/** What {@link bareButtonLook} returns: the button's class list and `hover-class`. */
export interface BareButtonLook {
  /** The caller's classes, with {@link BARE_BUTTON_CLASS} added when bare; `undefined` when there are none. */
  className: string | undefined
  /** The caller's `hover-class`, else `'none'` when bare (no grey press state), else `undefined` (WeChat's default). */
  hoverClass: string | undefined
}

/**
 * The class list and `hover-class` of a contact button with or without the `bare` look: WeChat's
 * button styling removed (see `bare.css`), so only the content the app puts inside is seen.
 * @param bare - Whether the button is bare.
 * @param className - The app's own classes for the button (kept, first).
 * @param hoverClass - The app's own `hover-class`, which wins over bare's `'none'`.
 *
 * @example
 * bareButtonLook(true, 'fab') // { className: 'fab sobot-contact-bare', hoverClass: 'none' }
 * bareButtonLook(false, 'fab', 'pressed') // { className: 'fab', hoverClass: 'pressed' }
 * @see https://developers.weixin.qq.com/miniprogram/dev/component/button.html
 */
export function bareButtonLook(bare: boolean | undefined, className?: string, hoverClass?: string): BareButtonLook {
  if (!bare) return { className, hoverClass }
  return { className: className ? `${className} ${BARE_BUTTON_CLASS}` : BARE_BUTTON_CLASS, hoverClass: hoverClass || 'none' }
}
