/**
 * Where the server writes its log lines: `console` by default, or your logger (pino, winston…
 * anything with these three methods). Lines carry codes, counts and durations; never the
 * AppSecret, the channel key, a token, a `js_code` or a UnionID.
 *
 * @example
 * const logger: SobotLogger = { info: (m) => pino.info(m), warn: (m) => pino.warn(m), error: (m) => pino.error(m) }
 */
export interface SobotLogger {
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

/** A logger that writes nothing. @example createWeChatClient({ appId, appSecret, logger: silentLogger }) */
export const silentLogger: SobotLogger = { info() {}, warn() {}, error() {} }

const PREFIX = '[sobot-contact/server] '

/**
 * @internal Wraps a logger so that, whatever a line says, the given secrets and anything that
 * looks like a credential in a URL (`access_token=`, `secret=`, `js_code=`) come out as `[redacted]`.
 */
export function redactingLogger(logger: SobotLogger, secrets: readonly string[]): SobotLogger {
  const known = secrets.filter((s) => s.length >= 4)
  const clean = (message: string): string => {
    let text = String(message).replace(/(access_token|secret|js_code|session_key)=[^&\s"']*/gi, '$1=[redacted]')
    for (const secret of known) text = text.split(secret).join('[redacted]')
    return text.startsWith(PREFIX) ? text : PREFIX + text
  }
  return {
    info: (m) => logger.info(clean(m)),
    warn: (m) => logger.warn(clean(m)),
    error: (m) => logger.error(clean(m)),
  }
}
