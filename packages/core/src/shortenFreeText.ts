import { issue } from './errors'
import type { OverflowBudget, OverflowPolicy } from './encodeSessionFrom'
import { SESSION_FROM_BYTE_LIMIT, writeSessionFrom } from './serializeSessionFrom'
import { utf8ByteLength } from './utf8ByteLength'

const chars = (s: string) => Array.from(s)

/** Longest prefix of `text` (whole code points) that fits in `budget` bytes. */
function fit(text: string, budget: number): string {
  let out = ''
  let used = 0
  for (const ch of chars(text)) {
    used += utf8ByteLength(ch)
    if (used > budget) break
    out += ch
  }
  return out
}

/** `session-from`'s budget: what a policy shortens to when its caller names no other. */
const SESSION_FROM_BUDGET: OverflowBudget = {
  excess: (v) => utf8ByteLength(writeSessionFrom(v)) - SESSION_FROM_BYTE_LIMIT,
  name: 'session-from',
  limit: SESSION_FROM_BYTE_LIMIT,
  code: 'SESSION_FROM_SHORTENED',
}

/**
 * Over-limit policy for {@link encodeSessionFrom} (and `buildKfSceneParam`'s 128 bytes): shortens
 * the nickname by whole characters (never splitting a surrogate pair); only if even an empty
 * nickname cannot fit, drops the avatar and shortens the nickname as far as still needed. Never
 * touches params, routing or identity fields; every change is reported as a `SESSION_FROM_SHORTENED`
 * (`KF_SCENE_PARAM_SHORTENED`) warning. If the rest alone is over the limit, encoding still throws
 * `SESSION_FROM_TOO_LONG` (`KF_SCENE_PARAM_TOO_LONG`).
 *
 * @example
 * encodeSessionFrom(input, { overflow: shortenFreeText, onWarning: (w) => console.warn(w.message) })
 */
export const shortenFreeText: OverflowPolicy = (value, warnings, budget = SESSION_FROM_BUDGET) => {
  const next = Object.assign({}, value)
  const nickname = value.nickname || ''
  const withoutNickname = Object.assign({}, next)
  delete withoutNickname.nickname
  if (budget.excess(withoutNickname) > 0 && next.avatarUrl) {
    delete next.avatarUrl
    warnings.push(issue(budget.code, 'avatarUrl', process.env.NODE_ENV !== 'production' ? `dropped: ${budget.name} was over ${budget.limit} bytes even without the nickname` : '', 'warning'))
  }
  let kept = nickname
  // More than one round only where the nickname is written with escapes (a `"` in JSON takes 2 bytes).
  for (let excess = budget.excess(next); excess > 0 && kept; excess = budget.excess(next)) {
    kept = fit(kept, utf8ByteLength(kept) - excess)
    if (kept) next.nickname = kept
    else delete next.nickname
  }
  if (kept !== nickname) {
    warnings.push(
      issue(
        budget.code,
        'nickname',
        process.env.NODE_ENV !== 'production' ? `shortened from ${chars(nickname).length} to ${chars(kept).length} characters to fit ${budget.limit} bytes` : '',
        'warning',
      ),
    )
  }
  return next
}
