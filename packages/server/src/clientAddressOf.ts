/**
 * @internal The address a request is counted under: the peer's, or — only when the peer is one of
 * `trustedProxies` — the last `X-Forwarded-For` hop that is not a trusted proxy (a client can
 * write anything at the left of that header, so only what a trusted proxy appended counts).
 * IPv4-mapped IPv6 (`::ffff:1.2.3.4`) is the IPv4 address; no address at all is `unknown`.
 * @example
 * clientAddressOf(request, '10.0.0.2', new Set(['10.0.0.2'])) // the X-Forwarded-For hop 10.0.0.2 appended
 */
export function clientAddressOf(request: Request, peer: string | undefined, trustedProxies: ReadonlySet<string>): string {
  let address = normalizeAddress(peer)
  if (!trustedProxies.has(address)) return address
  const hops = (request.headers.get('x-forwarded-for') ?? '').split(',')
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i])
    if (hop === 'unknown') continue
    address = hop
    if (!trustedProxies.has(hop)) break
  }
  return address
}

/**
 * @internal An address as compared and counted: trimmed, lower case, IPv4-mapped IPv6 as IPv4.
 * @example
 * normalizeAddress('::ffff:127.0.0.1') // '127.0.0.1'
 */
export function normalizeAddress(address: string | undefined): string {
  const value = (address ?? '').trim().toLowerCase()
  if (!value) return 'unknown'
  return value.startsWith('::ffff:') && value.includes('.') ? value.slice(7) : value
}
