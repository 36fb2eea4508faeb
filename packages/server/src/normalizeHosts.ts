import { fail } from './errors'

/**
 * @internal The `allowedHosts` setting as host → whether plain `http` is allowed: `host` or
 * `host:port` (and `https://host`) allow https only; `http://host[:port]` allows http too.
 * @example
 * normalizeHosts(['img.example.com', 'http://127.0.0.1:8080']) // Map { 'img.example.com' => false, '127.0.0.1:8080' => true }
 */
export function normalizeHosts(hosts: readonly string[]): Map<string, boolean> {
  if (!Array.isArray(hosts) || hosts.length === 0) {
    fail('MISSING_CONFIG', 'allowedHosts', 'list the hosts your cover images are on (THUMB_HOSTS=img.example.com,cdn.example.com)')
  }
  const map = new Map<string, boolean>()
  for (const host of hosts) {
    const raw = typeof host === 'string' ? host.trim().toLowerCase() : ''
    const scheme = /^(https?):\/\//.exec(raw)
    const value = raw.slice(scheme ? scheme[0].length : 0).replace(/\/$/, '')
    if (!value || /[/\s@?#*]/.test(value)) {
      fail('INVALID_CONFIG', 'allowedHosts', `"${String(host)}" is not a host[:port]: write e.g. img.example.com, or http://127.0.0.1:8080 for plain http (no path or wildcard)`)
    }
    map.set(value, map.get(value) === true || scheme?.[1] === 'http')
  }
  return map
}
