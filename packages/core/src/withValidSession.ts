import { decodeSessionFrom } from './decodeSessionFrom'
import { SobotContactError } from './errors'
import type { SessionFromInput } from './types'

/** The session without the fields an error names (`transferAction[0].optionId` → `transferAction`); `undefined` when none is left to try. */
function validFieldsOf(session: SessionFromInput | string | undefined, error: SobotContactError): SessionFromInput | undefined {
  let input: unknown = session
  try {
    if (typeof session === 'string') input = decodeSessionFrom(session)
  } catch {
    return undefined
  }
  if (typeof input !== 'object' || input === null) return undefined
  const kept: Record<string, unknown> = Object.assign({}, input as Record<string, unknown>)
  for (const issue of error.issues) {
    const field = issue.path.split(/[.[]/)[0]
    if (!field) return undefined
    delete kept[field]
  }
  return kept as SessionFromInput
}

/**
 * @internal Builds a link for a session so that a bad session never blocks the visitor (the web link,
 * the 微信客服 link): the whole session, else its valid fields, else none. `error` is the session's
 * first problem; no `value` means the link itself is bad.
 *
 * @example
 * withValidSession({ nickname: 'Tom', partnerId: 'a|b' }, (s) => buildSobotWebLink(s, config))
 * // { value: { url: '…&uname=Tom', … }, error: SobotContactError SEPARATOR_IN_ID }
 */
export function withValidSession<T>(session: SessionFromInput | string | undefined, build: (session: SessionFromInput | string | undefined) => T): { value?: T; error?: SobotContactError } {
  let error: SobotContactError
  try {
    return { value: build(session) }
  } catch (e) {
    if (!(e instanceof SobotContactError)) throw e
    error = e
  }
  for (const fewer of [validFieldsOf(session, error), undefined]) {
    try {
      return { value: build(fewer), error }
    } catch {
      // fewer fields next: none
    }
  }
  return { error }
}
