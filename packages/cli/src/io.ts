import { readFileSync } from 'node:fs'

/** Reads `-` as stdin, anything else as given. */
export function readArgOrStdin(value: string | undefined, what: string): string {
  if (value === undefined || value === '-') {
    if (process.stdin.isTTY) throw new UsageError(`give ${what} as an argument, or pipe it in with "-"`)
    return readFileSync(0, 'utf8').replace(/\r?\n$/, '')
  }
  return value
}

/** Reads a file, `-` meaning stdin. */
export function readFileOrStdin(path: string): string {
  return readFileSync(path === '-' ? 0 : path, 'utf8')
}

/** A mistake in how the command was called (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** Parses a JSON option value, naming the option on failure. */
export function parseJsonOption(value: string, option: string): unknown {
  try {
    return JSON.parse(value)
  } catch {
    throw new UsageError(`${option} must be JSON, e.g. ${option} '{"vip":true}'`)
  }
}
