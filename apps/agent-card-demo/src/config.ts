import { resolveWorkbenchOrigin, type AgentWindow } from '@sobot-contact/core/agent'

/** Where the workbench origin came from, shown in the header. */
export type OriginSource = 'build' | 'query' | 'derived' | 'none'

export interface WorkbenchOrigin {
  origin: string | null
  source: OriginSource
  /** The embedding page's origin as the browser reports it (for the mismatch warning). */
  embedder: string | null
}

function normalize(value: string): string | null {
  try {
    const origin = new URL(value).origin
    return origin === 'null' ? null : origin
  } catch {
    return null
  }
}

/**
 * The origin cards are posted to, in this order:
 * 1. `VITE_WORKBENCH_ORIGIN` at build time (pinned; the URL cannot change it),
 * 2. `?workbenchOrigin=` in the page URL,
 * 3. the embedding page's origin, derived by core's `resolveWorkbenchOrigin`.
 * Never `'*'`.
 */
export function workbenchOrigin(url: string, win: AgentWindow, pinned: string | undefined): WorkbenchOrigin {
  const embedder = resolveWorkbenchOrigin(win)
  if (pinned) return { origin: normalize(pinned), source: 'build', embedder }
  const fromQuery = new URL(url).searchParams.get('workbenchOrigin')
  if (fromQuery) return { origin: normalize(fromQuery), source: 'query', embedder }
  return { origin: embedder, source: embedder ? 'derived' : 'none', embedder }
}
