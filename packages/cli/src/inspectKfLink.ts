import {
  buildKfSceneParam,
  KF_EXTRA_FIELDS,
  KF_SCENE_PARAM_BYTE_LIMIT,
  KF_SESSION_FIELDS,
  parseKfLink,
  SobotContactError,
  validateKfLink,
  type KfExtraFields,
  type KfFieldName,
  type ParsedKfLink,
  type SobotContactIssue,
} from '@sobot-contact/core'
import { colors, formatIssues, table } from './format'

/** Whether `inspect` reads this as a 微信客服 link: any URL on WeCom's host (the reader says what else is wrong). */
export const isKfLink = (raw: string) => /^[a-z][a-z0-9+.-]*:\/\/work\.weixin\.qq\.com(?:[:/?#]|$)/i.test(raw)

/** The session field (or `extraFields.<name>`) each of Sobot's names comes from, in the order they are written. */
const FIELD_OF: [KfFieldName, string][] = [
  ...(Object.keys(KF_SESSION_FIELDS) as (keyof typeof KF_SESSION_FIELDS)[]).map((k) => [KF_SESSION_FIELDS[k], k] as [KfFieldName, string]),
  ...KF_EXTRA_FIELDS.map((name) => [name, 'extraFields.' + name] as [KfFieldName, string]),
]

/** What core says about a parsed link: the link's own checks, and the parameter's (session rules, 128 bytes). */
function issuesOf(raw: string, parsed: ParsedKfLink): SobotContactIssue[] {
  const issues = validateKfLink(raw)
  const param = parsed.sceneParam
  if (!param) return issues
  try {
    // Read back as strings; core's checks say whether each is what Sobot reads (is_vip "0" / "1").
    buildKfSceneParam(param.session, { extraFields: param.extraFields as KfExtraFields })
  } catch (e) {
    if (!(e instanceof SobotContactError)) throw e
    issues.push(...e.issues)
  }
  return issues
}

/** A 微信客服 link: its parts, the fields and bytes of its `scene_param`, and what core says about both. */
export function inspectKfLink(raw: string, opts: { json?: boolean }, out: (s: string) => void): void {
  let parsed: ParsedKfLink
  try {
    parsed = parseKfLink(raw)
  } catch (e) {
    if (!opts.json || !(e instanceof SobotContactError)) throw e
    out(JSON.stringify({ link: null, issues: e.issues }, null, 2))
    process.exitCode = 1
    return
  }
  const issues = issuesOf(raw, parsed)
  const param = parsed.sceneParam
  if (opts.json) {
    out(JSON.stringify({ link: parsed, issues }, null, 2))
  } else {
    const c = colors(process.stdout)
    const rows: string[][] = [['kfid', 'account link (客服链接)', '', parsed.kfid]]
    if (parsed.encScene !== undefined) rows.push(['enc_scene', 'scene (场景值)', '', parsed.encScene])
    if (parsed.legacy) rows.push(['encScene', 'older link', '', '(no scene_param)'])
    for (const [name, field] of FIELD_OF) {
      const v = param && param.fields[name]
      if (param && v !== undefined) rows.push([name, field, String(param.fieldBytes[name]), v])
    }
    for (const name of Object.keys(parsed.extra)) rows.push([name, '(passed as is)', '', parsed.extra[name]!])
    out(`微信客服 link: ${parsed.base}`)
    out(table(rows, process.stdout, ['parameter', 'field', 'bytes', 'value']))
    out('')
    if (!param) out('scene_param: none (the visitor arrives anonymous)')
    else {
      const total = `${param.bytes} / ${KF_SCENE_PARAM_BYTE_LIMIT} bytes (Base64 of ${Buffer.byteLength(param.json)} bytes of JSON)`
      out(`scene_param: ${param.fits ? c.green(total) : c.red(total + ' — Sobot ignores it')}`)
    }
    out(issues.length ? formatIssues(issues, process.stdout) : c.green('no issues'))
  }
  if ((param && !param.fits) || issues.some((i) => i.severity === 'error')) process.exitCode = 1
}
