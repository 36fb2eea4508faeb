import { contentKey } from './contentKey'
import { createError, type SobotContactError, type SobotContactIssue } from './errors'
import type { OverflowPolicy } from './encodeSessionFrom'
import { FALLBACK_SESSION_FROM, resolveContactButtonProps, type ContactButtonInput, type ResolvedContactButton } from './getContactButtonProps'
import { parseContactEvent, type ContactEventDetail, type ContactTarget } from './parseContactEvent'

/**
 * The options every wrapper takes, spelled the same everywhere (Taro props, uni-app props and
 * events, APICloud props): the over-limit policy and where problems go.
 */
export interface ContactButtonReporting {
  /** Over WeChat's 1000 UTF-8 bytes: e.g. core's `shortenFreeText`. @default undefined (an error) */
  overflow?: OverflowPolicy | undefined
  /** Each distinct change made while encoding (a `|` replaced in a nickname, a field shortened), once. */
  onWarning?: ((warning: SobotContactIssue) => void) | undefined
  /**
   * Each distinct invalid input, once, and every failed navigation. Without it, each goes to
   * `console.error` instead: a problem is never silent.
   */
  onError?: ((error: SobotContactError) => void) | undefined
}

/** How a wrapper opens a page: `Taro.navigateTo`, `uni.navigateTo`… given `{ url }`. */
export type NavigateTo = (options: { url: string }) => unknown

/**
 * The state every contact-button wrapper shares, owned by core: one per mounted button.
 * Resolving is pure and cached on the input's **content**; reporting is a separate step the
 * wrapper runs where its framework runs side effects (React: an effect; Vue: a `watch`).
 */
export interface ContactButtonResolver {
  /** Replaces the options; a different `overflow` policy resolves again on the next {@link resolve}. */
  setOptions(options: ContactButtonReporting): void
  /**
   * The button for this input: always usable (a bad session falls back to `sobot||||`, a bad card
   * to no card). Returns the same object while the content is the same. Never throws, never reports.
   */
  resolve(input: ContactButtonInput): ResolvedContactButton
  /**
   * Reports errors and warnings not reported before by this resolver: a resolution's, or any other
   * problem of the same button (a missing web link, a link's dropped fields).
   */
  report(problems: Pick<ResolvedContactButton, 'errors' | 'warnings'>): void
  /**
   * Handles `bindcontact`: the card's page the user tapped in the chat (or `null`), and with
   * `navigateTo` opens it; a failed navigation (a tab-bar page, a page that does not exist) is
   * reported as `NAVIGATION_FAILED`.
   */
  contact(detail: ContactEventDetail | null | undefined, navigateTo?: NavigateTo): ContactTarget | null
  /** Opens a page (the app's chat page) with `navigateTo`; a failure is reported as `NAVIGATION_FAILED`. */
  openPage(url: string, navigateTo: NavigateTo): void
}

/** A problem is "the same" when its code, field path and message (which shows the value) are. */
// Stryker disable next-line StringLiteral: the message repeats the path after a fixed prefix, so the parts cannot run together ambiguously
const problemKey = (p: SobotContactIssue | SobotContactError) => p.code + '\u0000' + p.path + '\u0000' + p.message

function safeResolve(input: ContactButtonInput, overflow: OverflowPolicy | undefined): ResolvedContactButton {
  try {
    return resolveContactButtonProps(input, overflow ? { overflow } : {})
  } catch (e) {
    // Only a hostile input gets here (a getter or a policy that throws): keep the button usable.
    return {
      props: { openType: 'contact', sessionFrom: FALLBACK_SESSION_FROM },
      errors: [createError('INVALID_FIELD', '', process.env.NODE_ENV !== 'production' ? 'the input could not be read (' + String(e) + '); pass plain data' : '')],
      warnings: [],
    }
  }
}

/**
 * Creates the state behind one contact button: what the Taro component, the uni-app component and
 * composable and the APICloud component subscribe to. Inputs that cannot be keyed (a cycle, a
 * BigInt, a function) are resolved again on every call; core reports what is wrong, and nothing
 * throws.
 *
 * @param options - `overflow`, `onWarning`, `onError` (see {@link ContactButtonReporting}).
 * @example
 * const resolver = createContactButtonResolver({ onError: (e) => toast(e.code) })
 * const resolved = resolver.resolve({ session: { nickname: 'Tom' } }) // in render / computed
 * resolver.report(resolved)                                          // in an effect / watch
 * resolved.props.sessionFrom // 'sobot|Tom|||'
 */
export function createContactButtonResolver(options: ContactButtonReporting = {}): ContactButtonResolver {
  let current = options
  let last: { key: string; overflow: OverflowPolicy | undefined; resolved: ResolvedContactButton } | undefined
  const reported = new Set<string>()

  const fail = (error: SobotContactError) => {
    if (current.onError) current.onError(error)
    else console.error(error)
  }

  const go = (url: string, navigateTo: NavigateTo, path: string) => {
    const failed = (why: unknown) => {
      const detail = why && (why as { errMsg?: unknown }).errMsg
      fail(
        createError(
          'NAVIGATION_FAILED',
          path,
          process.env.NODE_ENV !== 'production'
            ? `could not open ${url} (${String(detail || why)}); a tab-bar page cannot be opened with navigateTo: handle the contact event yourself and call switchTab`
            : '',
        ),
      )
    }
    try {
      const pending = navigateTo({ url })
      if (pending && typeof (pending as Promise<unknown>).then === 'function') (pending as Promise<unknown>).then(undefined, failed)
    } catch (e) {
      failed(e)
    }
  }

  return {
    setOptions(next) {
      current = next
    },
    resolve(input) {
      const key = contentKey([input.session, input.card])
      const overflow = current.overflow
      if (last && key !== undefined && last.key === key && last.overflow === overflow) return last.resolved
      const resolved = safeResolve(input, overflow)
      last = key === undefined ? undefined : { key, overflow, resolved }
      return resolved
    },
    report(resolved) {
      const fresh = <T extends SobotContactIssue | SobotContactError>(p: T) => {
        const k = problemKey(p)
        if (reported.has(k)) return false
        reported.add(k)
        return true
      }
      for (const warning of resolved.warnings) if (fresh(warning) && current.onWarning) current.onWarning(warning)
      for (const error of resolved.errors) if (fresh(error)) fail(error)
    },
    contact(detail, navigateTo) {
      const target = parseContactEvent(detail)
      if (target && navigateTo) go(target.url, navigateTo, 'contact.path')
      return target
    },
    openPage(url, navigateTo) {
      go(url, navigateTo, 'chatPage')
    },
  }
}
