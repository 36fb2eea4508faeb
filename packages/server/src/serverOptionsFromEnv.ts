import { fail } from './errors'
import { WECHAT_API_BASE } from './createWeChatClient'

/** The settings read by {@link serverOptionsFromEnv}. */
export interface ServerEnvOptions {
  appId: string
  appSecret: string
  channelKey: string | undefined
  apiBase: string
  thumbHosts: string[]
  allowedOrigins: string[]
  redisUrl: string | undefined
  port: number
  /** `UNIONID_PER_MINUTE`: `/unionid` requests per client address and minute (default 20; 0 = no limit). */
  unionIdPerMinute: number
  /** `COVER_UPLOADS_PER_HOUR`: distinct covers uploaded per hour (default 200; 0 = no bound). */
  coverUploadsPerHour: number
  /** `TRUSTED_PROXIES`: your reverse proxies' addresses, whose `X-Forwarded-For` is believed. */
  trustedProxies: string[]
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)

/**
 * Reads the server's settings from environment variables, checking each: `WECHAT_APP_ID`,
 * `WECHAT_APP_SECRET` (required), `SOBOT_CHANNEL_KEY` (for `/unionid`), `WECHAT_API_BASE`,
 * `THUMB_HOSTS` and `ALLOWED_ORIGINS` (comma-separated), `REDIS_URL`, `PORT` (default 8787),
 * `UNIONID_PER_MINUTE` (default 20), `COVER_UPLOADS_PER_HOUR` (default 200) and `TRUSTED_PROXIES`
 * (comma-separated addresses; default none).
 *
 * @throws SobotServerError `MISSING_CONFIG` / `INVALID_CONFIG`, `path` = the variable's name.
 * @example
 * const env = serverOptionsFromEnv(process.env)
 */
export function serverOptionsFromEnv(env: Record<string, string | undefined>): ServerEnvOptions {
  const required = (name: string, how: string): string => {
    const value = env[name]?.trim()
    if (!value) fail('MISSING_CONFIG', name, `is not set: ${how}`)
    return value
  }
  const appId = required('WECHAT_APP_ID', "set it to the mini-program's AppID (wx…)")
  const appSecret = required('WECHAT_APP_SECRET', "set it to the mini-program's AppSecret (开发管理 → 开发设置)")
  const apiBase = env.WECHAT_API_BASE?.trim() || WECHAT_API_BASE
  let parsed: URL | undefined
  try {
    parsed = new URL(apiBase)
  } catch {
    parsed = undefined
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    fail('INVALID_CONFIG', 'WECHAT_API_BASE', `must be an http(s) URL; leave it unset for ${WECHAT_API_BASE}`)
  }
  const portText = env.PORT?.trim() || '8787'
  const port = Number(portText)
  if (!/^\d+$/.test(portText) || port > 65535) fail('INVALID_CONFIG', 'PORT', 'must be a port number (0 picks a free one)')
  const redisUrl = env.REDIS_URL?.trim() || undefined
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) fail('INVALID_CONFIG', 'REDIS_URL', 'must start with redis:// or rediss://')
  const count = (name: string, fallback: number): number => {
    const value = env[name]?.trim() || String(fallback)
    if (!/^\d{1,9}$/.test(value)) fail('INVALID_CONFIG', name, 'must be a whole number ≥ 0 (0 turns the limit off)')
    return Number(value)
  }
  return {
    appId,
    appSecret,
    channelKey: env.SOBOT_CHANNEL_KEY || undefined,
    apiBase,
    thumbHosts: list(env.THUMB_HOSTS),
    allowedOrigins: list(env.ALLOWED_ORIGINS),
    redisUrl,
    port,
    unionIdPerMinute: count('UNIONID_PER_MINUTE', 20),
    coverUploadsPerHour: count('COVER_UPLOADS_PER_HOUR', 200),
    trustedProxies: list(env.TRUSTED_PROXIES),
  }
}
