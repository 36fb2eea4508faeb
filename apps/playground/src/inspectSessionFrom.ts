import {
  decodeSessionFrom,
  measureSessionFrom,
  parseSobotWebLink,
  utf8ByteLength,
  validateSessionFrom,
  type NormalizedSessionFrom,
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
}

/**
 * Decodes a pasted `session-from` (or a Sobot web link, `https://…`) with core and checks what it says.
 *
 * @example
 * inspectSessionFrom('sobot|Tom||{"vip":true}|partnerid=42').fields // { nickname: 'Tom', params: { vip: true }, partnerId: '42' }
 */
export function inspectSessionFrom(pasted: string): InspectResult {
  const text = pasted.trim()
  const result: InspectResult = { text, bytes: utf8ByteLength(text), fields: undefined, measure: undefined, issues: [], isLink: /^[a-z][a-z0-9+.-]*:\/\//i.test(text), link: undefined }
  if (!text) return result
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
