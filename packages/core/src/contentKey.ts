/**
 * A string that is equal for two values exactly when they hold the same content: strings,
 * finite and non-finite numbers (`-0`, `NaN` kept apart from `0` and `null`), booleans, `null`,
 * `undefined`, arrays and plain objects (key order counts, as it does for the encoder). A value it
 * cannot key — a cycle, a BigInt, a function, a symbol, a class instance, a getter that throws —
 * gives `undefined`: the
 * caller then treats the value as new every time instead of guessing.
 *
 * @param value - Any input.
 * @returns The key, or `undefined` when the content cannot be keyed.
 * @example
 * contentKey({ nickname: 'Tom' }) === contentKey({ nickname: 'Tom' }) // true
 * contentKey({ a: 1n }) // undefined
 */
export function contentKey(value: unknown): string | undefined {
  const open: unknown[] = []
  let failed = false
  const write = (v: unknown): string => {
    if (failed) return ''
    switch (typeof v) {
      case 'string':
        return JSON.stringify(v)
      case 'number':
        return Object.is(v, -0) ? '-0' : String(v)
      case 'boolean':
        return v ? 'true' : 'false'
      case 'undefined':
        return 'u'
      case 'object':
        break
      default:
        failed = true
        return ''
    }
    if (v === null) return 'null'
    const proto = Object.getPrototypeOf(v)
    if (open.indexOf(v) >= 0 || (proto !== Object.prototype && proto !== Array.prototype && proto !== null)) {
      failed = true
      return ''
    }
    open.push(v)
    const body = Array.isArray(v)
      ? '[' + v.map(write).join(',') + ']'
      : '{' + Object.keys(v).map((k) => JSON.stringify(k) + ':' + write((v as Record<string, unknown>)[k])).join(',') + '}'
    open.pop()
    return body
  }
  try {
    const key = write(value)
    return failed ? undefined : key
  } catch {
    return undefined // a getter or a proxy that throws: not keyable either
  }
}
