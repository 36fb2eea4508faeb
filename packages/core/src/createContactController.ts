import type { SobotWebLinkConfig } from './buildSobotWebLink'
import { createContactButtonResolver, type ContactButtonReporting, type NavigateTo } from './createContactButtonResolver'
import type { SobotContactError, SobotContactIssue } from './errors'
import type { ContactButtonInput, ContactButtonProps } from './getContactButtonProps'
import { handOverChat } from './handOverChat'
import type { ContactEventDetail, ContactTarget } from './parseContactEvent'
import type { ContactChannel, ContactChannelInput, ContactPlatform } from './resolveContactChannel'
import type { ResolvedWebLink } from './resolveWebLink'
import type { KfChannelConfig } from './weComKf'

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
  /** Sobot's 微信客服 channel: `weComKf({ link, corpId, prefer? })`. */
  kf?: KfChannelConfig | undefined
}

/**
 * How a browser build opens the web link (made by `browserLinkOpener(window)`): builds the
 * visitor's link, opens it when it could be built, and returns what to report.
 */
export type LinkOpener = (input: ContactButtonInput, webLink: SobotWebLinkConfig | string, openIn: ContactChannelConfig['openLinkIn']) => ResolvedWebLink

/**
 * The framework's functions the controller uses (Floating UI's platform object): each wrapper
 * passes its own and binds what comes back.
 */
export interface ContactControllerPlatform {
  /** The build target: `process.env.TARO_ENV`, `process.env.UNI_PLATFORM`. */
  target: ContactPlatform
  /**
   * The channel table: `resolveContactChannel`, or in a WeChat build (a build-time constant) its
   * WeChat row alone, `resolveWeChatChannel`, so that the build does not carry the other targets' rows.
   */
  table: (input: ContactChannelInput) => ContactChannel
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
  /** For {@link ContactController.report}: the input's and the channel's errors. */
  errors: SobotContactError[]
  /** For {@link ContactController.report}: changes made while encoding. */
  warnings: SobotContactIssue[]
}

/** The state behind one mounted button: see {@link createContactController}. */
export interface ContactController {
  /** Replaces the reporting options (`overflow`, `onError`, `onWarning`). */
  setOptions(options: ContactButtonReporting): void
  /** The button for this input and configuration. Pure: the session is encoded again only when its content changes. */
  view(input: ContactButtonInput, config?: ContactChannelConfig): ContactButtonView
  /** Reports a view's errors and warnings not reported before (run it where the framework runs side effects). */
  report(view: Pick<ContactButtonView, 'errors' | 'warnings'>): void
  /**
   * The tap, on every target: the user's own handler first, then what the last view's channel
   * does — nothing for the native button (WeChat opens the chat), the chat page, or the link (whose
   * problems, a bad session among them, are reported once; the link still opens with the valid fields).
   */
  tap<E>(event: E, userTap?: ((event: E) => void) | undefined): void
  /** `bindcontact`: the card's page the user tapped in the chat, opened when `navigate` is set. */
  contact(detail: ContactEventDetail | null | undefined, navigate?: boolean): ContactTarget | null
}

/**
 * Creates the controller behind one contact button: which channel this build and WeChat client
 * use, what the button renders, what a tap does, what is reported once. The Taro button, the
 * uni-app component and both `useContactChannel`s pass their framework's functions and bind the
 * result; none decides alone.
 *
 * @param platform - The framework's functions, see {@link ContactControllerPlatform}.
 * @param options - `overflow`, `onWarning`, `onError` (see `ContactButtonReporting`).
 * @example
 * const controller = createContactController({ target: 'weapp', table: resolveWeChatChannel, navigateTo: Taro.navigateTo, client: () => readWeChatClient(Taro) })
 * const view = controller.view({ session }, { webLink, chatPage: '/pages/sobot-chat/index' })
 * controller.report(view)                     // in an effect / watch
 * // <Button {...view.props} onClick={(e) => controller.tap(e, props.onClick)} />
 */
export function createContactController(platform: ContactControllerPlatform, options: ContactButtonReporting = {}): ContactController {
  const resolver = createContactButtonResolver(options)
  const { target } = platform
  let client: string | undefined
  let clientRead = false
  let last: { input: ContactButtonInput; config: ContactChannelConfig; channel: ContactChannel } | undefined

  return {
    setOptions: resolver.setOptions,
    report: resolver.report,
    view(input, config = {}) {
      if (!clientRead) {
        clientRead = true
        client = platform.client && platform.client()
      }
      const { chatPage, keepNativeOn, keepNativeOnDesktop, kf } = config
      const decided = platform.table({ platform: target, client, hasWebLink: config.webLink !== undefined, chatPage, keepNativeOn, keepNativeOnDesktop })
      // (the 微信客服 code comes with the kf configuration: a button without it carries none)
      const channel = kf ? kf.route(decided, target, client, config) : decided
      last = { input, config, channel }
      const own = 'error' in channel && channel.error ? [channel.error] : []
      if (channel.kind !== 'native-button') return { props: {}, channel, errors: own, warnings: [] }
      const resolved = resolver.resolve(input)
      return { props: resolved.props, channel, errors: resolved.errors.concat(own), warnings: resolved.warnings }
    },
    tap(event, userTap) {
      try {
        if (userTap) userTap(event)
      } finally {
        const now = last
        if (now) {
          const { input, config } = now
          const webLink = config.webLink
          // What a channel does on a tap (微信客服's fallback too: what the table decided without it).
          const act = (channel: ContactChannel): void => {
            if (channel.kind === 'open-chat-page' && webLink !== undefined) {
              handOverChat({ session: input.session, card: input.card, webLink })
              resolver.openPage(channel.page, platform.navigateTo)
            } else if (channel.kind === 'open-link' && platform.openLink && webLink !== undefined) resolver.report(platform.openLink(input, webLink, config.openLinkIn))
            else if (channel.kind === 'open-kf' && config.kf) config.kf.open(input, resolver, () => act(channel.fallback))
          }
          act(now.channel)
        }
      }
    },
    contact(detail, navigate) {
      return resolver.contact(detail, navigate ? platform.navigateTo : undefined)
    },
  }
}
