/**
 * A JavaScript string literal in single quotes; `</` is written `<\/` so it is safe inside a `<script>` block.
 *
 * @example
 * quote("O'Brien") // "'O\\'Brien'"
 */
export function quote(s: string): string {
  return (
    "'" +
    s
      .replace(/\\/g, '\\\\')
      .replace(/'/g, "\\'")
      .replace(/\n/g, '\\n')
      .replace(/\r/g, '\\r')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029')
      .replace(/<\//g, '<\\/') +
    "'"
  )
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** A code fragment that {@link jsLiteral} writes as is (e.g. `toGroup('g-1')`). */
export interface RawCode {
  raw: string
}

/**
 * Marks `code` to be written verbatim by {@link jsLiteral}.
 *
 * @example
 * jsLiteral({ transferAction: [raw("toAgent('a-7')")] }) // "{ transferAction: [toAgent('a-7')] }"
 */
export const raw = (code: string): RawCode => ({ raw: code })

type Literal = string | number | boolean | RawCode | readonly Literal[] | { readonly [key: string]: Literal | undefined }

/**
 * Writes a value as a JavaScript literal, indented by two spaces per level, in the style of our
 * READMEs (single quotes, unquoted keys where possible, trailing commas on multi-line values).
 * `NaN` and other non-finite numbers are written as such, so core reports them when evaluated.
 *
 * @example
 * jsLiteral({ nickname: 'Tom', params: { 'a-b': 1 } }) // "{ nickname: 'Tom', params: { 'a-b': 1 } }"
 */
export function jsLiteral(value: Literal, indent = ''): string {
  if (typeof value === 'string') return quote(value)
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value)
  if (typeof value === 'boolean') return String(value)
  if ('raw' in value && typeof (value as RawCode).raw === 'string' && !Array.isArray(value)) return (value as RawCode).raw
  const inner = indent + '  '
  if (Array.isArray(value)) {
    const items = (value as readonly Literal[]).map((v) => jsLiteral(v, inner))
    const flat = '[' + items.join(', ') + ']'
    return flat.length <= 80 && flat.indexOf('\n') < 0 ? flat : '[\n' + items.map((i) => inner + i + ',\n').join('') + indent + ']'
  }
  const obj = value as { readonly [key: string]: Literal | undefined }
  const entries: string[] = []
  for (const key of Object.keys(obj)) {
    const v = obj[key]
    if (v === undefined) continue
    // A quoted "__proto__" in a literal would set the prototype; the computed form makes it a key.
    const k = key === '__proto__' ? "['__proto__']" : IDENTIFIER.test(key) ? key : quote(key)
    entries.push(k + ': ' + jsLiteral(v, inner))
  }
  if (!entries.length) return '{}'
  const flat = '{ ' + entries.join(', ') + ' }'
  return flat.length <= 80 && flat.indexOf('\n') < 0 ? flat : '{\n' + entries.map((e) => inner + e + ',\n').join('') + indent + '}'
}
