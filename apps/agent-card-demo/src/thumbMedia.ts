/** Your server (server-demo or your own on @sobot-contact/server), or why there is none. */
export type SobotServer = { url: string } | { url: null; reason: string }

/** What the server answered for a cover. */
export type ThumbMediaAnswer = { ok: true; mediaId: string; expiresAt: number } | { ok: false; code: string; message: string }

/**
 * Where `/sobot/thumb-media` lives, in this order: `VITE_SOBOT_SERVER_URL` at build time, else
 * `sobotServerUrl` in `config.json` beside this page (same origin: whoever deploys the page
 * decides; the page's URL cannot). Never from the query string.
 */
export async function findSobotServer(pinned: string | undefined, base: string): Promise<SobotServer> {
  const pick = (value: unknown, from: string): SobotServer => {
    try {
      const url = new URL(String(value))
      if (url.protocol === 'https:' || url.protocol === 'http:') return { url: url.href.replace(/\/+$/, '') }
    } catch {
      /* reported below */
    }
    return { url: null, reason: `${from} is not an http(s) URL` }
  }
  if (pinned) return pick(pinned, 'VITE_SOBOT_SERVER_URL')
  try {
    const response = await fetch(new URL('config.json', base), { cache: 'no-store' })
    if (response.ok) {
      const config = (await response.json()) as { sobotServerUrl?: unknown }
      if (config.sobotServerUrl) return pick(config.sobotServerUrl, 'config.json sobotServerUrl')
    }
  } catch {
    /* no config.json: reported below */
  }
  return { url: null, reason: 'set VITE_SOBOT_SERVER_URL at build time or put {"sobotServerUrl": "https://…"} in config.json beside this page' }
}

/** Asks the server for the cover's `media_id` (it uploads once, then serves it until shortly before its 3 days end). */
export async function fetchThumbMedia(server: string, cover: string): Promise<ThumbMediaAnswer> {
  let response: Response
  try {
    response = await fetch(`${server}/sobot/thumb-media?url=${encodeURIComponent(cover)}`)
  } catch {
    return { ok: false, code: 'SERVER_UNREACHABLE', message: `could not reach ${server}: is the server running, and does its ALLOWED_ORIGINS list this page's origin?` }
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (response.ok && typeof body.mediaId === 'string' && typeof body.expiresAt === 'number') {
    return { ok: true, mediaId: body.mediaId, expiresAt: body.expiresAt }
  }
  return { ok: false, code: typeof body.code === 'string' ? body.code : `HTTP_${response.status}`, message: typeof body.message === 'string' ? body.message : `the server answered HTTP ${response.status}` }
}
