import { dropped } from './analyzeKfSceneParam'
import { buildKfSceneParam, type BuildKfSceneParamOptions, type KfSceneParam } from './buildKfSceneParam'
import { issue, throwIssues, type SobotContactIssue } from './errors'
import { readHttpsUrl, URL_FORBIDDEN } from './isAllowedSobotUrl'
import { readQuery } from './readQuery'
import type { SessionFromInput } from './types'

/** @internal WeCom's host for 微信客服 links. */
export const KF_HOST = 'work.weixin.qq.com'
/**
 * The rule of a 微信客服 link (scheme and host already lower-cased, and no character `URL_FORBIDDEN`
 * names): WeCom's host, no port or user, the path `/kfid/kfc…` (WeCom's console) or `/kf/kfc…`
 * (WeCom's link API, `kf/add_contact_way`), then any query and fragment.
 */
const KF_LINK_RULE = /^https:\/\/work\.weixin\.qq\.com(\/kf(?:id)?\/(kfc[\w-]+))(?:\?([^#]*))?(#.*)?$/

/** @internal A 微信客服 link that follows the rule, in parts. */
export interface KfLinkParts {
  /** `/kf/kfc…` or `/kfid/kfc…`. */
  path: string
  /** The `kfc…` part of the path. */
  kfid: string
  /** The query without `?` (`undefined` without one). */
  query: string | undefined
  /** The fragment with its `#`, or `''`. */
  hash: string
  /** The query's parameter names, decoded, in order (each once). */
  names: string[]
}

/**
 * @internal Reads a 微信客服 link by {@link KF_LINK_RULE}, its percent-encoding and its parameter
 * names (each at most once); `undefined` when it is not one. The one definition of a valid link:
 * building, checking and reading all use it, in production too.
 */
export function readKfLinkParts(link: unknown): KfLinkParts | undefined {
  const m = typeof link === 'string' && !URL_FORBIDDEN.test(link) ? KF_LINK_RULE.exec(link.replace(/^\w+:\/\/[^/?#]*/, (s) => s.toLowerCase())) : null
  if (!m) return
  const query = m[3]
  const names: string[] = []
  try {
    decodeURIComponent(query || '')
    for (const pair of (query || '').split('&')) {
      if (!pair) continue
      const name = decodeURIComponent(pair.split('=')[0] as string)
      if (names.indexOf(name) >= 0) return
      names.push(name)
    }
  } catch {
    return
  }
  return { path: m[1] as string, kfid: m[2] as string, query, hash: m[4] || '', names }
}

/**
 * Why a link does not follow the rule, in words (development builds only: production reports the code
 * alone, so this and the URL reader it uses stay out of production bundles).
 */
function explainKfLink(link: unknown): string {
  const url = readHttpsUrl(link)
  if (typeof url === 'string') return url
  if (url.host !== KF_HOST) return `host "${url.host}" is not WeCom's (${KF_HOST}): copy the 微信客服 link, e.g. https://${KF_HOST}/kfid/kfc…`
  const query = readQuery(url.query, decodeURIComponent)
  if (typeof query === 'string') return query
  return 'is not a 微信客服 link: its path must be /kfid/kfc… or /kf/kfc…, with no port'
}

/** @internal A 微信客服 link's parts and problems: `INVALID_KF_LINK` (not one, an older `encScene` link) or the warning `KF_LINK_WITHOUT_SCENE`. */
export function checkKfLink(link: unknown, path = 'link'): { parts?: KfLinkParts | undefined; issues: SobotContactIssue[] } {
  const parts = readKfLinkParts(link)
  if (!parts) return { issues: [issue('INVALID_KF_LINK', path, process.env.NODE_ENV !== 'production' ? explainKfLink(link) : '')] }
  if (parts.names.indexOf('encScene') >= 0) {
    return { parts, issues: [issue('INVALID_KF_LINK', 'link', process.env.NODE_ENV !== 'production' ? 'is an older link (encScene), which does not carry scene_param: get a link with a scene (it carries enc_scene) from WeCom (kf/add_contact_way) or Sobot' : '')] }
  }
  if (parts.names.indexOf('enc_scene') >= 0) return { parts, issues: [] }
  const noScene = process.env.NODE_ENV !== 'production' ? 'has no enc_scene: WeCom returns scene_param only on links created with a scene, so Sobot may not see the visitor; get a link with a scene (kf/add_contact_way)' : ''
  return { parts, issues: [issue('KF_LINK_WITHOUT_SCENE', 'link', noScene, 'warning')] }
}

/** @internal The link with `scene_param=<value>` appended (before its fragment), unchanged otherwise; the link itself for `''`. */
export function appendSceneParam(link: string, parts: KfLinkParts, value: string): string {
  if (!value) return link
  const head = link.slice(0, link.length - parts.hash.length)
  return head + (parts.query ? '&' : parts.query === undefined ? '?' : '') + 'scene_param=' + encodeURIComponent(value) + parts.hash
}

/**
 * @internal {@link checkKfLink} for a link to build on: one that already carries `scene_param` (a
 * built link built again) is `INVALID_KF_LINK` too.
 */
export function checkKfLinkToBuild(link: unknown): ReturnType<typeof checkKfLink> {
  const checked = checkKfLink(link)
  if (checked.parts && checked.parts.names.indexOf('scene_param') >= 0) {
    checked.issues.push(issue('INVALID_KF_LINK', 'link', process.env.NODE_ENV !== 'production' ? 'already carries scene_param: remove it, the visitor parameter comes from the session' : ''))
  }
  return checked
}

/**
 * Checks a 微信客服 link as {@link buildKfLink} does, and reports every problem: `INVALID_KF_LINK`
 * (not https, not `work.weixin.qq.com`, not a `/kfid/kfc…` or `/kf/kfc…` path, bad
 * percent-encoding, a parameter twice, an older `encScene` link) or the warning
 * `KF_LINK_WITHOUT_SCENE`. A `scene_param` already on the link (a built link) is not a problem here.
 *
 * @param link - The 微信客服 link.
 * @returns Every issue, path `link`; empty when fine.
 * @example
 * validateKfLink('https://work.weixin.qq.com/kf/kfc0123456789abcdef?encScene=E1')
 * // [{ code: 'INVALID_KF_LINK', path: 'link', severity: 'error', message: '… is an older link (encScene) …' }]
 */
export function validateKfLink(link: string): SobotContactIssue[] {
  return checkKfLink(link).issues
}

/**
 * Options of {@link buildKfLink}: those of {@link buildKfSceneParam}, and the button's card.
 *
 * @example
 * buildKfLink(session, link, { extraFields: { tel: '13800000000' }, card: { title: 'Blue mug' } }) // in an H5 page
 */
export interface BuildKfLinkOptions extends BuildKfSceneParamOptions {
  /**
   * The button's card, reported as `KF_FIELD_DROPPED` (path `card`): pass it where the chat opens
   * from the link alone (H5, an App). A mini-program hands it to `wx.openCustomerServiceChat`
   * itself (`showMessageCard`, `sendMessageTitle`…), so leave it out there.
   */
  card?: unknown
}

/**
 * What {@link buildKfLink} returns.
 *
 * @example
 * const { url, bytes, warnings }: KfLink = buildKfLink({ nickname: 'Tom' }, 'https://work.weixin.qq.com/kf/kfc0123456789abcdef?enc_scene=ENC1')
 */
export interface KfLink {
  /** The link with `scene_param` (the link unchanged when the session sets no field). */
  url: string
  /** The visitor parameter, see {@link buildKfSceneParam}. */
  param: KfSceneParam
  /** Bytes of the parameter's Base64, at most 128. */
  bytes: number
  /** The parameter's warnings, `KF_LINK_WITHOUT_SCENE` and the card's `KF_FIELD_DROPPED`. */
  warnings: SobotContactIssue[]
}

/**
 * The customer's 微信客服 (WeChat Customer Service) link with the visitor's parameter appended as
 * `scene_param` (percent-encoded Base64 of Sobot's JSON, see {@link buildKfSceneParam}); the link
 * is not edited otherwise. Open it in WeChat's browser, or pass it to
 * `wx.openCustomerServiceChat({ extInfo: { url }, corpId })`.
 *
 * WeCom returns `scene_param` in the enter-session event only on links created with a scene (they
 * carry `enc_scene=…`); older links with `encScene=…` do not support it, which is an error (the
 * visitor would arrive anonymous, silently). A link with neither (`/kfid/kfc…` as WeCom's console
 * shows it) is used with a `KF_LINK_WITHOUT_SCENE` warning when there is a parameter to carry.
 *
 * @param session - The session fields, or an encoded `session-from` string, or nothing.
 * @param link - The 微信客服 link, e.g. `https://work.weixin.qq.com/kf/kfc…?enc_scene=…`.
 * @param options - `extraFields`, the over-limit policy, a warning callback, the card.
 * @returns `{ url, param, bytes, warnings }`.
 * @throws SobotContactError `INVALID_KF_LINK` (path `link`: not https, not `work.weixin.qq.com`,
 *   not a `/kfid/kfc…` or `/kf/kfc…` path, an `encScene` link, one that already has `scene_param`),
 *   `KF_SCENE_PARAM_TOO_LONG` or the session's own codes.
 * @example
 * buildKfLink({ nickname: 'Tom' }, 'https://work.weixin.qq.com/kf/kfc0123456789abcdef?enc_scene=ENC1').url
 * // 'https://work.weixin.qq.com/kf/kfc0123456789abcdef?enc_scene=ENC1&scene_param=eyJ1bmFtZSI6IlRvbSJ9'
 * @see https://developer.work.weixin.qq.com/document/path/94665 (WeCom: kf/add_contact_way, scene_param)
 */
export function buildKfLink(session: SessionFromInput | string | undefined, link: string, options: BuildKfLinkOptions = {}): KfLink {
  const { parts, issues: checked } = checkKfLinkToBuild(link)
  throwIssues(checked) // (so `parts` is there)
  const param = buildKfSceneParam(session, Object.assign({}, options, { onWarning: undefined }))
  // The link's warning (no enc_scene) matters only when there is a parameter to carry.
  const warnings = param.value ? param.warnings.concat(checked) : param.warnings.slice()
  if (options.card !== undefined) warnings.push(dropped('card', process.env.NODE_ENV !== 'production' ? 'the mini-program card (show-message-card)' : ''))
  if (options.onWarning) warnings.forEach(options.onWarning)
  return { url: appendSceneParam(link, parts as KfLinkParts, param.value), param, bytes: param.bytes, warnings }
}
