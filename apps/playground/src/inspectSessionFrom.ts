import {
  decodeSessionFrom,
  KF_SCENE_PARAM_BYTE_LIMIT,
  measureSessionFrom,
  parseKfLink,
  parseSobotWebLink,
  utf8ByteLength,
  validateSessionFrom,
  type KfSceneParamMeasure,
  type NormalizedSessionFrom,
  type ParsedKfLink,
  type ParsedSobotWebLink,
  type SessionFromMeasure,
  type SobotContactIssue,
} from '@sobot-contact/core'
import { tryCore } from './tryCore'

/** What the Inspect tab shows for a pasted string. */
export interface InspectResult {
  /** The pasted text, trimmed of surrounding white space (a copy from a chat often carries some). */
  text: string
  /** UTF-8 bytes of the text as pasted (what WeChat would count). */
  bytes: number
  /** The decoded fields, or `undefined` when the text is not a readable `session-from`. */
  fields: NormalizedSessionFrom | undefined
  /** Bytes by field of the canonical form, when decoded. */
  measure: SessionFromMeasure | undefined
  /** The decoding error, or the content problems of the decoded fields (routing codes, lengths…). */
  issues: SobotContactIssue[]
  /** `true` when the text is a URL, read as a Sobot web link. */
  isLink: boolean
  /** The web link's parts (`sysnum`, `channelid`, visitor fields, other parameters), when it reads. */
  link: ParsedSobotWebLink | undefined
  /** A 微信客服 link's parts and its decoded `scene_param`, when the URL is on WeCom's host and reads. */
  kfLink: ParsedKfLink | undefined
  /** Its `scene_param` measured against 128 bytes, when it has one. */
  kfMeasure: KfSceneParamMeasure | undefined
}

/** A 微信客服 link: parsed by core, its parameter measured as it was sent; or the coded error. */
function inspectKfLink(result: InspectResult): InspectResult {
  const { value: kfLink, error } = tryCore(() => parseKfLink(result.text))
  if (error) return { ...result, issues: error.issues.slice() }
  const param = kfLink.sceneParam
  if (!param) return { ...result, kfLink }
  const jsonBytes = utf8ByteLength(param.json)
  let used = 0
  for (const name in param.fieldBytes) used += param.fieldBytes[name as keyof typeof param.fieldBytes] as number
  const kfMeasure: KfSceneParamMeasure = {
    bytes: param.bytes,
    limit: KF_SCENE_PARAM_BYTE_LIMIT,
    remaining: KF_SCENE_PARAM_BYTE_LIMIT - param.bytes,
    fits: param.fits,
    jsonBytes,
    fields: param.fieldBytes,
    overhead: jsonBytes - used,
  }
  return { ...result, kfLink, kfMeasure, issues: validateSessionFrom(param.session).filter((i) => i.severity === 'error' && i.code !== 'SESSION_FROM_TOO_LONG' && i.code !== 'PARTNER_ID_TOO_LONG') }
}

/**
 * Decodes a pasted `session-from` (or a Sobot web link, or a 微信客服 link, `https://…`) with core and checks what it says.
 *
 * @example
 * inspectSessionFrom('sobot|Tom||{"vip":true}|partnerid=42').fields // { nickname: 'Tom', params: { vip: true }, partnerId: '42' }
 */
export function inspectSessionFrom(pasted: string): InspectResult {
  const text = pasted.trim()
  const result: InspectResult = { text, bytes: utf8ByteLength(text), fields: undefined, measure: undefined, issues: [], isLink: /^[a-z][a-z0-9+.-]*:\/\//i.test(text), link: undefined, kfLink: undefined, kfMeasure: undefined }
  if (!text) return result
  // WeCom's host: a 微信客服 link (core's reader says what else is wrong with it).
  if (/^[a-z][a-z0-9+.-]*:\/\/work\.weixin\.qq\.com(?:[:/?#]|$)/i.test(text)) return inspectKfLink(result)
  if (result.isLink) {
    // Core's reader: https only, Sobot's hosts (*.sobot.com, *.soboten.com), a sysnum. A link on
    // your own domain is refused here (the page has no allowedHosts setting yet).
    const { value: link, error } = tryCore(() => parseSobotWebLink(text))
    return error ? { ...result, issues: error.issues.slice() } : { ...result, link }
  }
  const { value: fields, error } = tryCore(() => decodeSessionFrom(text))
  if (error) return { ...result, issues: error.issues.slice() }
  return { ...result, fields, measure: measureSessionFrom(fields), issues: validateSessionFrom(fields) }
}
