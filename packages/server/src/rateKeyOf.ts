/**
 * @internal What a client address is counted under: an IPv4 address as is; an IPv6 address by its
 * /64 network (one subscriber usually holds a whole /64 and can pick any address in it, so counting
 * single IPv6 addresses would not limit anyone). Anything that is not an IP address is counted as written.
 * @example
 * rateKeyOf('2001:db8:0:1::7') // '2001:db8:0:1::/64'
 * rateKeyOf('203.0.113.7') // '203.0.113.7'
 */
export function rateKeyOf(address: string): string {
  const groups = expandIpv6(address)
  return groups ? `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64` : address
}

/** The eight hextets of an IPv6 address (zone and brackets dropped), or `null` when it is not one. */
function expandIpv6(address: string): string[] | null {
  const value = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '').toLowerCase()
  if (!value.includes(':') || !/^[0-9a-f:.]+$/.test(value)) return null
  const [head = '', tail, extra] = value.split('::')
  if (extra !== undefined) return null
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const missing = 8 - left.length - right.length
  if (tail === undefined ? missing !== 0 : missing < 1) return null
  const groups = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right]
  return groups.every((g) => /^[0-9a-f]{1,4}$/.test(g)) ? groups : null
}
