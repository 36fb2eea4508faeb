import { createError, createIssue, decodeSessionFrom, issueUnder, SobotContactError, validateSessionFrom } from '@sobot-contact/core'
import type { ContactCard, SessionFromInput, SobotContactIssue } from '@sobot-contact/core'
import type { SobotApiCloudErrorCode } from './errors'

/**
 * The parameters of `api.require('zhiChi').startZhiChi(params, callback)` that this package
 * fills in (APICloud module docs, `zhiChi.md`). Anything else the module accepts (its iOS/Android
 * UI options) goes through {@link SobotAppOptions.moduleOptions} untouched.
 */
export interface ZhiChiParams {
  /** Sobot enterprise id (企业编号), required by the module. */
  sysNum: string
  /** The user's id in your system: the mini-program's `partnerid`. */
  userId?: string
  /** The user's nickname. */
  nickName?: string
  /** The user's phone number (App only: `session-from` has no field for it). */
  phone?: string
  /** The user's e-mail (App only). */
  email?: string
  [option: string]: unknown
}

/**
 * What the module's callback receives (`ret`). Per Sobot's module doc (`zhiChi.md`) only the iOS
 * module calls back, with `{ type: 1 }` when the user leaves the chat and `{ type: 2, value }` when
 * they tap a link; the Android module does not call back at all.
 */
export type ZhiChiEvent = { type?: number; value?: unknown; desc?: string; [key: string]: unknown }

/** The `zhiChi` module object as `api.require('zhiChi')` returns it. */
export interface ZhiChiModule {
  startZhiChi(params: ZhiChiParams, callback?: (ret: ZhiChiEvent, err?: unknown) => void): void
}

/** The part of APICloud's global `api` object this package uses. */
export interface ApiCloudApi {
  /** `app`, `mp` (mini-program) or `web` (APICloud `api.platform`, engine 1.3.68+). */
  platform?: string
  require(name: string): unknown
}

/**
 * One configuration for both faces: the same `session` (and `card`) the mini-program button
 * encodes, plus what only the App path needs.
 */
export interface SobotAppOptions {
  /** Sobot enterprise id (企业编号), required in an App build. */
  sysNum?: string
  /** The same session fields as the mini-program's contact button (or its `session-from` string). */
  session?: SessionFromInput | string
  /** The mini-program card; the App module has no equivalent (reported as `FIELD_NOT_MAPPED`). */
  card?: ContactCard
  /** App only: the user's phone number. */
  phone?: string
  /** App only: the user's e-mail. */
  email?: string
  /**
   * App only: further `startZhiChi` parameters your module version documents (UI colours,
   * `skillSetId`, `goodsTitle`…), passed through as they are. They cannot override the mapped
   * ones (`sysNum`, `userId`, `nickName`, `phone`, `email`).
   */
  moduleOptions?: Record<string, unknown>
}

/** The mapped parameters and every session field that had no App equivalent. */
export interface ZhiChiMapping {
  params: ZhiChiParams
  /** One `FIELD_NOT_MAPPED` warning per session/card field that is not sent in the App. */
  warnings: SobotContactIssue<SobotApiCloudErrorCode>[]
  /**
   * The session's errors when `invalidSession: 'send-without'` let the chat open without the
   * session fields; empty otherwise.
   */
  errors: SobotContactError[]
}

/** What {@link toZhiChiParams} does with an invalid session. */
export interface ZhiChiMappingOptions {
  /**
   * `'reject'` (default): throw the session's error. `'send-without'`: map nothing from the
   * session (only `sysNum`, `phone`, `email`, `moduleOptions`) and return the errors — what the
   * component does, so a bad session never keeps the user from customer service (the App's
   * counterpart of the mini-program's `sobot||||`).
   */
  invalidSession?: 'reject' | 'send-without'
}

const MAPPED = ['sysNum', 'userId', 'nickName', 'phone', 'email']

/** Why a field does not reach the App, and what to do instead. */
// The iOS module documents a few near-equivalents (zhiChi.md); they differ by platform and in
// shape, so they are named here for moduleOptions rather than guessed at.
const UNMAPPED_HINTS: Record<string, string> = {
  avatarUrl: 'the zhiChi module takes no avatar among the parameters this package maps; pass your module version’s avatar option in moduleOptions if it has one',
  params: 'not mapped; the iOS module documents customInfo (a JSON string of custom data): pass it in moduleOptions',
  transferAction: 'routing is not mapped; the iOS module documents skillSetId together with isSettingSkillSet for a skill group: pass them in moduleOptions',
  platformAction: 'the platform-merchant routing has no zhiChi equivalent',
  robotId: 'choose the robot in moduleOptions if your module version supports it',
  unionId: 'a WeChat UnionID has no meaning in the App; identify the user with partnerId (→ userId)',
  customerFields: 'not mapped; the iOS module documents customInfo (a JSON string of custom data): pass it in moduleOptions',
}

const isEmpty = (v: unknown) =>
  v === undefined ||
  v === null ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0)

function fail(code: 'MISSING_SYS_NUM' | 'INVALID_FIELD', path: string, message: string): never {
  throw createError<SobotApiCloudErrorCode>(code, path, message)
}

function readString(v: unknown, path: string): string | undefined {
  if (v === undefined || v === null || v === '') return undefined
  if (typeof v !== 'string') fail('INVALID_FIELD', path, 'must be a string')
  return v
}

/**
 * Maps one configuration to `startZhiChi`'s parameters: validates the session with core (the
 * same rules as the mini-program button, except WeChat's 1000-byte limit, which the App does not
 * have), requires `sysNum`, maps `partnerId` → `userId` and `nickname` → `nickName`, and reports
 * every other non-empty session field (and the card) as a `FIELD_NOT_MAPPED` warning.
 *
 * @param options - The shared configuration (`sysNum`, `session`, `card`, `phone`, `email`, `moduleOptions`).
 * @param mapping - `invalidSession`: reject (default) or send without the session fields.
 * @throws SobotContactError `MISSING_SYS_NUM`, `INVALID_FIELD`, or the session's first error
 *   (path under `session.`; with `invalidSession: 'send-without'` it is returned in `errors`).
 * @example
 * toZhiChiParams({ sysNum: 'your-sysnum', session: { partnerId: 'u-42', nickname: 'Tom' } })
 * // { params: { sysNum: 'your-sysnum', userId: 'u-42', nickName: 'Tom' }, warnings: [], errors: [] }
 */
export function toZhiChiParams(options: SobotAppOptions, mapping: ZhiChiMappingOptions = {}): ZhiChiMapping {
  if (typeof options !== 'object' || options === null) fail('INVALID_FIELD', '', 'must be an object { sysNum, session?, … }')
  const sysNum = options.sysNum
  if (typeof sysNum !== 'string' || !sysNum.trim()) {
    fail(
      'MISSING_SYS_NUM',
      'sysNum',
      'required in an App build: your Sobot enterprise id (企业编号, Sobot admin → Settings), e.g. sysNum="…"',
    )
  }
  if (sysNum !== sysNum.trim()) fail('INVALID_FIELD', 'sysNum', 'remove the surrounding spaces')

  let session: Record<string, unknown> = {}
  let found: SobotContactIssue[] = []
  try {
    // An encoded string (say, built on your server for the mini-program) is read back first.
    session = (typeof options.session === 'string' ? decodeSessionFrom(options.session) : options.session || {}) as Record<string, unknown>
    found = validateSessionFrom(session as SessionFromInput).filter((i) => i.severity === 'error' && i.code !== 'SESSION_FROM_TOO_LONG')
  } catch (e) {
    if (!(e instanceof SobotContactError)) throw e
    found = [...e.issues]
  }
  const nested = found.map((i) => issueUnder(i, 'session'))
  const first = nested[0]
  const sessionErrors: SobotContactError[] = first ? [new SobotContactError(first.code, first.path, first.message, nested)] : []
  if (sessionErrors.length) {
    if (mapping.invalidSession !== 'send-without') throw sessionErrors[0]
    session = {}
  }

  const params: ZhiChiParams = { sysNum }
  const s = session
  // Validated above: ids are strings or safe integers, text fields strings.
  if (!isEmpty(s.partnerId)) params.userId = String(s.partnerId)
  if (!isEmpty(s.nickname)) params.nickName = String(s.nickname)
  const phone = readString(options.phone, 'phone')
  const email = readString(options.email, 'email')
  if (phone !== undefined) params.phone = phone
  if (email !== undefined) params.email = email

  const extra = options.moduleOptions
  if (extra !== undefined) {
    if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) {
      fail('INVALID_FIELD', 'moduleOptions', 'must be an object of further startZhiChi parameters')
    }
    for (const key of Object.keys(extra)) {
      if (MAPPED.indexOf(key) >= 0) {
        fail('INVALID_FIELD', 'moduleOptions.' + key, `set it through the options (sysNum, session.partnerId → userId, session.nickname → nickName, phone, email), not moduleOptions`)
      }
      params[key] = extra[key]
    }
  }

  const warnings: SobotContactIssue<SobotApiCloudErrorCode>[] = []
  const notMapped = (path: string, hint: string) =>
    warnings.push(createIssue<SobotApiCloudErrorCode>('FIELD_NOT_MAPPED', path, 'not sent in the App — ' + hint, 'warning'))
  for (const field of Object.keys(UNMAPPED_HINTS)) {
    if (!isEmpty(s[field])) notMapped('session.' + field, UNMAPPED_HINTS[field] as string)
  }
  if (options.card !== undefined) {
    notMapped('card', 'the mini-program card exists only in WeChat; pass your module version’s goods options (e.g. goodsTitle, goodsImage) in moduleOptions')
  }
  return { params, warnings, errors: sessionErrors }
}
