import { issue } from './errors'
import type { OverflowPolicy } from './encodeSessionFrom'
import { SESSION_FROM_BYTE_LIMIT, writeSessionFrom } from './serializeSessionFrom'
import { utf8ByteLength } from './utf8ByteLength'
import type { NormalizedSessionFrom } from './types'

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

/**
 * Over-limit policy for {@link encodeSessionFrom}: shortens the nickname by whole characters
 * (never splitting a surrogate pair); only if even an empty nickname cannot fit, drops the avatar
 * and shortens the nickname as far as still needed. Never touches params, routing or identity
 * fields; every change is reported as a `SESSION_FROM_SHORTENED` warning. If the rest alone is over
 * the limit, encoding still throws `SESSION_FROM_TOO_LONG`.
 *
 * @example
 * encodeSessionFrom(input, { overflow: shortenFreeText, onWarning: (w) => console.warn(w.message) })
 */
export const shortenFreeText: OverflowPolicy = (value, warnings) => {
  const over = (v: NormalizedSessionFrom) => utf8ByteLength(writeSessionFrom(v)) - SESSION_FROM_BYTE_LIMIT
  const next = Object.assign({}, value)
  const nickname = value.nickname || ''
  const withoutNickname = Object.assign({}, next)
  delete withoutNickname.nickname
  if (over(withoutNickname) > 0 && next.avatarUrl) {
    delete next.avatarUrl
    warnings.push(issue('SESSION_FROM_SHORTENED', 'avatarUrl', process.env.NODE_ENV !== 'production' ? 'dropped: session-from was over 1000 bytes even without the nickname' : '', 'warning'))
  }
  const excess = over(next)
  if (excess > 0 && nickname) {
    const kept = fit(nickname, utf8ByteLength(nickname) - excess)
    if (kept) next.nickname = kept
    else delete next.nickname
    warnings.push(
      issue(
        'SESSION_FROM_SHORTENED',
        'nickname',
        process.env.NODE_ENV !== 'production' ? `shortened from ${chars(nickname).length} to ${chars(kept).length} characters to fit 1000 bytes` : '',
        'warning',
      ),
    )
  }
  return next
}

