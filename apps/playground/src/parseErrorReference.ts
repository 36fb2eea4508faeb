import type { Lang } from './messages'

/** A run of prose: plain text, and `{ code }` for what the docs write in backticks. */
export type InlineText = readonly (string | { readonly code: string })[]

/** One entry of the error reference, in both languages, as the docs write it. */
export interface ErrorReferenceEntry {
  /** The error code, the entry's `## CODE` heading. */
  code: string
  /** `error` stops encoding; `warning` reports a change that was made and still encoded. */
  severity: 'error' | 'warning'
  /** The rest of the severity line: the field `path` and which functions report it. */
  where: Record<Lang, InlineText>
  /** What it means: the prose before the fix. */
  meaning: Record<Lang, InlineText>
  /** How to fix it: the prose from `Fix:` (`解决：`), or from `Nothing to fix` (`无需处理`) on a warning. */
  fix: Record<Lang, InlineText>
}

/** One language's docs file: its name (for messages) and its Markdown. */
export interface ErrorReferenceDoc {
  file: string
  markdown: string
}

interface Section {
  code: string
  severity: 'error' | 'warning'
  where: InlineText
  meaning: InlineText
  fix: InlineText
}

// Where the fix starts: "Fix:" / "解决：" (its label is dropped), or "Nothing to fix" / "无需处理" (kept) on a warning.
const FIX: Record<Lang, { label: string; nothing: string }> = {
  en: { label: 'Fix:', nothing: 'Nothing to fix' },
  zh: { label: '解决：', nothing: '无需处理' },
}

// Markdown the page does not render (it shows plain text and inline code only): refused, never shown raw.
const UNSUPPORTED_LINE = /^(#|[-*+>|] |\d+\. |```|~~~|<)/
const UNSUPPORTED_INLINE = /\*\*|__|\]\(|<[a-z/!]/i

// A line break is a space, except between two Chinese characters and next to Chinese punctuation (、，（…).
const WIDE = /[\u2e80-\uffef]/
const WIDE_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef]/

function joinLines(lines: string[]): string {
  return lines.reduce((text, line) => {
    const [end, start] = [text.slice(-1), line.slice(0, 1)]
    const tight = (WIDE.test(end) && WIDE.test(start)) || WIDE_PUNCTUATION.test(end) || WIDE_PUNCTUATION.test(start)
    return !text ? line : text + (tight ? '' : ' ') + line
  }, '')
}

/** Splits prose at its backticks into text and `{ code }`; an unmatched backtick or unrendered Markdown throws. */
function inline(text: string, fail: (why: string) => never): InlineText {
  const parts = text.split('`')
  if (parts.length % 2 === 0) fail(`an unmatched backtick in "${text}"`)
  const out: (string | { code: string })[] = []
  parts.forEach((part, i) => {
    if (i % 2 === 1) out.push({ code: part })
    else if (UNSUPPORTED_INLINE.test(part)) fail(`Markdown the playground cannot show (bold, links or HTML) in "${part.trim()}"; use plain text and \`code\``)
    else if (part) out.push(part)
  })
  return out
}

function parseSection(code: string, body: string[], lang: Lang, fail: (why: string) => never): Section {
  const lines = body.map((l) => l.trim())
  while (lines.length && !lines[lines.length - 1]) lines.pop()
  while (lines.length && !lines[0]) lines.shift()
  const head = /^\*\*(error|warning)\*\* · (.+)$/.exec(lines[0] || '')
  if (!head) fail(`its first line must be "**error** · path …" or "**warning** · path …", not "${lines[0] || ''}"`)
  const severity = head[1] as Section['severity']
  const bad = lines.slice(1).filter((l) => UNSUPPORTED_LINE.test(l))[0]
  if (bad !== undefined) fail(`"${bad}" is Markdown the playground cannot show (a heading, list, quote, table, code block or HTML); write prose`)
  const prose = joinLines(lines.slice(1).filter((l) => l))
  if (!prose) fail('it says nothing after the severity line: say what the code means and how to fix it')
  const { label, nothing } = FIX[lang]
  const labelled = prose.indexOf(label)
  const at = labelled >= 0 ? labelled : severity === 'warning' ? prose.indexOf(nothing) : -1
  if (at < 0) fail(`it has no fix: add "${label} …"${severity === 'warning' ? ` (or "${nothing}" for this warning)` : ''}`)
  const meaning = prose.slice(0, at).trim()
  const rest = prose.slice(labelled >= 0 ? at + label.length : at).trim()
  const fix = rest.charAt(0).toUpperCase() + rest.slice(1) // "Fix: shorten it" is shown as "Shorten it" under the heading Fix
  if (!meaning) fail(`it says how to fix it but not what it means: write that before "${label}"`)
  if (!fix) fail(`"${label}" is followed by nothing`)
  return { code, severity, where: inline(head[2]!.replace(/[.。]$/, ''), fail), meaning: inline(meaning, fail), fix: inline(fix, fail) }
}

/** Every `## CODE` section of one language's file, in the file's order. */
function parseDoc({ file, markdown }: ErrorReferenceDoc, lang: Lang): Section[] {
  const sections: Section[] = []
  let current: { code: string; body: string[] } | undefined
  const close = () => {
    if (!current) return
    const code = current.code
    if (sections.some((s) => s.code === code)) throw new Error(`error reference: ${file} has two "## ${code}" sections; keep one`)
    sections.push(parseSection(code, current.body, lang, (why) => {
      throw new Error(`error reference: ${file} "## ${code}": ${why}`)
    }))
  }
  for (const line of markdown.split(/\r?\n/)) {
    if (line.indexOf('## ') === 0) {
      const code = /^## ([A-Z][A-Z0-9_]*)\s*$/.exec(line)
      if (!code) throw new Error(`error reference: ${file}: "${line}" is not an error code heading (## CODE in capitals)`)
      close()
      current = { code: code[1]!, body: [] }
    } else if (current) current.body.push(line)
  }
  close()
  if (!sections.length) throw new Error(`error reference: ${file} has no "## CODE" section`)
  return sections
}

/**
 * Reads the error reference from its docs, the one source of every entry: `docs/errors.md` (English)
 * and `docs/errors.zh-CN.md` (Chinese), one `## CODE` section per code, each opening with
 * `**error** · path … · from ….` and then prose with a fix (`Fix:` / `解决：`; a warning may say
 * `Nothing to fix` / `无需处理`). Both files must list the same codes in the same order with the same
 * severity. Anything it cannot read — a section without its severity line or fix, a code in one
 * language only, a different order, Markdown it would show raw — throws an `Error` naming the file
 * and the code; an entry is never empty.
 *
 * @param docs - Both languages' files, `{ file, markdown }`.
 * @returns The entries in the files' order.
 * @example
 * const entries = parseErrorReference({
 *   en: { file: 'errors.md', markdown: '## PARTNER_ID_TOO_LONG\n\n**error** · path `partnerId`.\nOver 100 characters. Fix: pass a shorter id.' },
 *   zh: { file: 'errors.zh-CN.md', markdown: '## PARTNER_ID_TOO_LONG\n\n**error** · path `partnerId`。\n超过 100 个字符。\n解决：传更短的 ID。' },
 * })
 * entries[0].fix.en // ['pass a shorter id.']
 */
export function parseErrorReference(docs: Record<Lang, ErrorReferenceDoc>): ErrorReferenceEntry[] {
  const en = parseDoc(docs.en, 'en')
  const zh = parseDoc(docs.zh, 'zh')
  const missing = (from: Section[], file: string, other: Section[], otherFile: string) =>
    from.filter((s) => !other.some((o) => o.code === s.code)).map((s) => `"## ${s.code}" is in ${file} but not in ${otherFile}`)
  const unmatched = missing(en, docs.en.file, zh, docs.zh.file).concat(missing(zh, docs.zh.file, en, docs.en.file))
  if (unmatched.length) throw new Error(`error reference: ${unmatched.join('; ')}`)
  return en.map((e, i) => {
    const z = zh[i]!
    if (z.code !== e.code) throw new Error(`error reference: ${docs.zh.file} has "## ${z.code}" where ${docs.en.file} has "## ${e.code}": list the codes in the same order`)
    if (z.severity !== e.severity) throw new Error(`error reference: "## ${e.code}" is **${e.severity}** in ${docs.en.file} but **${z.severity}** in ${docs.zh.file}`)
    return { code: e.code, severity: e.severity, where: { en: e.where, zh: z.where }, meaning: { en: e.meaning, zh: z.meaning }, fix: { en: e.fix, zh: z.fix } }
  })
}
