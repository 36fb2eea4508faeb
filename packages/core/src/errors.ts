/**
 * Every code a `@sobot-contact/*` package can report. Codes are stable: match on them, never on
 * the message text.
 */
export type SobotContactErrorCode =
  | 'SESSION_FROM_TOO_LONG'
  | 'SEPARATOR_IN_ID'
  | 'SEPARATOR_REPLACED'
  | 'INVALID_TRANSFER_ACTION'
  | 'PARTNER_ID_TOO_LONG'
  | 'MISSING_CUSTOMER_CODE'
  | 'INVALID_JSON_VALUE'
  | 'INVALID_FIELD'
  | 'UNKNOWN_FIELD'
  | 'INVALID_CARD'
  | 'INVALID_CHANNEL_KEY'
  | 'DECRYPT_FAILED'
  | 'NOT_SOBOT_SESSION_FROM'
  | 'INVALID_SESSION_FROM'
  | 'MISSING_DOCKING_PARAM'
  | 'INVALID_MINI_PAGE'
  | 'MISSING_TARGET_ORIGIN'
  | 'INVALID_TARGET_ORIGIN'
  | 'NO_WORKBENCH_WINDOW'
  | 'SESSION_FROM_SHORTENED'
  // APICloud App path (@sobot-contact/apicloud): Sobot's native `zhiChi` module.
  | 'NATIVE_MODULE_MISSING'
  | 'NATIVE_MODULE_FAILED'
  | 'MISSING_SYS_NUM'
  | 'FIELD_NOT_MAPPED'

/** How serious an issue is: an `error` stops encoding, a `warning` reports a change that was made. */
export type SobotContactIssueSeverity = 'error' | 'warning'

/**
 * One problem found in an input.
 *
 * @example
 * { code: 'PARTNER_ID_TOO_LONG', path: 'partnerId', severity: 'error', message: '…' }
 */
export interface SobotContactIssue {
  /** Stable machine-readable code. */
  code: SobotContactErrorCode
  /** Where in the input, e.g. `transferAction[1].spillId`; `''` for the whole value. */
  path: string
  /** What is wrong and how to fix it. */
  message: string
  /** `error` (the default meaning) or `warning` (the value was changed and still encoded). */
  severity: SobotContactIssueSeverity
}

/**
 * The one error class thrown by `@sobot-contact/*`. Carries a stable `code`, the field `path`
 * and, where more than one problem was found, every `issues` entry.
 *
 * @example
 * try { encodeSessionFrom(input) } catch (e) {
 *   if (e instanceof SobotContactError && e.code === 'SESSION_FROM_TOO_LONG') …
 * }
 */
export class SobotContactError extends Error {
  /** Stable machine-readable code. */
  readonly code: SobotContactErrorCode
  /** Where in the input the (first) problem is; `''` for the whole value. */
  readonly path: string
  /** Every problem found, the first of which is this error's own. */
  readonly issues: readonly SobotContactIssue[]

  constructor(code: SobotContactErrorCode, path: string, message: string, issues?: readonly SobotContactIssue[]) {
    super(message)
    this.name = 'SobotContactError'
    this.code = code
    this.path = path
    this.issues = issues && issues.length ? issues : [{ code, path, message, severity: 'error' }]
  }
}

/** @internal Where every code is explained, one heading per code; production messages link here. */
export const ERROR_REFERENCE_URL = 'https://github.com/sobot-contact/sobot-contact/blob/main/docs/errors.md'

/**
 * @internal An issue's message: `[sobot-contact] path: how to fix it`. Call sites pass the how-to
 * as `process.env.NODE_ENV !== 'production' ? '…' : ''` so a production build (Taro, uni-app, any
 * bundler that replaces `process.env.NODE_ENV`) drops the text; there the message names the code
 * and its entry in the error reference instead. `code`, `path`, `severity` and `issues` never change.
 */
export function formatMessage(code: string, path: string, howToFix: string): string {
  return (
    '[sobot-contact] ' +
    (path ? path + ': ' : '') +
    (process.env.NODE_ENV !== 'production' ? howToFix : code + ', see ' + ERROR_REFERENCE_URL + '#' + code.toLowerCase())
  )
}

/** @internal Build an issue; messages start with the package name (see {@link formatMessage}). */
export function issue(
  code: SobotContactErrorCode,
  path: string,
  message: string,
  severity: SobotContactIssueSeverity = 'error',
): SobotContactIssue {
  return { code, path, message: formatMessage(code, path, message), severity }
}

/** @internal Throw the first error-severity issue, carrying all of them. */
export function throwIssues(issues: readonly SobotContactIssue[]): void {
  const errors = issues.filter((i) => i.severity === 'error')
  const first = errors[0]
  if (first) throw new SobotContactError(first.code, first.path, first.message, errors)
}
