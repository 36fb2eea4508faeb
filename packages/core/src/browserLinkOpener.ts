import type { LinkOpener } from './createContactController'
import { resolveWebLink } from './resolveWebLink'

/** The part of `window` {@link browserLinkOpener} uses. */
export interface BrowserWindowLike {
  open(url: string, target: string, features: string): unknown
  location: { assign(url: string): void }
}

/**
 * How an H5 build opens Sobot's web link: builds the visitor's link (`resolveWebLink`: a bad session
 * still gives the link with its valid fields) and opens it in this tab (`location.assign`) or a new
 * one (`window.open(…, '_blank', 'noopener')`); returns what to report. Pass it
 * to `createContactController` behind the build's H5 constant only, so that no mini-program build
 * carries the web link builder.
 *
 * @param win - The browser's `window`.
 * @example
 * createContactController({ target, navigateTo, openLink: process.env.TARO_ENV === 'h5' ? browserLinkOpener(window) : undefined })
 */
export function browserLinkOpener(win: BrowserWindowLike): LinkOpener {
  return (input, webLink, openIn) => {
    const link = resolveWebLink(input, webLink)
    if (link.url !== undefined) {
      if (openIn === 'new-tab') win.open(link.url, '_blank', 'noopener')
      else win.location.assign(link.url)
    }
    return link
  }
}
