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
  try {
    // JSON.stringify throws on a cycle and on a BigInt; the replacer throws on the rest and tags
    // every leaf with its type, so that NaN, -0, undefined and "1" vs 1 stay apart.
    return JSON.stringify([value], function (this: Record<string, unknown>, key, json: unknown) {
      const v = this[key] // before toJSON (a Date would already be a string)
      const t = typeof v
      if (t === 'string' || t === 'number' || t === 'boolean' || t === 'undefined') return t[0] + (Object.is(v, -0) ? '-0' : String(v))
      const proto = v === null ? null : Object.getPrototypeOf(v)
      if (t !== 'object' || (v !== null && proto !== Object.prototype && proto !== Array.prototype && proto !== null)) throw 0
      return json
    })
    // Stryker disable next-line BlockStatement: equivalent — an empty catch also returns undefined.
  } catch {
    return undefined // not keyable: a cycle, a BigInt, a function, a class instance, a throwing getter
  }
}
