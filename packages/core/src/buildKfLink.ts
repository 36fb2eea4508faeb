import { dropped } from './analyzeKfSceneParam'
import { buildKfSceneParam, type BuildKfSceneParamOptions, type KfSceneParam } from './buildKfSceneParam'
import { createError, issue, throwIssues, type SobotContactIssue } from './errors'
import { readHttpsUrl, type HttpsUrl } from './isAllowedSobotUrl'
import { readQuery } from './readQuery'
import type { SessionFromInput } from './types'

/** WeCom's host for 微信客服 links. */
const KF_HOST = 'work.weixin.qq.com'
/** `/kfid/kfc…` (WeCom's console) or `/kf/kfc…` (WeCom's link API, `kf/add_contact_way`). */
const KF_PATH = /^\/(?:kfid|kf)\/(kfc[0-9A-Za-z_-]+)$/

/** @internal A 微信客服 link read into its parts. */
export interface ReadKfLink {
  url: HttpsUrl
  /** The `kfc…` part of the path. */
  kfid: string
  /** Every query parameter, decoded, in order. */
  params: [string, string][]
}

/** @internal Reads and checks a 微信客服 link, or says why not (a message without the prefix). */
export function readKfLink(link: unknown): ReadKfLink | string {
  const url = readHttpsUrl(link)
  if (typeof url === 'string') return url
  if (url.host !== KF_HOST) {
    return process.env.NODE_ENV !== 'production' ? `host "${url.host}" is not WeCom's (${KF_HOST}): copy the 微信客服 link, e.g. https://${KF_HOST}/kfid/kfc…` : ''
  }
  const path = KF_PATH.exec(url.base.slice(('https://' + KF_HOST).length))
  if (!path) return process.env.NODE_ENV !== 'production' ? `is not a 微信客服 link: its path must be /kfid/kfc… or /kf/kfc…, with no port` : ''
  // decodeURIComponent alone: a "+" stays a "+", which Base64 uses.
  const params = readQuery(url.query, decodeURIComponent)
  if (typeof params === 'string') return params
  return { url, kfid: path[1] as string, params }
}

/** The problems of a link that reads: an older `encScene` link (error), no `enc_scene` (warning). */
function kfLinkIssues(read: ReadKfLink): SobotContactIssue[] {
  const has = (name: string) => read.params.some((p) => p[0] === name)
  if (has('encScene')) {
    return [issue('INVALID_KF_LINK', 'link', process.env.NODE_ENV !== 'production' ? 'is an older link (encScene), which does not carry scene_param: get a link with a scene (it carries enc_scene) from WeCom (kf/add_contact_way) or Sobot' : '')]
  }
  if (has('enc_scene')) return []
  return [
    issue(
      'KF_LINK_WITHOUT_SCENE',
      'link',
      process.env.NODE_ENV !== 'production' ? 'has no enc_scene: WeCom returns scene_param only on links created with a scene, so Sobot may not see the visitor; get a link with a scene (kf/add_contact_way)' : '',
      'warning',
    ),
  ]
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
  const read = readKfLink(link)
  return typeof read === 'string' ? [issue('INVALID_KF_LINK', 'link', read)] : kfLinkIssues(read)
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
  const read = readKfLink(link)
  const bad = (message: string) => createError('INVALID_KF_LINK', 'link', message)
  if (typeof read === 'string') throw bad(read)
  const checked = kfLinkIssues(read)
  throwIssues(checked)
  if (read.params.some((p) => p[0] === 'scene_param')) throw bad(process.env.NODE_ENV !== 'production' ? 'already carries scene_param: remove it, the visitor parameter comes from the session' : '')
  const param = buildKfSceneParam(session, Object.assign({}, options, { onWarning: undefined }))
  // The link's warning (no enc_scene) matters only when there is a parameter to carry.
  const warnings = param.value ? param.warnings.concat(checked) : param.warnings.slice()
  if (options.card !== undefined) warnings.push(dropped('card', process.env.NODE_ENV !== 'production' ? 'the mini-program card (show-message-card)' : ''))
  if (options.onWarning) warnings.forEach(options.onWarning)
  // Appended to the link as given (before its fragment), which stays as it is otherwise.
  const hash = read.url.hash
  const head = link.slice(0, link.length - hash.length)
  const join = read.url.query ? '&' : head.slice(-1) === '?' ? '' : '?'
  const url = param.value ? head + join + 'scene_param=' + encodeURIComponent(param.value) + hash : link
  return { url, param, bytes: param.bytes, warnings }
}
