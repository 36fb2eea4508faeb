import { createError } from './errors'
import { isAllowedHost, readHttpsUrl, type HttpsUrl } from './isAllowedSobotUrl'
import { readQuery } from './readQuery'
import type { SobotScalar } from './types'

/** The session fields a Sobot web link carries, by their names in {@link SessionFromInput}. */
export type WebLinkField = 'partnerId' | 'nickname' | 'avatarUrl' | 'params' | 'groupId'

/**
 * The query parameter each session field travels in on Sobot's web link. Names seen on live
 * Sobot links, not in a parameter table Sobot publishes: documented defaults, overridable with
 * `paramNames` (see {@link SobotWebLinkConfig}).
 */
export const WEB_LINK_PARAM_NAMES: { readonly [K in WebLinkField]: string } = {
  partnerId: 'partnerid',
  nickname: 'uname',
  avatarUrl: 'face',
  params: 'params',
  groupId: 'groupid',
}

/** The visitor fields read back from a web link. */
export interface WebLinkSession {
  partnerId?: string
  nickname?: string
  avatarUrl?: string
  params?: Record<string, SobotScalar>
  /** The skill group (技能组) id: the web link's equivalent of a first `to_group` step. */
  groupId?: string
}

/** What {@link parseSobotWebLink} returns. */
export interface ParsedSobotWebLink {
  /** `https://host/path`, without query and fragment. */
  base: string
  /** Sobot's company id (公司 ID). */
  sysnum: string
  /** The channel id from Sobot's console, when the link has one. */
  channelid?: string
  /** The visitor fields found, decoded. */
  session: WebLinkSession
  /** Every other parameter, decoded (`source`, `locale`, `tel`…). */
  extra: Record<string, string>
}

/** Options of {@link parseSobotWebLink}. */
export interface ParseSobotWebLinkOptions {
  /** Your own host names for Sobot's chat, besides `*.sobot.com` and `*.soboten.com`. */
  allowedHosts?: readonly string[] | undefined
  /** Parameter names when the link was built with `paramNames`. */
  paramNames?: Partial<Record<WebLinkField, string>> | undefined
}

/** @internal A link read into its parts, or why not (a message without the prefix). */
export type ReadWebLink = { url: HttpsUrl; names: string[]; parsed: ParsedSobotWebLink } | string

const decode = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '))

/** @internal Reads and checks a Sobot web link; the message says how to fix it. */
export function readSobotWebLink(link: unknown, options: ParseSobotWebLinkOptions = {}): ReadWebLink {
  const url = readHttpsUrl(link)
  if (typeof url === 'string') return url
  if (!isAllowedHost(url.host, options.allowedHosts)) {
    return process.env.NODE_ENV !== 'production'
      ? `host "${url.host}" is neither Sobot's (*.sobot.com, *.soboten.com) nor in allowedHosts: copy the link from Sobot's console, or add "${url.host}" to allowedHosts if it is your own domain for Sobot's chat`
      : ''
  }
  const pairs = readQuery(url.query, decode)
  if (typeof pairs === 'string') return pairs
  const names = pairs.map((p) => p[0])
  const sysnum = pairs.filter((p) => p[0] === 'sysnum').map((p) => p[1])[0]
  if (!sysnum) {
    return process.env.NODE_ENV !== 'production'
      ? "carries no sysnum (your company id, 公司 ID): copy the link again from Sobot's console (渠道 → 部署 → 链接), e.g. https://chat.sobot.com/chat/h5/v2/index.html?sysnum=…"
      : ''
  }
  const parsed: ParsedSobotWebLink = { base: url.base, sysnum, session: {}, extra: {} }
  const fieldOf: Record<string, WebLinkField> = {}
  for (const field of Object.keys(WEB_LINK_PARAM_NAMES) as WebLinkField[]) {
    fieldOf[(options.paramNames && options.paramNames[field]) || WEB_LINK_PARAM_NAMES[field]] = field
  }
  for (const [name, value] of pairs) {
    const field = Object.prototype.hasOwnProperty.call(fieldOf, name) ? fieldOf[name] : undefined
    if (name === 'sysnum') continue
    if (name === 'channelid') parsed.channelid = value
    else if (field === 'params') {
      let json: unknown
      try {
        json = JSON.parse(value)
      } catch {
        // not JSON: json stays undefined, refused below as not flat
      }
      const flat =
        typeof json === 'object' && json !== null && !Array.isArray(json) &&
        Object.keys(json).every((k) => ['string', 'number', 'boolean'].indexOf(typeof (json as Record<string, unknown>)[k]) >= 0)
      if (!flat) return process.env.NODE_ENV !== 'production' ? `the parameter ${name} must be a flat JSON object such as {"vip":true}` : ''
      parsed.session.params = json as Record<string, SobotScalar>
    } else if (field) parsed.session[field] = value
    else Object.defineProperty(parsed.extra, name, { value, enumerable: true, writable: true, configurable: true })
  }
  return { url, names, parsed }
}

/**
 * Reads a Sobot web link back into its parts: the inverse of {@link buildSobotWebLink}, as
 * {@link decodeSessionFrom} is of `encodeSessionFrom`. Values are decoded (`+` as a space, as
 * browsers and servers read a query).
 *
 * @param url - A web link, e.g. `https://chat.sobot.com/chat/h5/v2/index.html?sysnum=abc&uname=%E6%B1%A4`.
 * @param options - `allowedHosts` for your own domain; `paramNames` when the link was built with them.
 * @returns `{ base, sysnum, channelid?, session, extra }`.
 * @throws SobotContactError `INVALID_WEB_LINK` (path `url`): not https, a host that is neither
 *   Sobot's nor allowed, no `sysnum`, bad percent-encoding, a parameter twice, `params` not a flat JSON object.
 * @example
 * parseSobotWebLink('https://chat.sobot.com/chat/h5/v2/index.html?sysnum=abc&channelid=1&uname=%E6%B1%A4%E5%A7%86&groupid=g1')
 * // { base: 'https://chat.sobot.com/chat/h5/v2/index.html', sysnum: 'abc', channelid: '1',
 * //   session: { nickname: '汤姆', groupId: 'g1' }, extra: {} }
 */
export function parseSobotWebLink(url: string, options?: ParseSobotWebLinkOptions): ParsedSobotWebLink {
  const read = readSobotWebLink(url, options)
  if (typeof read === 'string') throw createError('INVALID_WEB_LINK', 'url', read)
  return read.parsed
}
