import pc from 'picocolors'
import type { SobotContactIssue } from '@sobot-contact/core'

/** Colours only on a TTY, and never with NO_COLOR set. */
export function colors(stream: NodeJS.WriteStream) {
  return pc.createColors(Boolean(stream.isTTY) && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb')
}

/** One line per issue: `error CODE path: message`. */
export function formatIssues(issues: readonly SobotContactIssue[], stream: NodeJS.WriteStream): string {
  const c = colors(stream)
  return issues
    .map((i) => {
      const label = i.severity === 'warning' ? c.yellow('warning') : c.red('error')
      // Core's messages read `[sobot-contact] <path>: <text>`; the line already shows code and path.
      let text = i.message.replace(/^\[sobot-contact\] /, '')
      if (i.path && text.startsWith(i.path + ': ')) text = text.slice(i.path.length + 2)
      return `${label} ${c.bold(i.code)}${i.path ? ' ' + c.cyan(i.path) : ''}: ${text}`
    })
    .join('\n')
}

/** A plain text table: columns padded by display width (CJK counts as two). */
export function table(rows: string[][], stream: NodeJS.WriteStream, head: string[]): string {
  const c = colors(stream)
  const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) || ch.codePointAt(0)! > 0x1f000 ? 2 : 1), 0)
  const all = [head, ...rows]
  const widths = head.map((_, col) => Math.max(...all.map((r) => width(r[col] ?? ''))))
  const line = (r: string[]) => r.map((cell, col) => (col === r.length - 1 ? cell : cell + ' '.repeat(widths[col]! - width(cell)))).join('  ')
  return [c.bold(line(head)), ...rows.map(line)].join('\n')
}
