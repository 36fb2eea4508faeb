import type { PlaygroundState } from './playgroundState'

/**
 * Where on the form an issue belongs, from core's `path`: the id of the field group it is shown
 * next to (`nickname`, `params[0]`, `transferAction[1]`, `platformAction`, `card`…), or `session`
 * for the whole string (`SESSION_FROM_TOO_LONG`'s path is `''`).
 *
 * @example
 * issueAnchor('transferAction[1].spillId', state) // 'transferAction[1]'
 * issueAnchor('params.age', state)                // 'params[0]' when the first row's key is "age"
 */
export function issueAnchor(path: string, state: PlaygroundState): string {
  const step = /^transferAction\[(\d+)\]/.exec(path)
  if (step) return Number(step[1]) < state.routing.length ? `transferAction[${step[1]}]` : 'transferAction'
  for (const field of ['params', 'customerFields'] as const) {
    if (path === field) return field
    if (path.indexOf(field + '.') === 0) {
      const key = path.slice(field.length + 1)
      const row = state[field].map((r) => r.key).indexOf(key)
      return row >= 0 ? `${field}[${row}]` : field
    }
  }
  const head = /^[A-Za-z]+/.exec(path)
  const known = ['nickname', 'avatarUrl', 'transferAction', 'platformAction', 'partnerId', 'robotId', 'unionId', 'card']
  return head && known.indexOf(head[0]) >= 0 ? head[0] : 'session'
}
