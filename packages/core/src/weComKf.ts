import { appendSceneParam, checkKfLinkToBuild } from './buildKfLink'
import { kfSceneParamOf, type BuildKfSceneParamOptions } from './buildKfSceneParam'
import type { ContactButtonResolver } from './createContactButtonResolver'
import type { ContactChannelConfig } from './createContactController'
import { createError, errorOfIssues, issue, type SobotContactError } from './errors'
import type { ContactButtonInput, ContactButtonProps } from './getContactButtonProps'
import { isH5Target, isWeChatTarget, type ContactChannel } from './resolveContactChannel'
import type { ResolvedWebLink } from './resolveWebLink'
import { opensKf, WECHAT_BROWSER, weChatClientName } from './weChatClients'
import { absolutePagePath } from './isPagePath'

/** What {@link weComKf} takes: the 微信客服 link and the WeCom account it belongs to. */
export interface WeComKfOptions extends Pick<BuildKfSceneParamOptions, 'extraFields' | 'overflow'> {
  /** The 微信客服 link as copied from WeCom's or Sobot's console (`https://work.weixin.qq.com/kf/kfc…?enc_scene=…`). */
  link: string
  /** The WeCom account (企业 ID, `ww…`) that owns it: `openCustomerServiceChat`'s `corpId`. */
  corpId: string
  /** Open 微信客服 wherever it opens, phones too (else only where the contact button does not open). @default false */
  prefer?: boolean | undefined
  /**
   * How this build opens it: the wrappers' `weComKf` (`@sobot-contact/taro-react`,
   * `@sobot-contact/uni-vue`) set it for the build target — `openCustomerServiceChat` in a
   * mini-program, the link on H5, HTML5+'s WeChat share service in a uni-app App
   * ({@link plusKfOpener}) — so that a build carries only its own. Yours replaces theirs.
   */
  open?: KfOpener | undefined
}

/** What opens 微信客服 with a request: `wx.openCustomerServiceChat`, or your own (see {@link WeComKfOptions.open}). */
export type KfOpener = (request: KfOpenRequest) => unknown

/** Sobot's 微信客服 channel as a contact button takes it (`kf` prop): made by {@link weComKf}. */
export interface KfChannelConfig {
  corpId: string
  prefer: boolean
  /** The visitor's 微信客服 link (its `scene_param`), never throwing: a bad session still gives the link. */
  build(input: ContactButtonInput): ResolvedWebLink
  /** @internal Whether 微信客服 replaces the channel the table chose (the contact controller asks, on every view). */
  route(decided: ContactChannel, target: string, client: string | undefined, config: ContactChannelConfig): ContactChannel
  /**
   * @internal The tap (the contact controller calls it): opens 微信客服 synchronously, or reports why
   * not and does what the table decided without it (`fallback`).
   */
  open(input: ContactButtonInput, resolver: ContactButtonResolver, fallback: () => void): void
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

const appTarget = (target: string) => target === 'app' || target === 'app-plus'

/**
 * Sobot's 微信客服 channel (WeChat Customer Service, run by WeCom) for a contact button's `kf` prop:
 * a native WeChat chat where the contact button does not open (HarmonyOS and Windows WeChat, H5
 * inside WeChat's browser, an App through WeChat's SDK), before the chat page; with `prefer`, on
 * phones too. Only a button given `kf` carries the 微信客服 code. The link, the WeCom account and the
 * extra fields are checked here, once; the visitor's parameter on every tap. Apps import the
 * wrappers' `weComKf`, which add this build's opener (`open`).
 *
 * @param options - `link`, `corpId`, `prefer`, and `extraFields` / `overflow` for the visitor parameter.
 * @example
 * const kf = weComKf({ link: 'https://work.weixin.qq.com/kf/kfc0123456789abcdef?enc_scene=ENC1', corpId: 'ww0123456789abcdef' })
 * // <SobotContactButton session={visitor} kf={kf} chatPage="/pages/sobot-chat/index" webLink={WEB_LINK} />
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/open-api/service-chat/wx.openCustomerServiceChat.html
 */
export function weComKf(options: WeComKfOptions): KfChannelConfig {
  const { link, corpId, extraFields, overflow } = options
  const prefer = !!options.prefer
  const { parts, issues: linkIssues } = checkKfLinkToBuild(link)
  if (typeof corpId !== 'string' || !/^\w+$/.test(corpId)) {
    linkIssues.push(issue('INVALID_KF_LINK', 'kf.corpId', process.env.NODE_ENV !== 'production' ? "must be the WeCom account's corp id (企业 ID, ww…) shown in WeCom's admin: 我的企业 → 企业信息" : ''))
  }
  const bad = errorOfIssues(linkIssues)
  const build = (input: ContactButtonInput): ResolvedWebLink => {
    if (bad || !parts) return { errors: bad ? [bad] : [], warnings: [] }
    const { value, issues } = kfSceneParamOf(input.session, extraFields, overflow)
    // The link's warning (no enc_scene) matters only when there is a parameter to carry.
    const all = value ? issues.concat(linkIssues) : issues
    const error = errorOfIssues(all)
    return { url: appendSceneParam(link, parts, value), errors: error ? [error] : [], warnings: all.filter((i) => i.severity !== 'error') }
  }
  return {
    corpId,
    prefer,
    build,
    route: (decided, target, client, config) => {
      // Where 微信客服 comes before the table's decision (SPEC §6): a WeChat client that lists
      // openCustomerServiceChat where the contact button does not open (the table's chat page or
      // error), or any of them with `prefer` unless `keepNativeOn` kept the native button; WeChat's
      // browser; an App. What the table decided stays the fallback.
      const native = decided.kind === 'native-button' && !decided.error
      // A working contact button cannot be pressed for the user: it stays where 微信客服 would have
      // nothing to fall back on — a configuration known to be bad (reported here, once), or a phone
      // with `prefer` and no chat page; with one, the chat page is the fallback.
      if (native && bad) return { kind: 'native-button', error: bad }
      const page = native && config.webLink !== undefined ? absolutePagePath(config.chatPage) : undefined
      const opens = isWeChatTarget(target)
        ? opensKf(client || '') && (!native || (prefer && !!page && !weChatClientName(client || '')))
        : isH5Target(target)
          ? client === WECHAT_BROWSER
          : appTarget(target)
      return opens ? { kind: 'open-kf', fallback: page ? { kind: 'open-chat-page', page } : decided } : decided
    },
    open: (input, resolver, fallback) => {
      // Synchronously inside the tap (WeChat refuses a call after an await or another event): the
      // visitor's link and the card's fields; a failure is reported and the fallback runs, once.
      const built = build(input)
      resolver.report(built)
      let failedOnce = false
      const failed = (answer: unknown) => {
        if (failedOnce) return
        failedOnce = true
        resolver.report({ errors: [kfOpenFailed(answer, corpId)], warnings: [] })
        fallback()
      }
      if (built.url === undefined) return fallback()
      const request: KfOpenRequest = { extInfo: { url: built.url }, corpId, success() {}, fail: failed }
      // The card (会话内消息卡片) rides along as on the contact button: core's checked attributes.
      if (input.card !== undefined) {
        const props: Partial<ContactButtonProps> = resolver.resolve(input).props
        for (const key of KF_CARD_FIELDS) if (props[key] !== undefined) Object.assign(request, { [key]: props[key] })
      }
      try {
        if (options.open) options.open(request)
        else failed({ errMsg: process.env.NODE_ENV !== 'production' ? "no opener (weComKf's open)" : '' })
      } catch (e) {
        failed(e)
      }
    },
  }
}

/**
 * `KF_OPEN_FAILED` for what `openCustomerServiceChat` (or an App's WeChat SDK) answered, saying
 * what to do in development builds (production carries the code alone).
 */
function kfOpenFailed(answer: unknown, corpId: string): SobotContactError {
  return createError('KF_OPEN_FAILED', 'kf', process.env.NODE_ENV !== 'production' ? kfOpenFix(answer, corpId) : '')
}

/** What WeChat's answer means and what to do (development builds). */
function kfOpenFix(answer: unknown, corpId: string): string {
  const a = (answer || {}) as { errMsg?: unknown; errCode?: unknown; message?: unknown }
  const said = String(a.errMsg || a.message || answer)
  const fix =
    /not bind|errCode:? ?6\b/i.test(said) || a.errCode === 6
      ? `bind the WeCom account ${corpId} to this mini-program in its admin (微信公众平台 → 功能 → 客服 → 微信客服); it must be of the same subject (主体), and individual-type mini-programs cannot bind`
      : /no permission/i.test(said)
        ? `bind this 微信客服 to the App's AppID on WeChat's Open Platform (at most 15 corpIds per AppID)`
        : /TAP gesture/i.test(said)
          ? 'openCustomerServiceChat must be called directly inside a tap handler'
          : /^no opener/.test(said)
            ? "import weComKf from your framework's package (@sobot-contact/taro-react, @sobot-contact/uni-vue), not from @sobot-contact/core"
            : /not (a )?function|undefined/i.test(said)
            ? 'openCustomerServiceChat is not available here: it needs base library 2.19.0 or later (raise the minimum base library in the admin)'
            : /manifest/.test(said)
              ? "add WeChat's share module (with the Open Platform AppID) to the App's manifest.json"
              : 'see the message WeChat gave'
  return `WeChat did not open 微信客服 (${said.slice(0, 120)}): ${fix}`
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
 * module in `manifest.json`) or a refusal reaches the request's `fail`. `@sobot-contact/uni-vue`'s
 * `weComKf` uses it in an App build; pass it as `open` yourself elsewhere (core's `weComKf` has no opener).
 *
 * @param plus - HTML5+'s `plus`.
 * @example
 * weComKf({ link, corpId, open: plusKfOpener(myPlus) })
 * @see https://www.html5plus.org/doc/zh_cn/share.html
 */
export function plusKfOpener(plus: PlusShareLike): (request: KfOpenRequest) => void {
  return (request) =>
    plus.share.getServices((services) => {
      const weixin = services.filter((s) => s.id === 'weixin')[0]
      if (!weixin || typeof weixin.openCustomerServiceChat !== 'function') {
        request.fail({ errMsg: process.env.NODE_ENV !== 'production' ? 'plus.share has no weixin service with openCustomerServiceChat (manifest.json)' : '' })
      } else {
        weixin.openCustomerServiceChat({ corpid: request.corpId, url: request.extInfo.url }, request.success, request.fail)
      }
    }, request.fail)
}
