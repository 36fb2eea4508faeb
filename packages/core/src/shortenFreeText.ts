import { issue } from './errors'
import type { OverflowBudget, OverflowPolicy } from './encodeSessionFrom'
import { SESSION_FROM_BYTE_LIMIT, writeSessionFrom } from './serializeSessionFrom'
import { utf8ByteLength } from './utf8ByteLength'

const chars = (s: string) => Array.from(s)

/** Longest prefix of `text` (whole code points) that fits in `bytes`, each character counted by `size`. */
function fit(text: string, bytes: number, size: (text: string) => number): string {
  let out = ''
  let used = 0
  for (const ch of chars(text)) {
    used += size(ch)
    if (used > bytes) break
    out += ch
  }
  return out
}

/** `session-from`'s budget: what a policy shortens to when its caller names no other. */
const SESSION_FROM_BUDGET: OverflowBudget = {
  excess: (v) => utf8ByteLength(writeSessionFrom(v)) - SESSION_FROM_BYTE_LIMIT,
  size: utf8ByteLength,
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
  const excess = budget.excess(next)
  if (excess > 0 && nickname) {
    const kept = fit(nickname, budget.size(nickname) - excess, budget.size)
    if (kept) next.nickname = kept
    else delete next.nickname
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
