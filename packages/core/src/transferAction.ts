import type { TransferStep } from './types'

/** When a skill group (技能组) overflows (溢出) to the next step. */
export type GroupOverflowCondition = 'noneOnline' | 'allBusy' | 'offDuty' | 'smart'
/** When a given agent (指定客服) overflows (溢出) to the next step. */
export type AgentOverflowCondition = 'offline' | 'busy' | 'smart'

/** Wire codes of every overflow condition (`spillId`), by action type. */
export const SPILL_IDS = {
  to_service: { offline: '1', busy: '2', smart: '3' },
  to_group: { noneOnline: '4', allBusy: '5', offDuty: '6', smart: '7' },
} as const

/** Wire codes of `optionId`: `[overflows, does not overflow]`, by action type. */
export const OPTION_IDS = {
  to_service: ['1', '2'],
  to_group: ['3', '4'],
} as const

/**
 * A routing step to a skill group (指定技能组), in Sobot's wire form.
 *
 * @param deciId - The skill group id from Sobot's console.
 * @param options - `overflowWhen`: the condition on which the visitor moves on to the next step;
 *   omit it for a step that does not overflow (it must then be the last one).
 * @example
 * // a group that overflows when all agents are busy, then an agent that does not overflow
 * transferAction: [toGroup('g-1', { overflowWhen: 'allBusy' }), toAgent('a-7')]
 */
export function toGroup(deciId: string | number, options: { overflowWhen?: GroupOverflowCondition } = {}): TransferStep {
  return step('to_group', deciId, options.overflowWhen, SPILL_IDS.to_group)
}

/**
 * A routing step to one agent (指定客服), in Sobot's wire form.
 *
 * @param deciId - The agent id from Sobot's console.
 * @param options - `overflowWhen`: `offline`, `busy` or `smart` (智能判断); omit for no overflow.
 * @example
 * transferAction: [toAgent('a-7', { overflowWhen: 'offline' }), toGroup('g-1')]
 */
export function toAgent(deciId: string | number, options: { overflowWhen?: AgentOverflowCondition } = {}): TransferStep {
  return step('to_service', deciId, options.overflowWhen, SPILL_IDS.to_service)
}

function step(
  actionType: TransferStep['actionType'],
  deciId: string | number,
  when: string | undefined,
  codes: Readonly<Record<string, string>>,
): TransferStep {
  // An unknown condition is kept as is, so that validation reports it instead of dropping the overflow.
  const spillId = when === undefined ? undefined : codes[when] || String(when)
  const s: TransferStep = { actionType, deciId: String(deciId), optionId: OPTION_IDS[actionType][spillId ? 0 : 1] }
  if (spillId) s.spillId = spillId
  return s
}
