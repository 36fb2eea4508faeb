import { createIssue, SobotContactError } from '@sobot-contact/core'

/**
 * Every code `@sobot-contact/server` reports. Codes are stable: match on them, never on the
 * message text. Each has an HTTP status in {@link SERVER_ERROR_STATUS}.
 */
export type SobotServerErrorCode =
  // configuration (startup)
  | 'MISSING_CONFIG'
  | 'INVALID_CONFIG'
  // the request to your server
  | 'INVALID_REQUEST'
  | 'HEADERS_TOO_LARGE'
  | 'REQUEST_TIMEOUT'
  | 'DEADLINE_EXCEEDED'
  | 'TOO_MANY_REQUESTS'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'ORIGIN_NOT_ALLOWED'
  | 'INVALID_JSON_BODY'
  | 'BODY_TOO_LARGE'
  | 'MISSING_CODE'
  // the cover image
  | 'INVALID_IMAGE_URL'
  | 'HOST_NOT_ALLOWED'
  | 'IMAGE_FETCH_FAILED'
  | 'NOT_AN_IMAGE'
  | 'IMAGE_TOO_LARGE'
  | 'IMAGE_FETCH_TIMEOUT'
  | 'TOO_MANY_COVERS'
  // WeChat's answers
  | 'INVALID_CODE'
  | 'CODE_USED'
  | 'NO_UNIONID'
  | 'RATE_LIMITED'
  | 'INVALID_MEDIA'
  | 'INVALID_CREDENTIALS'
  | 'IP_NOT_WHITELISTED'
  | 'TOKEN_INVALID'
  | 'WECHAT_UNAVAILABLE'
  | 'WECHAT_ERROR'
  // your infrastructure
  | 'STORE_UNAVAILABLE'
  | 'INTERNAL_ERROR'

/**
 * The HTTP status each code is answered with by {@link createSobotHandler}.
 *
 * @example
 * SERVER_ERROR_STATUS.HOST_NOT_ALLOWED // 403
 */
export const SERVER_ERROR_STATUS: Readonly<Record<SobotServerErrorCode, number>> = {
  MISSING_CONFIG: 500,
  INVALID_CONFIG: 500,
  INVALID_REQUEST: 400,
  HEADERS_TOO_LARGE: 431,
  REQUEST_TIMEOUT: 408,
  DEADLINE_EXCEEDED: 504,
  TOO_MANY_REQUESTS: 429,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  ORIGIN_NOT_ALLOWED: 403,
  INVALID_JSON_BODY: 400,
  BODY_TOO_LARGE: 413,
  MISSING_CODE: 400,
  INVALID_IMAGE_URL: 400,
  HOST_NOT_ALLOWED: 403,
  IMAGE_FETCH_FAILED: 502,
  NOT_AN_IMAGE: 422,
  IMAGE_TOO_LARGE: 422,
  IMAGE_FETCH_TIMEOUT: 504,
  TOO_MANY_COVERS: 429,
  INVALID_CODE: 400,
  CODE_USED: 400,
  NO_UNIONID: 422,
  RATE_LIMITED: 429,
  INVALID_MEDIA: 422,
  INVALID_CREDENTIALS: 502,
  IP_NOT_WHITELISTED: 502,
  TOKEN_INVALID: 502,
  WECHAT_UNAVAILABLE: 503,
  WECHAT_ERROR: 502,
  STORE_UNAVAILABLE: 503,
  INTERNAL_ERROR: 500,
}

/**
 * The error class of `@sobot-contact/server`: core's `SobotContactError` with the server's codes —
 * a stable `code`, the field or setting `path`, a message (core's `[sobot-contact] path:` prefix)
 * that says how to fix it, the HTTP `status` the handler answers with and, for WeChat's answers,
 * the `errcode` it returned. Messages never contain the AppSecret, the channel key, a token or a UnionID.
 *
 * @example
 * try { await thumbs.get(url) } catch (e) {
 *   if (e instanceof SobotServerError && e.code === 'HOST_NOT_ALLOWED') …
 * }
 */
export class SobotServerError extends SobotContactError<SobotServerErrorCode> {
  /** WeChat's `errcode`, when the error is WeChat's answer. */
  readonly errcode: number | undefined
  /** The HTTP status the handler answers with. */
  readonly status: number
  /** For a `429`: how long until a retry can succeed, ms (sent as `Retry-After`, in seconds). */
  retryAfterMs: number | undefined

  constructor(code: SobotServerErrorCode, path: string, message: string, errcode?: number) {
    super(code, path, createIssue<SobotServerErrorCode>(code, path, message).message)
    this.name = 'SobotServerError'
    this.errcode = errcode
    this.status = SERVER_ERROR_STATUS[code]
    this.retryAfterMs = undefined
  }
}

/** @internal Throws a {@link SobotServerError}. */
export function fail(code: SobotServerErrorCode, path: string, message: string, errcode?: number): never {
  throw new SobotServerError(code, path, message, errcode)
}
