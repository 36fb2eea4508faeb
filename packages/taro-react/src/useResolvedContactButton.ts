import { useEffect, useMemo, useRef } from 'react'
import {
  resolveContactButtonProps,
  type ContactButtonInput,
  type OverflowPolicy,
  type ResolvedContactButton,
  type SobotContactError,
  type SobotContactIssue,
} from '@sobot-contact/core'

/** The encoder's over-limit policy and where the resolved button's problems go. */
export interface ResolveReporting {
  /** Over WeChat's 1000 UTF-8 bytes: e.g. core's `shortenFreeText`. @default undefined (an error) */
  overflow?: OverflowPolicy | undefined
  /** Changes made while encoding (a `|` replaced in a nickname, a field shortened). */
  onWarning?: ((warning: SobotContactIssue) => void) | undefined
  /** Invalid input. Without it each distinct error is logged once with `console.error`. */
  onError?: ((error: SobotContactError) => void) | undefined
}

let unkeyed = 0

/**
 * The content of an input as a string: two inputs with the same key encode to the same string
 * (JSON keeps key order, and so does the encoder). An input JSON cannot write (a cycle, a BigInt)
 * gets a fresh key, so it is simply re-resolved on every render, and core reports what is wrong.
 */
function contentKey(input: ContactButtonInput): string {
  try {
    return JSON.stringify([input.session, input.card]) ?? ''
  } catch {
    unkeyed += 1
    return '\u0000' + unkeyed
  }
}

function problemKey(error: SobotContactError): string {
  return error.code + '\u0000' + error.path + '\u0000' + error.message
}

/**
 * @internal The one place the React bindings call core: `resolveContactButtonProps`, memoized on the
 * input's content (not its identity), with errors and warnings reported after render, each distinct
 * problem once per component: to `onError`, or to `console.error` when there is none.
 */
export function useResolvedContactButton(input: ContactButtonInput, reporting: ResolveReporting): ResolvedContactButton {
  const key = contentKey(input)
  const { overflow } = reporting
  const latest = useRef(reporting)
  latest.current = reporting
  // `input` is read through `key`: the same content gives the same resolution, whatever its identity.
  const resolved = useMemo(() => resolveContactButtonProps(input, overflow ? { overflow } : {}), [key, overflow])

  const reported = useRef<Set<string>>(new Set())
  useEffect(() => {
    const { onError, onWarning } = latest.current
    for (const warning of resolved.warnings) if (onWarning) onWarning(warning)
    for (const error of resolved.errors) {
      if (onError) {
        onError(error)
        continue
      }
      const k = problemKey(error)
      if (reported.current.has(k)) continue
      reported.current.add(k)
      // The documented fallback when no onError is given: the page keeps working, the developer sees why.
      console.error(error)
    }
  }, [resolved])
  return resolved
}
