/**
 * The class of the `bare` look, defined by the stylesheet `@sobot-contact/core/bare.css`, which the
 * Taro and uni-app wrappers ship with their button.
 *
 * @example
 * BARE_BUTTON_CLASS // 'sobot-contact-bare'
 */
export const BARE_BUTTON_CLASS = 'sobot-contact-bare'

/** What {@link bareButtonLook} returns: the bare button's class list and `hover-class`. */
export interface BareButtonLook {
  /** The app's classes, then {@link BARE_BUTTON_CLASS}. */
  className: string
  /** The app's `hover-class`, else `'none'` (no grey press state). */
  hoverClass: string
}

/**
 * The class list and `hover-class` of a contact button with the `bare` look: WeChat's button
 * styling removed (see `bare.css`), so only the content the app puts inside is seen.
 * @param className - The app's own classes for the button (kept, first).
 * @param hoverClass - The app's own `hover-class`, which wins over `'none'`.
 *
 * @example
 * bareButtonLook('fab') // { className: 'fab sobot-contact-bare', hoverClass: 'none' }
 * bareButtonLook(undefined, 'pressed') // { className: 'sobot-contact-bare', hoverClass: 'pressed' }
 * @see https://developers.weixin.qq.com/miniprogram/dev/component/button.html
 */
export function bareButtonLook(className?: string, hoverClass?: string): BareButtonLook {
  return { className: className ? className + ' ' + BARE_BUTTON_CLASS : BARE_BUTTON_CLASS, hoverClass: hoverClass || 'none' }
}
