import { fail } from './errors'

/**
 * @internal The `allowedOrigins` setting as a set of origins; anything else is `INVALID_CONFIG`.
 * @example
 * normalizeOrigins(['https://agent.example.com']) // Set { 'https://agent.example.com' }
 */
export function normalizeOrigins(origins: readonly string[]): Set<string> {
  const set = new Set<string>()
  for (const origin of origins) {
    let parsed: URL | undefined
    try {
      parsed = new URL(origin)
    } catch {
      parsed = undefined
    }
    if (!parsed || parsed.origin === 'null' || parsed.origin !== origin.replace(/\/+$/, '')) {
      fail('INVALID_CONFIG', 'allowedOrigins', `"${origin}" is not an origin: write scheme://host[:port], e.g. https://agent.example.com (no path, no wildcard)`)
    }
    set.add(parsed.origin)
  }
  return set
}
