import type { LinkOpener } from './createContactController'
import { resolveWebLink } from './resolveWebLink'

/** The part of `window` {@link browserLinkOpener} uses. */
export interface BrowserWindowLike {
  open(url: string, target: string, features: string): unknown
  location: { assign(url: string): void }
}

/**
 * How an H5 build opens Sobot's web link: builds the visitor's link (`resolveWebLink`) and opens it
 * in this tab (`location.assign`) or a new one (`window.open(…, '_blank', 'noopener')`). Pass it
 * to `createContactController` behind the build's H5 constant only, so that no mini-program build
 * carries the web link builder.
 *
 * @param win - The browser's `window`.
 * @example
 * createContactController({ target, navigateTo, openLink: process.env.TARO_ENV === 'h5' ? browserLinkOpener(window) : undefined })
 */
export function browserLinkOpener(win: BrowserWindowLike): LinkOpener {
  return {
    build: resolveWebLink,
    open(url, openIn) {
      if (openIn === 'new-tab') win.open(url, '_blank', 'noopener')
      else win.location.assign(url)
    },
  }
}
