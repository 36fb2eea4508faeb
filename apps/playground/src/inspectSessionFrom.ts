import {
  decodeSessionFrom,
  measureSessionFrom,
  SobotContactError,
  utf8ByteLength,
  validateSessionFrom,
  type NormalizedSessionFrom,
  type SessionFromMeasure,
  type SobotContactIssue,
} from '@sobot-contact/core'

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
  /**
   * `true` when the text looks like a URL (a Sobot web link), which this version cannot read yet.
   * WEB-LINK: decode it here with core's web-link reader once it lands (see `#web-link` in main.ts).
   */
  isLink: boolean
}

/**
 * Decodes a pasted `session-from` with core and checks what it says.
 *
 * @example
 * inspectSessionFrom('sobot|Tom||{"vip":true}|partnerid=42').fields // { nickname: 'Tom', params: { vip: true }, partnerId: '42' }
 */
export function inspectSessionFrom(pasted: string): InspectResult {
  const text = pasted.trim()
  const result: InspectResult = { text, bytes: utf8ByteLength(text), fields: undefined, measure: undefined, issues: [], isLink: /^https?:\/\//i.test(text) }
  if (!text || result.isLink) return result
  try {
    result.fields = decodeSessionFrom(text)
  } catch (e) {
    if (!(e instanceof SobotContactError)) throw e
    result.issues = e.issues.slice()
    return result
  }
  result.measure = measureSessionFrom(result.fields)
  result.issues = validateSessionFrom(result.fields)
  return result
}
