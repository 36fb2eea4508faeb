/**
 * Every code the core and the Taro / uni-app wrappers can report. Codes are stable: match on them,
 * never on the message text. A package with codes of its own (the APICloud App path) declares them
 * itself and uses `SobotContactError<ItsCodes>`.
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
  | 'NAVIGATION_FAILED'
  | 'INVALID_WEB_LINK'
  | 'WEB_LINK_FIELD_DROPPED'
  | 'MISSING_WEB_LINK'
  | 'MISSING_CHAT_PAGE'
  | 'WEB_VIEW_URL_REFUSED'
  | 'KF_SCENE_PARAM_TOO_LONG'
  | 'KF_SCENE_PARAM_SHORTENED'
  | 'KF_FIELD_DROPPED'
  | 'INVALID_KF_LINK'
  | 'KF_LINK_WITHOUT_SCENE'
  | 'INVALID_KF_SCENE_PARAM'
  | 'KF_OPEN_FAILED'

/** How serious an issue is: an `error` stops encoding, a `warning` reports a change that was made. */
export type SobotContactIssueSeverity = 'error' | 'warning'

/**
 * One problem found in an input.
 *
 * @example
 * { code: 'PARTNER_ID_TOO_LONG', path: 'partnerId', severity: 'error', message: '…' }
 */
export interface SobotContactIssue<Code extends string = SobotContactErrorCode> {
  /** Stable machine-readable code. */
  code: Code
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
export class SobotContactError<Code extends string = SobotContactErrorCode> extends Error {
  /** Stable machine-readable code. */
  readonly code: Code
  /** Where in the input the (first) problem is; `''` for the whole value. */
  readonly path: string
  /** Every problem found, the first of which is this error's own. */
  readonly issues: readonly SobotContactIssue<Code>[]

  constructor(code: Code, path: string, message: string, issues?: readonly SobotContactIssue<Code>[]) {
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
 * Builds an issue: the one place every `[sobot-contact] path: …` message prefix is written.
 * Packages with codes of their own name them as the type argument.
 *
 * The how-to-fix text is for development. Call sites pass it as
 * `process.env.NODE_ENV !== 'production' ? '…' : ''`, so a production build (Taro, uni-app, any
 * bundler that replaces `process.env.NODE_ENV`) drops it; there the message names the code and its
 * entry in the error reference (docs/errors.md) instead. `code`, `path` and `severity` never change.
 *
 * @param code - Stable code.
 * @param path - The field, e.g. `transferAction[1].spillId`; `''` for the whole value.
 * @param message - What is wrong and how to fix it (without the prefix); ignored in production.
 * @param severity - `error` (default) or `warning`.
 * @example
 * createIssue('PARTNER_ID_TOO_LONG', 'partnerId', 'at most 100 characters')
 * // { code: 'PARTNER_ID_TOO_LONG', path: 'partnerId', severity: 'error',
 * //   message: '[sobot-contact] partnerId: at most 100 characters' }
 */
export function issue<Code extends string = SobotContactErrorCode>(
  code: NoInfer<Code>,
  path: string,
  message: string,
  severity: SobotContactIssueSeverity = 'error',
): SobotContactIssue<Code> {
  const text = process.env.NODE_ENV !== 'production' ? message : code + ', see ' + ERROR_REFERENCE_URL + '#' + code.toLowerCase()
  return { code, path, message: prefix(path) + text, severity }
}

const prefix = (path: string) => '[sobot-contact] ' + (path ? path + ': ' : '')

/**
 * The same issue one level down: `parent` is put before its path (and in its message), for a
 * package that validates core's input as a field of its own options.
 *
 * @example
 * issueUnder(createIssue('SEPARATOR_IN_ID', 'partnerId', 'remove "|"'), 'session')
 * // { code: 'SEPARATOR_IN_ID', path: 'session.partnerId', message: '[sobot-contact] session.partnerId: remove "|"', … }
 */
export function issueUnder<Code extends string>(found: SobotContactIssue<Code>, parent: string): SobotContactIssue<Code> {
  const path = found.path ? parent + '.' + found.path : parent
  const old = prefix(found.path)
  const text = found.message.indexOf(old) === 0 ? found.message.slice(old.length) : found.message
  return { code: found.code, path, message: prefix(path) + text, severity: found.severity }
}

/**
 * A `SobotContactError` whose message carries the standard prefix (see {@link issue}).
 *
 * @example
 * throw createError('INVALID_FIELD', 'sysNum', 'remove the surrounding spaces')
 */
export function createError<Code extends string = SobotContactErrorCode>(
  code: NoInfer<Code>,
  path: string,
  message: string,
): SobotContactError<Code> {
  return new SobotContactError<Code>(code, path, issue<Code>(code, path, message).message)
}

/** @internal Throw the first error-severity issue, carrying all of them. */
export function throwIssues(issues: readonly SobotContactIssue[]): void {
  const errors = issues.filter((i) => i.severity === 'error')
  const first = errors[0]
  if (first) throw new SobotContactError(first.code, first.path, first.message, errors)
}

/** @internal What {@link throwIssues} would throw, returned instead (`undefined` without an error). */
export function errorOfIssues(issues: readonly SobotContactIssue[]): SobotContactError | undefined {
  try {
    throwIssues(issues)
  } catch (e) {
    return e as SobotContactError
  }
}

/**
 * @internal A value as a message shows it: JSON where JSON can write it, else its type (a cycle,
 * a BigInt, a function never make a message throw).
 */
export function shown(value: unknown): string {
  try {
    const json = JSON.stringify(value)
    if (json !== undefined) return json
  } catch {
    // a cycle or a BigInt: fall through to the type
  }
  return typeof value === 'bigint' ? String(value) + 'n' : 'a ' + typeof value
}
