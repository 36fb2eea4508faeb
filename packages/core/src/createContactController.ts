import { contentKey } from './contentKey'
import type { SobotWebLinkConfig } from './buildSobotWebLink'
import { createContactButtonResolver, type ContactButtonReporting, type NavigateTo } from './createContactButtonResolver'
import type { SobotContactError, SobotContactIssue } from './errors'
import type { ContactButtonInput, ContactButtonProps } from './getContactButtonProps'
import { handOverChat } from './handOverChat'
import type { ContactEventDetail, ContactTarget } from './parseContactEvent'
import { resolveContactChannel, type ContactChannel, type ContactPlatform } from './resolveContactChannel'
import type { ResolvedWebLink } from './resolveWebLink'

/** Where Sobot opens beyond WeChat's contact button: the same settings in every wrapper. */
export interface ContactChannelConfig {
  /** The web link copied from Sobot's console (渠道 → 部署 → 链接), or its configuration. */
  webLink?: SobotWebLinkConfig | string | undefined
  /** The app's chat page (a `<web-view>` on the link), e.g. `/pages/sobot-chat/index`. */
  chatPage?: string | undefined
  /** WeChat clients that keep the native button even with a link and a chat page (`'ohos'`, `'windows'`, `'mac'`). */
  keepNativeOn?: readonly string[] | undefined
  /** @deprecated Use `keepNativeOn: ['windows', 'mac']`. */
  keepNativeOnDesktop?: boolean | undefined
  /** H5: open the link in this tab (default) or a new one. */
  openLinkIn?: 'same-tab' | 'new-tab' | undefined
}

/** How a browser build opens the web link: made by `browserLinkOpener(window)`. */
export interface LinkOpener {
  /** Builds the visitor's link (core's `resolveWebLink`). */
  build(input: ContactButtonInput, webLink: SobotWebLinkConfig | string): ResolvedWebLink
  /** Opens it. */
  open(url: string, openIn: ContactChannelConfig['openLinkIn']): void
}

/**
 * The framework's functions the controller uses (Floating UI's platform object): each wrapper
 * passes its own and binds what comes back.
 */
export interface ContactControllerPlatform {
  /** The build target: `process.env.TARO_ENV`, `process.env.UNI_PLATFORM`. */
  target: ContactPlatform
  /** `Taro.navigateTo`, `uni.navigateTo`. */
  navigateTo: NavigateTo
  /** The WeChat client (`() => readWeChatClient(Taro)`): read once, on a WeChat build only. */
  client?: (() => string | undefined) | undefined
  /**
   * H5 only (`browserLinkOpener(window)` behind a build-time constant), so that no other build
   * carries the web link builder.
   */
  openLink?: LinkOpener | undefined
}

/** What a wrapper binds: the button's attributes, and what it reports. */
export interface ContactButtonView {
  /** WeChat's contact attributes when the channel is the native button; `{}` otherwise (a plain button). */
  props: Partial<ContactButtonProps>
  /** Core's decision for this target, client and configuration. */
  channel: ContactChannel
  /** For {@link ContactController.report}: the input's, the channel's and the web link's errors. */
  errors: SobotContactError[]
  /** For {@link ContactController.report}: changes made while encoding, fields the link drops. */
  warnings: SobotContactIssue[]
}

/** The state behind one mounted button: see {@link createContactController}. */
export interface ContactController {
  /** Replaces the reporting options (`overflow`, `onError`, `onWarning`). */
  setOptions(options: ContactButtonReporting): void
  /** The button for this input and configuration; the same object while their content is the same. Pure. */
  view(input: ContactButtonInput, config?: ContactChannelConfig): ContactButtonView
  /** Reports a view's errors and warnings not reported before (run it where the framework runs side effects). */
  report(view: Pick<ContactButtonView, 'errors' | 'warnings'>): void
  /**
   * The tap, on every target: the user's own handler first, then what the last view's channel
   * does — nothing for the native button (WeChat opens the chat), the chat page, or the link.
   */
  tap<E>(event: E, userTap?: ((event: E) => void) | undefined): void
  /** `bindcontact`: the card's page the user tapped in the chat, opened when `navigate` is set. */
  contact(detail: ContactEventDetail | null | undefined, navigate?: boolean): ContactTarget | null
}

const EMPTY: ResolvedWebLink = { errors: [], warnings: [] }

/**
 * Creates the controller behind one contact button: which channel this build and WeChat client
 * use, what the button renders, what a tap does, what is reported once. The Taro button, the
 * uni-app component and both `useContactChannel`s pass their framework's functions and bind the
 * result; none decides alone.
 *
 * @param platform - The framework's functions, see {@link ContactControllerPlatform}.
 * @param options - `overflow`, `onWarning`, `onError` (see `ContactButtonReporting`).
 * @example
 * const controller = createContactController({ target: 'weapp', navigateTo: Taro.navigateTo, client: () => readWeChatClient(Taro) })
 * const view = controller.view({ session }, { webLink, chatPage: '/pages/sobot-chat/index' })
 * controller.report(view)                     // in an effect / watch
 * // <Button {...view.props} onClick={(e) => controller.tap(e, props.onClick)} />
 */
export function createContactController(platform: ContactControllerPlatform, options: ContactButtonReporting = {}): ContactController {
  const resolver = createContactButtonResolver(options)
  let client: string | undefined
  let clientRead = false
  let channelCache: { key: string | undefined; channel: ContactChannel } | undefined
  let linkCache: { key: string | undefined; link: ResolvedWebLink } | undefined
  let last: { input: ContactButtonInput; config: ContactChannelConfig; link: ResolvedWebLink; view: ContactButtonView } | undefined

  const channelOf = (config: ContactChannelConfig): ContactChannel => {
    const { chatPage, keepNativeOn, keepNativeOnDesktop } = config
    const key = contentKey([config.webLink !== undefined, chatPage, keepNativeOn, keepNativeOnDesktop])
    if (channelCache && key !== undefined && channelCache.key === key) return channelCache.channel
    if (!clientRead && (platform.target === 'weapp' || platform.target === 'mp-weixin')) {
      clientRead = true
      client = platform.client && platform.client()
    }
    const channel = resolveContactChannel({ platform: platform.target, client, hasWebLink: config.webLink !== undefined, chatPage, keepNativeOn, keepNativeOnDesktop })
    channelCache = { key, channel }
    return channel
  }
  const linkOf = (input: ContactButtonInput, webLink: SobotWebLinkConfig | string | undefined): ResolvedWebLink => {
    if (!platform.openLink || webLink === undefined) return EMPTY
    const key = contentKey([input.session, input.card, webLink])
    if (linkCache && key !== undefined && linkCache.key === key) return linkCache.link
    const link = platform.openLink.build(input, webLink)
    linkCache = { key, link }
    return link
  }

  return {
    setOptions: resolver.setOptions,
    report: resolver.report,
    view(input, config = {}) {
      const channel = channelOf(config)
      const native = channel.kind === 'native-button'
      const resolved = native ? resolver.resolve(input) : undefined
      const link = channel.kind === 'open-link' ? linkOf(input, config.webLink) : EMPTY
      if (last && last.view.channel === channel && last.link === link && (!resolved || last.view.props === resolved.props)) {
        last.input = input
        last.config = config
        return last.view
      }
      const own = 'error' in channel && channel.error ? [channel.error] : []
      const view: ContactButtonView = resolved
        ? { props: resolved.props, channel, errors: [...resolved.errors, ...own], warnings: resolved.warnings }
        : { props: {}, channel, errors: [...link.errors, ...own], warnings: link.warnings }
      last = { input, config, link, view }
      return view
    },
    tap(event, userTap) {
      try {
        if (userTap) userTap(event)
      } finally {
        const now = last
        const channel = now && now.view.channel
        if (now && channel && channel.kind === 'open-chat-page' && now.config.webLink !== undefined) {
          handOverChat({ session: now.input.session, card: now.input.card, webLink: now.config.webLink })
          resolver.openPage(channel.page, platform.navigateTo)
        }
        if (now && channel && channel.kind === 'open-link' && now.link.url !== undefined && platform.openLink) {
          platform.openLink.open(now.link.url, now.config.openLinkIn)
        }
      }
    },
    contact(detail, navigate) {
      return resolver.contact(detail, navigate ? platform.navigateTo : undefined)
    },
  }
}
