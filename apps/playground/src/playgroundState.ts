import {
  SPILL_IDS,
  toAgent,
  toGroup,
  type AgentOverflowCondition,
  type ContactCard,
  type GroupOverflowCondition,
  type NormalizedSessionFrom,
  type SessionFromInput,
  type SobotScalar,
  type TransferStep,
} from '@sobot-contact/core'

/** The JSON type a key/value row's value is written as. */
export type ValueType = 'string' | 'number' | 'boolean'

/** One row of `params` or `customerFields`. */
export interface KeyValueRow {
  key: string
  value: string
  type: ValueType
}

/** One routing step (指定接待) as the form holds it: `toGroup` or `toAgent`, an id and an optional overflow condition. */
export interface RoutingRow {
  kind: 'group' | 'agent'
  id: string
  /** `''` = does not overflow (溢出), the last step. */
  overflowWhen: '' | GroupOverflowCondition | AgentOverflowCondition
}

/**
 * Everything the playground's form holds. It is what the URL carries, and the one source from which
 * the session input, the card and every snippet are derived.
 */
export interface PlaygroundState {
  nickname: string
  avatarUrl: string
  params: KeyValueRow[]
  routing: RoutingRow[]
  customerCode: string
  flowGroupId: string
  partnerId: string
  robotId: string
  unionId: string
  customerFields: KeyValueRow[]
  /** Whether the button offers a mini-program card (`show-message-card`). */
  cardEnabled: boolean
  cardTitle: string
  cardPath: string
  cardImageUrl: string
  /** Apply core's `shortenFreeText` over-limit policy. */
  shorten: boolean
  /** The web link copied from Sobot's console (渠道 → 部署 → 链接), to build the link for H5 and other targets. */
  webLink: string
}

/**
 * Overflow conditions (溢出条件) per step kind, in the order the form lists them.
 *
 * @example
 * OVERFLOW_CONDITIONS.group // ['noneOnline', 'allBusy', 'offDuty', 'smart']
 */
export const OVERFLOW_CONDITIONS = {
  group: ['noneOnline', 'allBusy', 'offDuty', 'smart'],
  agent: ['offline', 'busy', 'smart'],
} as const satisfies { group: readonly GroupOverflowCondition[]; agent: readonly AgentOverflowCondition[] }

/**
 * The empty form.
 *
 * @example
 * stateToInput(emptyState()) // {}
 */
export function emptyState(): PlaygroundState {
  return {
    nickname: '',
    avatarUrl: '',
    params: [],
    routing: [],
    customerCode: '',
    flowGroupId: '',
    partnerId: '',
    robotId: '',
    unionId: '',
    customerFields: [],
    cardEnabled: false,
    cardTitle: '',
    cardPath: '',
    cardImageUrl: '',
    shorten: false,
    webLink: '',
  }
}

/**
 * What a first visit shows: a small, valid session with a two-step routing.
 *
 * @example
 * encodeSessionFrom(stateToInput(sampleState())) // 'sobot|汤姆|…'
 */
export function sampleState(): PlaygroundState {
  return Object.assign(emptyState(), {
    nickname: '汤姆',
    params: [{ key: 'vip', value: 'true', type: 'boolean' as const }],
    routing: [
      { kind: 'group' as const, id: 'g-1', overflowWhen: 'allBusy' as const },
      { kind: 'agent' as const, id: 'a-7', overflowWhen: '' as const },
    ],
    partnerId: 'user-42',
  })
}

/**
 * A row's value as the JSON type it is declared as; a number that does not parse stays `NaN` so core reports it.
 *
 * @example
 * rowValue({ key: 'age', value: '18', type: 'number' }) // 18
 */
export function rowValue(row: KeyValueRow): SobotScalar {
  if (row.type === 'number') return row.value.trim() === '' ? NaN : Number(row.value)
  if (row.type === 'boolean') return row.value === 'true'
  return row.value
}

function rows(list: readonly KeyValueRow[]): Record<string, SobotScalar> | undefined {
  if (!list.length) return undefined
  const out: Record<string, SobotScalar> = {}
  for (const row of list) {
    // defineProperty: a "__proto__" key stays a key, as in core.
    Object.defineProperty(out, row.key, { value: rowValue(row), enumerable: true, writable: true, configurable: true })
  }
  return out
}

/**
 * The routing rows as core's builders write them.
 *
 * @example
 * routingSteps([{ kind: 'group', id: 'g', overflowWhen: 'allBusy' }]) // [toGroup('g', { overflowWhen: 'allBusy' })]
 */
export function routingSteps(list: readonly RoutingRow[]): TransferStep[] {
  return list.map((row) => {
    // An overflow condition that does not belong to the kind is passed on, so core reports it.
    const when = row.overflowWhen
    if (row.kind === 'group') return when ? toGroup(row.id, { overflowWhen: when as GroupOverflowCondition }) : toGroup(row.id)
    return when ? toAgent(row.id, { overflowWhen: when as AgentOverflowCondition }) : toAgent(row.id)
  })
}

/**
 * The session input the form describes, exactly as a user would pass it to core (empty fields left out).
 *
 * @example
 * stateToInput({ ...emptyState(), nickname: 'Tom' }) // { nickname: 'Tom' }
 */
export function stateToInput(state: PlaygroundState): SessionFromInput {
  const input: SessionFromInput = {}
  if (state.nickname) input.nickname = state.nickname
  if (state.avatarUrl) input.avatarUrl = state.avatarUrl
  const params = rows(state.params)
  if (params) input.params = params
  if (state.routing.length) input.transferAction = routingSteps(state.routing)
  if (state.customerCode || state.flowGroupId) {
    input.platformAction = state.flowGroupId
      ? { customerCode: state.customerCode, flowGroupId: state.flowGroupId }
      : { customerCode: state.customerCode }
  }
  if (state.partnerId) input.partnerId = state.partnerId
  if (state.robotId) input.robotId = state.robotId
  if (state.unionId) input.unionId = state.unionId
  const customerFields = rows(state.customerFields)
  if (customerFields) input.customerFields = customerFields
  return input
}

/**
 * The card the form describes, or `undefined` when the button offers none.
 *
 * @example
 * stateToCard({ ...emptyState(), cardEnabled: true, cardTitle: 'Mug' }) // { title: 'Mug' }
 */
export function stateToCard(state: PlaygroundState): ContactCard | undefined {
  if (!state.cardEnabled) return undefined
  const card: ContactCard = {}
  if (state.cardTitle) card.title = state.cardTitle
  if (state.cardPath) card.path = state.cardPath
  if (state.cardImageUrl) card.imageUrl = state.cardImageUrl
  return card
}

/**
 * The form state for decoded fields (the Inspect tab's "Edit in Build"). Routing codes must be
 * valid (check with `validateSessionFrom` first); the card and the switch are left off.
 *
 * @example
 * stateFromSession(decodeSessionFrom('sobot|Tom|||partnerid=42')) // { ...emptyState(), nickname: 'Tom', partnerId: '42' }
 */
export function stateFromSession(fields: NormalizedSessionFrom): PlaygroundState {
  const kv = (bag: Record<string, SobotScalar> | undefined): KeyValueRow[] =>
    Object.keys(bag || {}).map((key) => {
      const v = (bag as Record<string, SobotScalar>)[key]
      return { key, value: String(v), type: typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'string' }
    })
  const routing = (fields.transferAction || []).map((step): RoutingRow => {
    const codes: Record<string, string> = SPILL_IDS[step.actionType]
    const when = Object.keys(codes).filter((k) => codes[k] === step.spillId)[0] || ''
    return { kind: step.actionType === 'to_group' ? 'group' : 'agent', id: step.deciId, overflowWhen: when as RoutingRow['overflowWhen'] }
  })
  return Object.assign(emptyState(), {
    nickname: fields.nickname || '',
    avatarUrl: fields.avatarUrl || '',
    params: kv(fields.params),
    routing,
    customerCode: fields.platformAction ? fields.platformAction.customerCode : '',
    flowGroupId: (fields.platformAction && fields.platformAction.flowGroupId) || '',
    partnerId: fields.partnerId || '',
    robotId: fields.robotId || '',
    unionId: fields.unionId || '',
    customerFields: kv(fields.customerFields),
  })
}
