import { SobotServerError } from './errors'

/**
 * @internal A JSON answer that no cache keeps.
 * @example
 * return jsonResponse(200, { unionId }, { vary: 'Origin' })
 */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers } })
}

/**
 * @internal The coded JSON answer to an error: `{ code, path, message }` with the code's status and,
 * for a `429`, `Retry-After` (seconds). Anything that is not a {@link SobotServerError} is a `500
 * INTERNAL_ERROR` that says nothing about itself (its message could carry anything).
 * @example
 * return errorResponse(new SobotServerError('NOT_FOUND', 'path', 'no such endpoint')) // 404 { code, path, message }
 */
export function errorResponse(error: unknown, headers: Record<string, string> = {}, secrets: readonly string[] = []): Response {
  const known = error instanceof SobotServerError ? error : undefined
  let message = known ? known.message : '[sobot-contact] internal error: see the server log'
  for (const secret of secrets) message = message.split(secret).join('[redacted]')
  const extra: Record<string, string> = { ...headers }
  if (known?.retryAfterMs !== undefined) extra['retry-after'] = String(Math.max(1, Math.ceil(known.retryAfterMs / 1000)))
  return jsonResponse(known ? known.status : 500, { code: known ? known.code : 'INTERNAL_ERROR', path: known ? known.path : '', message }, extra)
}
