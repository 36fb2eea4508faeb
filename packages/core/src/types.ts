/** A JSON value allowed inside `params` and `customerFields`: no objects, no arrays, no `NaN`/`Infinity`. */
export type SobotScalar = string | number | boolean

/** `to_service` (指定客服, a given agent) or `to_group` (指定技能组, a given skill group). */
export type TransferActionType = 'to_service' | 'to_group'

/**
 * One step of `transfer_action` in Sobot's wire form. Numbers are accepted and emitted as strings.
 *
 * | actionType | optionId | spillId (only when it overflows, 溢出) |
 * |---|---|---|
 * | `to_service` | `1` overflow, `2` no overflow | `1` offline, `2` busy, `3` smart |
 * | `to_group` | `3` overflow, `4` no overflow | `4` nobody online, `5` all busy, `6` off duty, `7` smart |
 *
 * Prefer the builders {@link toGroup} and {@link toAgent}, which produce this form.
 */
export interface TransferStep {
  actionType: TransferActionType
  /** Skill group id or agent id from Sobot's console. */
  deciId: string | number
  /** Overflow flag, see the table above. */
  optionId: string | number
  /** Overflow condition; present exactly when `optionId` says the step overflows. */
  spillId?: string | number
}

/** `platform_action`: docking info for an e-commerce platform's mini-program. */
export interface PlatformAction {
  /** Merchant's unique id on the platform. Required. */
  customerCode: string | number
  /** Skill group id under the designated main account. */
  flowGroupId?: string | number
}

/**
 * Everything `session-from` can carry (SPEC §1.1). Every field is optional; `{}` encodes to `sobot||||`.
 *
 * @example
 * const input: SessionFromInput = {
 *   nickname: 'Tom', avatarUrl: 'https://example.com/a.png', params: { vip: true },
 *   transferAction: [toGroup('g1', { overflowWhen: 'allBusy' }), toAgent('a1')],
 *   partnerId: 'user-42',
 * }
 */
export interface SessionFromInput {
  /** Visitor nickname shown to the agent (free text; `|` becomes `｜`). */
  nickname?: string
  /** Visitor avatar URL (free text; `|` becomes `｜`). */
  avatarUrl?: string
  /** Custom fields shown to the agent (自定义字段), flat JSON object. */
  params?: Readonly<Record<string, SobotScalar>>
  /** Routing (指定接待): up to 4 steps, every step but the last overflowing to the next. */
  transferAction?: readonly TransferStep[]
  /** `platform_action`. */
  platformAction?: PlatformAction
  /** The user's id in your own system (对接 ID), at most 100 characters. */
  partnerId?: string | number
  /** Sobot bot id (机器人 ID). */
  robotId?: string | number
  /** WeChat UnionID, or its ciphertext when UnionID encryption is on (see `@sobot-contact/core/unionid`). */
  unionId?: string
  /** Sobot custom fields (客户自定义字段): key = field id from the console. */
  customerFields?: Readonly<Record<string, SobotScalar>>
}

/** A normalized transfer step: all strings, `spillId` only on overflowing steps. */
export interface NormalizedTransferStep {
  actionType: TransferActionType
  deciId: string
  optionId: string
  spillId?: string
}

/**
 * The canonical form of a {@link SessionFromInput}: what `decodeSessionFrom(encodeSessionFrom(x))`
 * returns. Empty values are absent, ids are strings, `|` in free text is already `｜`.
 */
export interface NormalizedSessionFrom {
  nickname?: string
  avatarUrl?: string
  params?: Record<string, SobotScalar>
  transferAction?: NormalizedTransferStep[]
  platformAction?: { customerCode: string; flowGroupId?: string }
  partnerId?: string
  robotId?: string
  unionId?: string
  customerFields?: Record<string, SobotScalar>
}

/** The fields of {@link SessionFromInput}, in wire order. */
export type SessionFromField = keyof SessionFromInput
