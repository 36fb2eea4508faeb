import { buildKfLink, type BuildKfLinkOptions } from './buildKfLink'
import { createError, type SobotContactError } from './errors'
import type { ContactButtonInput, ContactButtonProps } from './getContactButtonProps'
import type { ContactChannel } from './resolveContactChannel'
import type { ResolvedWebLink } from './resolveWebLink'
import { opensKf, WECHAT_BROWSER, weChatClientName } from './weChatClients'
import { absolutePagePath } from './isPagePath'
import { withValidSession } from './withValidSession'

/** What {@link weComKf} takes: the 微信客服 link and the WeCom account it belongs to. */
export interface WeComKfOptions extends Pick<BuildKfLinkOptions, 'extraFields' | 'overflow'> {
  /** The 微信客服 link as copied from WeCom's or Sobot's console (`https://work.weixin.qq.com/kf/kfc…?enc_scene=…`). */
  link: string
  /** The WeCom account (企业 ID, `ww…`) that owns it: `openCustomerServiceChat`'s `corpId`. */
  corpId: string
  /** Open 微信客服 wherever it opens, phones too (else only where the contact button does not open). @default false */
  prefer?: boolean | undefined
}

/** Sobot's 微信客服 channel as a contact button takes it (`kf` prop): made by {@link weComKf}. */
export interface KfChannelConfig {
  corpId: string
  prefer: boolean
  /** The visitor's 微信客服 link (its `scene_param`), never throwing: a bad session still gives the link. */
  build(input: ContactButtonInput): ResolvedWebLink
  /** @internal The tap (the contact controller calls it): opens 微信客服 synchronously, or falls back. */
  open(tap: KfTap): void
  /** @internal Whether 微信客服 replaces the channel the table chose, here. */
  route(channel: ContactChannel, where: KfWhere): ContactChannel
}

/** @internal Where a button is, for {@link KfChannelConfig.route}. */
export interface KfWhere {
  platform: string
  client: string | undefined
  /** The configured chat page (with a web link to load), for the fallback. */
  chatPage: string | undefined
}

/** @internal What the contact controller hands {@link KfChannelConfig.open} on a tap. */
export interface KfTap {
  input: ContactButtonInput
  /** The build's opener (`openCustomerServiceChat`, `location.assign`, WeChat's SDK). */
  openKf?: ((request: KfOpenRequest) => unknown) | undefined
  /** The card's checked attributes (the contact button's). */
  card(): Partial<ContactButtonProps>
  report(problems: Pick<ResolvedWebLink, 'errors' | 'warnings'>): void
  /** Opens the chat page instead (when one is configured). */
  fallback(): void
}

const KF_CARD_FIELDS = ['showMessageCard', 'sendMessageTitle', 'sendMessagePath', 'sendMessageImg'] as const

/** What `openCustomerServiceChat` takes (mini-program; an App's WeChat SDK reads `corpId` and `extInfo.url`). */
export interface KfOpenRequest {
  extInfo: { url: string }
  corpId: string
  showMessageCard?: boolean
  sendMessageTitle?: string
  sendMessagePath?: string
  sendMessageImg?: string
  success(result: unknown): void
  fail(error: unknown): void
}

/**
 * Sobot's 微信客服 channel (WeChat Customer Service, run by WeCom) for a contact button's `kf` prop:
 * a native WeChat chat where the contact button does not open (HarmonyOS and Windows WeChat, H5
 * inside WeChat's browser, an App through WeChat's SDK), before the chat page; with `prefer`, on
 * phones too. Only a button given `kf` carries the 微信客服 code.
 *
 * @param options - `link`, `corpId`, `prefer`, and `extraFields` / `overflow` for the visitor parameter.
 * @example
 * const kf = weComKf({ link: 'https://work.weixin.qq.com/kf/kfc0123456789abcdef?enc_scene=ENC1', corpId: 'ww0123456789abcdef' })
 * // <SobotContactButton session={visitor} kf={kf} chatPage="/pages/sobot-chat/index" webLink={WEB_LINK} />
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/open-api/service-chat/wx.openCustomerServiceChat.html
 */
export function weComKf(options: WeComKfOptions): KfChannelConfig {
  const { link, corpId, extraFields, overflow } = options
  const badCorp =
    typeof corpId !== 'string' || !/^\w+$/.test(corpId)
      ? createError('INVALID_KF_LINK', 'kf.corpId', process.env.NODE_ENV !== 'production' ? "must be the WeCom account's corp id (企业 ID, ww…) shown in WeCom's admin: 我的企业 → 企业信息" : '')
      : undefined
  const build = (input: ContactButtonInput): ResolvedWebLink => {
    if (badCorp) return { errors: [badCorp], warnings: [] }
    const { value, error } = withValidSession(input.session, (session) => buildKfLink(session, link, { extraFields, overflow }))
    return { url: value && value.url, errors: error ? [error] : [], warnings: value ? value.warnings : [] }
  }
  // Synchronously inside the tap (WeChat refuses a call after an await or another event): the
  // visitor's link and the card's fields; a failure is reported and the chat page opens instead.
  const open = (tap: KfTap) => {
    const built = build(tap.input)
    tap.report(built)
    const failed = (answer: unknown) => {
      tap.report({ errors: [kfOpenFailed(answer, corpId)], warnings: [] })
      tap.fallback()
    }
    if (built.url === undefined) return tap.fallback()
    if (!tap.openKf) return failed({ errMsg: 'openCustomerServiceChat is undefined in this build' })
    const request: KfOpenRequest = { extInfo: { url: built.url }, corpId, success() {}, fail: failed }
    // The card (会话内消息卡片) rides along as on the contact button: core's checked attributes.
    if (tap.input.card !== undefined) {
      const props = tap.card()
      for (const key of KF_CARD_FIELDS) if (props[key] !== undefined) Object.assign(request, { [key]: props[key] })
    }
    try {
      tap.openKf(request)
    } catch (e) {
      failed(e)
    }
  }
  return { corpId, prefer: !!options.prefer, build, open, route: (channel, where) => kfRoute(channel, where, !!options.prefer) }
}

/**
 * Where 微信客服 comes before what the channel table decided (SPEC §6): on a WeChat client that lists
 * `openCustomerServiceChat` (`KF_CLIENTS`) where the contact button does not open — or on any of them
 * with `prefer` — unless the client keeps the native button; in WeChat's browser; in an App. The chat
 * page the table chose stays the fallback.
 */
function kfRoute(channel: ContactChannel, where: KfWhere, prefer: boolean): ContactChannel {
  const { platform, client } = where
  const fallback = channel.kind === 'open-chat-page' ? channel.page : absolutePagePath(where.chatPage)
  if (platform === 'weapp' || platform === 'mp-weixin') {
    const kept = channel.kind === 'native-button' && !channel.error && !!weChatClientName(client || '')
    return !kept && opensKf(client || '') && (prefer || channel.kind !== 'native-button' || !!channel.error) ? { kind: 'open-kf', fallback } : channel
  }
  if (platform === 'h5' || platform === 'web') return client === WECHAT_BROWSER ? { kind: 'open-kf' } : channel
  return platform === 'app' || platform === 'app-plus' ? { kind: 'open-kf', fallback } : channel
}

/**
 * `KF_OPEN_FAILED` for what `openCustomerServiceChat` (or an App's WeChat SDK) answered,
 * saying what to do in development builds.
 */
function kfOpenFailed(answer: unknown, corpId: string): SobotContactError {
  const a = (answer || {}) as { errMsg?: unknown; errCode?: unknown; message?: unknown }
  const said = String(a.errMsg || a.message || answer)
  let fix = ''
  if (process.env.NODE_ENV !== 'production') {
    fix = /not bind|errCode:? ?6\b/i.test(said) || a.errCode === 6
      ? `bind the WeCom account ${corpId} to this mini-program in its admin (微信公众平台 → 功能 → 客服 → 微信客服); it must be of the same subject (主体), and individual-type mini-programs cannot bind`
      : /no permission/i.test(said)
        ? `bind this 微信客服 to the App's AppID on WeChat's Open Platform (at most 15 corpIds per AppID)`
        : /TAP gesture/i.test(said)
          ? 'openCustomerServiceChat must be called directly inside a tap handler'
          : /not (a )?function|undefined/i.test(said)
            ? 'openCustomerServiceChat is not available here: it needs base library 2.19.0 or later (raise the minimum base library in the admin)'
            : 'see the message WeChat gave'
  }
  return createError('KF_OPEN_FAILED', 'kf', process.env.NODE_ENV !== 'production' ? `WeChat did not open 微信客服 (${said.slice(0, 120)}): ${fix}` : '')
}

/** The part of HTML5+'s `plus` that {@link plusKfOpener} uses (uni-app's `app-plus`). */
export interface PlusShareLike {
  share: {
    getServices(
      success: (services: { id?: string; openCustomerServiceChat?: (options: { corpid: string; url: string }, success?: (r: unknown) => void, fail?: (e: unknown) => void) => void }[]) => void,
      fail?: (error: unknown) => void,
    ): void
  }
}

/**
 * How a uni-app App (`app-plus`) opens 微信客服: WeChat's SDK through HTML5+ (`plus.share` → the
 * `weixin` service's `openCustomerServiceChat({ corpid, url })`). A missing service (no WeChat share
 * module in `manifest.json`) or a refusal reaches the request's `fail`.
 *
 * @param plus - HTML5+'s `plus`.
 * @example
 * createContactController({ …, openKf: process.env.UNI_PLATFORM === 'app' ? plusKfOpener(plus) : undefined })
 * @see https://www.html5plus.org/doc/zh_cn/share.html
 */
export function plusKfOpener(plus: PlusShareLike): (request: KfOpenRequest) => void {
  return (request) =>
    plus.share.getServices((services) => {
      const weixin = services.filter((s) => s.id === 'weixin')[0]
      if (!weixin || typeof weixin.openCustomerServiceChat !== 'function') {
        request.fail({ errMsg: "plus.share has no weixin service with openCustomerServiceChat: add WeChat's share module (with the Open Platform AppID) to manifest.json" })
      } else {
        weixin.openCustomerServiceChat({ corpid: request.corpId, url: request.extInfo.url }, request.success, request.fail)
      }
    }, request.fail)
}
