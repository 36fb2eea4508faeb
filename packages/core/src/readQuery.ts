/**
 * @internal A URL's query (without `?`) as `[name, value]` pairs in order, each part decoded with
 * `decode`; or why not (a message without the prefix): bad percent-encoding, a name twice.
 * Empty pairs (`a=1&&b=2`) are skipped.
 */
export function readQuery(query: string, decode: (s: string) => string): [string, string][] | string {
  const pairs: [string, string][] = []
  for (const pair of query.split('&')) {
    if (!pair) continue
    const eq = pair.indexOf('=')
    let name: string
    let value: string
    try {
      name = decode(eq < 0 ? pair : pair.slice(0, eq))
      value = eq < 0 ? '' : decode(pair.slice(eq + 1))
    } catch {
      return process.env.NODE_ENV !== 'production' ? `"${pair.slice(0, 40)}" is not valid percent-encoding: encode values with encodeURIComponent` : ''
    }
    if (pairs.some((p) => p[0] === name)) return process.env.NODE_ENV !== 'production' ? `the parameter ${name} appears twice: keep one` : ''
    pairs.push([name, value])
  }
  return pairs
}
