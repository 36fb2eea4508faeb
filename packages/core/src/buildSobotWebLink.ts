import { issue, throwIssues, type SobotContactIssue } from './errors'
import { decodeSessionFrom } from './decodeSessionFrom'
import { HOST } from './isAllowedSobotUrl'
import { readSobotWebLink, WEB_LINK_PARAM_NAMES, type WebLinkField } from './parseSobotWebLink'
import { SESSION_FROM_KEYS } from './serializeSessionFrom'
import type { SessionFromInput } from './types'
import { analyzeSessionFrom } from './validateSessionFrom'

/** Where the web link comes from and what may be added to it. */
export interface SobotWebLinkConfig {
  /**
   * The link copied from Sobot's console (渠道 → 部署 → 链接), e.g.
   * `https://chat.sobot.com/chat/h5/v2/index.html?sysnum=xxx&channelid=1`: `https`, a Sobot host
   * or one of `allowedHosts`, carrying `sysnum`.
   */
  link: string
  /**
   * Extra hosts allowed besides Sobot's (`*.sobot.com`, `*.soboten.com`): your own domain(s) for
   * Sobot's chat, as exact host names (`"kefu.example.com"`), no scheme, no wildcard.
   */
  allowedHosts?: readonly string[] | undefined
  /**
   * Escape hatch: extra query parameters passed as they are (`tel`, `email`, `realname`,
   * `remark`, `source`, `locale`…). Cannot set `sysnum`, a mapped field or a parameter the link
   * already has.
   */
  extraParams?: Readonly<Record<string, string | number | boolean>> | undefined
  /**
   * Override the query parameter names (documented defaults in {@link WEB_LINK_PARAM_NAMES}:
   * `partnerid`, `uname`, `face`, `params`, `groupid`).
   */
  paramNames?: Partial<Record<WebLinkField, string>> | undefined
}

/** What {@link buildSobotWebLink} returns. */
export interface SobotWebLink {
  /** The link with the visitor's fields. */
  url: string
  /** One `WEB_LINK_FIELD_DROPPED` per session field the web link cannot carry. */
  warnings: SobotContactIssue[]
}

/** Options of {@link buildSobotWebLink}. */
export interface BuildSobotWebLinkOptions {
  /** The button's card, reported as `WEB_LINK_FIELD_DROPPED` (path `card`): a web chat has no mini-program card. */
  card?: unknown
}

const CONFIG_KEYS = ['link', 'allowedHosts', 'extraParams', 'paramNames']
const NAME = /^[A-Za-z0-9_.~-]+$/
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k)

/** The parameter names in use, or an issue for a bad `paramNames`. */
function paramNamesOf(config: SobotWebLinkConfig, issues: SobotContactIssue[]): Record<WebLinkField, string> {
  const names: Record<WebLinkField, string> = Object.assign({}, WEB_LINK_PARAM_NAMES)
  const given: unknown = config.paramNames
  if (given === undefined) return names
  if (!isObject(given)) {
    issues.push(issue('INVALID_WEB_LINK', 'webLink.paramNames', process.env.NODE_ENV !== 'production' ? 'must be an object such as { nickname: "uname" }' : ''))
    return names
  }
  for (const key of Object.keys(given)) {
    const v = given[key]
    const path = 'webLink.paramNames.' + key
    if (v === undefined) continue
    if (!own(WEB_LINK_PARAM_NAMES, key)) {
      issues.push(issue('UNKNOWN_FIELD', path, process.env.NODE_ENV !== 'production' ? 'unknown field; use ' + Object.keys(WEB_LINK_PARAM_NAMES).join(', ') : ''))
    } else if (typeof v !== 'string' || !NAME.test(v) || v === 'sysnum' || v === 'channelid') {
      issues.push(issue('INVALID_WEB_LINK', path, process.env.NODE_ENV !== 'production' ? 'must be a parameter name of letters, digits, "_", "-" or ".", other than sysnum and channelid' : ''))
    } else names[key as WebLinkField] = v
  }
  const all = Object.keys(names).map((k) => names[k as WebLinkField])
  all.forEach((n, i) => {
    if (all.indexOf(n) < i) issues.push(issue('INVALID_WEB_LINK', 'webLink.paramNames', process.env.NODE_ENV !== 'production' ? `two fields use the parameter ${n}: give each its own` : ''))
  })
  return names
}

/** Checks the configuration; returns the link read and the parameter names in use. */
function analyzeConfig(config: SobotWebLinkConfig) {
  const issues: SobotContactIssue[] = []
  if (!isObject(config)) {
    issues.push(issue('INVALID_WEB_LINK', 'webLink', process.env.NODE_ENV !== 'production' ? "must be an object { link } with the link copied from Sobot's console" : ''))
    return { issues }
  }
  for (const key of Object.keys(config)) {
    if (CONFIG_KEYS.indexOf(key) < 0 && (config as unknown as Record<string, unknown>)[key] !== undefined) {
      issues.push(issue('UNKNOWN_FIELD', 'webLink.' + key, process.env.NODE_ENV !== 'production' ? 'unknown field; use ' + CONFIG_KEYS.join(', ') : ''))
    }
  }
  const hosts: unknown = config.allowedHosts
  if (hosts !== undefined && !Array.isArray(hosts)) {
    issues.push(issue('INVALID_WEB_LINK', 'webLink.allowedHosts', process.env.NODE_ENV !== 'production' ? 'must be an array of host names such as ["kefu.example.com"]' : ''))
  } else if (hosts) {
    hosts.forEach((h: unknown, i) => {
      if (typeof h !== 'string' || !HOST.test(h.toLowerCase())) {
        issues.push(issue('INVALID_WEB_LINK', `webLink.allowedHosts[${i}]`, process.env.NODE_ENV !== 'production' ? 'must be a bare host name such as "kefu.example.com": no scheme, port, path or wildcard' : ''))
      }
    })
  }
  const names = paramNamesOf(config, issues)
  const read = readSobotWebLink(config.link, { allowedHosts: Array.isArray(hosts) ? hosts : undefined, paramNames: names })
  if (config.link === undefined || config.link === '') {
    issues.push(issue('INVALID_WEB_LINK', 'webLink.link', process.env.NODE_ENV !== 'production' ? "required: the link copied from Sobot's console (渠道 → 部署 → 链接), e.g. https://chat.sobot.com/chat/h5/v2/index.html?sysnum=…" : ''))
  } else if (typeof read === 'string') issues.push(issue('INVALID_WEB_LINK', 'webLink.link', read))
  const link = typeof read === 'string' ? undefined : read
  const extra: [string, string][] = []
  const extraParams: unknown = config.extraParams
  if (extraParams !== undefined && !isObject(extraParams)) {
    issues.push(issue('INVALID_WEB_LINK', 'webLink.extraParams', process.env.NODE_ENV !== 'production' ? 'must be an object such as { source: 10, tel: "13800000000" }' : ''))
  } else if (extraParams) {
    const reserved = ['sysnum', 'channelid'].concat(Object.keys(names).map((k) => names[k as WebLinkField]))
    for (const key of Object.keys(extraParams)) {
      const v = extraParams[key]
      const path = 'webLink.extraParams.' + key
      if (v === undefined) continue
      const lower = key.toLowerCase()
      const field = Object.keys(names).filter((k) => names[k as WebLinkField].toLowerCase() === lower)[0]
      if (!key) issues.push(issue('INVALID_WEB_LINK', path, process.env.NODE_ENV !== 'production' ? 'a parameter needs a name' : ''))
      else if (reserved.some((r) => r.toLowerCase() === lower)) {
        issues.push(issue('INVALID_WEB_LINK', path, process.env.NODE_ENV !== 'production' ? (field ? `cannot set ${key}: pass session.${field} instead` : `cannot set ${key}: it comes from the link copied from Sobot's console`) : ''))
      } else if (link && link.names.some((n) => n.toLowerCase() === lower)) {
        issues.push(issue('INVALID_WEB_LINK', path, process.env.NODE_ENV !== 'production' ? `the link already sets ${key}: remove it from the link or from extraParams` : ''))
      } else if (typeof v !== 'string' && typeof v !== 'boolean' && !(typeof v === 'number' && isFinite(v))) {
        issues.push(issue('INVALID_WEB_LINK', path, process.env.NODE_ENV !== 'production' ? 'must be a string, a finite number or a boolean' : ''))
      } else extra.push([key, String(v)])
    }
  }
  return { issues, link, names, extra }
}

/**
 * Checks a web-link configuration (the link, `allowedHosts`, `extraParams`, `paramNames`) and
 * reports every problem at once; the session is checked by {@link validateSessionFrom}.
 *
 * @param config - See {@link SobotWebLinkConfig}.
 * @returns Every issue, code `INVALID_WEB_LINK` (or `UNKNOWN_FIELD`) with paths such as
 *   `webLink.link`, `webLink.allowedHosts[0]`, `webLink.extraParams.uname`; empty when fine.
 * @example
 * validateSobotWebLink({ link: 'http://chat.sobot.com/chat/h5/v2/index.html?sysnum=abc' })
 * // [{ code: 'INVALID_WEB_LINK', path: 'webLink.link', severity: 'error', message: '… uses http: use the https:// link' }]
 */
export function validateSobotWebLink(config: SobotWebLinkConfig): SobotContactIssue[] {
  return analyzeConfig(config).issues
}

/** The warning for a field the link cannot carry (`what`: its wire name or a description); the text only in development. */
const warn = (path: string, what: string, hint = '') =>
  issue(
    'WEB_LINK_FIELD_DROPPED',
    path,
    process.env.NODE_ENV !== 'production' ? `${what} has no equivalent on Sobot's web link and is not sent there (WeChat's contact button on a phone still carries it)${hint}` : '',
    'warning',
  )

/**
 * Builds Sobot's web chat link (H5, other mini-programs' `<web-view>`, desktop WeChat) from the
 * link copied from Sobot's console and the same session the contact button takes. Each field
 * travels as a query parameter, `encodeURIComponent`-ed: `partnerId` → `partnerid`, `nickname`
 * → `uname`, `avatarUrl` → `face`, `params` → `params` (compact JSON), a first `to_group` step →
 * `groupid` (names overridable with `paramNames`). Every field the web link cannot carry (the
 * rest of the routing, `robotId`, `unionId`, `platformAction`, `customerFields`, the card) is
 * reported once as a `WEB_LINK_FIELD_DROPPED` warning naming it, never dropped silently.
 *
 * The session is checked by the same rules as for `session-from` except WeChat's 1000-byte
 * limit, which a URL does not have. Identity passed in a link is weaker than Sobot's
 * server-side CRM docking: anyone can edit a URL.
 *
 * @param session - The session fields, or an encoded `session-from` string, or nothing.
 * @param config - The console link and its options, see {@link SobotWebLinkConfig}.
 * @param options - The button's `card`, to report it as dropped.
 * @returns `{ url, warnings }`.
 * @throws SobotContactError `INVALID_WEB_LINK` (paths `webLink.link`, `webLink.allowedHosts[i]`,
 *   `webLink.extraParams.<name>`, `webLink.paramNames.<field>`) or the session's own codes.
 * @example
 * buildSobotWebLink(
 *   { nickname: '汤姆', partnerId: 'u-42', transferAction: [toGroup('g1')] },
 *   { link: 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=abc&channelid=1' },
 * ).url
 * // 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=abc&channelid=1&partnerid=u-42&uname=%E6%B1%A4%E5%A7%86&groupid=g1'
 * @see https://www.sobot.com/developerdocs/ (Web 链接接入说明)
 */
export function buildSobotWebLink(
  session: SessionFromInput | string | undefined,
  config: SobotWebLinkConfig,
  options: BuildSobotWebLinkOptions = {},
): SobotWebLink {
  const { issues, link, names, extra } = analyzeConfig(config)
  throwIssues(issues)
  // An encoded string (say, built on your server) is read back and re-checked like any input.
  const input: SessionFromInput = typeof session === 'string' ? decodeSessionFrom(session) : session || {}
  const analyzed = analyzeSessionFrom(input)
  // A URL has no "|" separator: free text keeps its "|" (no SEPARATOR_REPLACED for the web).
  throwIssues(analyzed.issues)
  // Stryker disable next-line all: unreachable — throwIssues above throws whenever the link could not be read
  if (!link || !names) throw new Error('unreachable')
  const value = analyzed.value
  const text = (v: unknown, normalized: string | undefined) => (typeof v === 'string' && v ? v : normalized)
  const fields: Record<WebLinkField, string | undefined> = {
    partnerId: value.partnerId,
    nickname: text(input.nickname, value.nickname),
    avatarUrl: text(input.avatarUrl, value.avatarUrl),
    params: value.params && JSON.stringify(value.params),
    groupId: undefined,
  }
  const warnings: SobotContactIssue[] = []
  const steps = value.transferAction || []
  const first = steps[0]
  if (first && first.actionType === 'to_group') {
    fields.groupId = first.deciId
    if (steps.length > 1) warnings.push(warn('transferAction', process.env.NODE_ENV !== 'production' ? `the overflow (溢出) after skill group ${first.deciId} (${steps.length - 1} more step(s))` : ''))
  } else if (first) {
    warnings.push(warn('transferAction', process.env.NODE_ENV !== 'production' ? 'routing to a given agent (to_service, 指定客服)' : '', process.env.NODE_ENV !== 'production' ? ': route to a skill group (toGroup) first to use groupid' : ''))
  }
  if (value.platformAction) warnings.push(warn('platformAction', SESSION_FROM_KEYS.platformAction))
  if (value.robotId) warnings.push(warn('robotId', SESSION_FROM_KEYS.robotId, process.env.NODE_ENV !== 'production' ? ": choose the bot in the web channel's settings in Sobot's console" : ''))
  if (value.unionId) warnings.push(warn('unionId', SESSION_FROM_KEYS.unionId))
  if (value.customerFields) warnings.push(warn('customerFields', SESSION_FROM_KEYS.customerFields))
  if (options.card !== undefined) warnings.push(warn('card', process.env.NODE_ENV !== 'production' ? 'the mini-program card (show-message-card)' : ''))
  const used = link.names.map((n) => n.toLowerCase())
  // Never empty: a link without sysnum was refused above.
  let query = link.url.query.replace(/&+$/, '')
  const add = (name: string, v: string) => (query += '&' + encodeURIComponent(name) + '=' + encodeURIComponent(v))
  for (const field of Object.keys(WEB_LINK_PARAM_NAMES) as WebLinkField[]) {
    const v = fields[field]
    if (v === undefined) continue
    if (used.indexOf(names[field].toLowerCase()) >= 0) {
      throwIssues([issue('INVALID_WEB_LINK', 'webLink.link', process.env.NODE_ENV !== 'production' ? `already carries ${names[field]} while the session sets ${field}: remove it from the link` : '')])
    }
    add(names[field], v)
  }
  for (const [name, v] of extra) add(name, v)
  return { url: link.url.base + '?' + query + link.url.hash, warnings }
}
