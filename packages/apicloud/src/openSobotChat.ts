import { createError } from '@sobot-contact/core'
import type { SobotContactIssue } from '@sobot-contact/core'
import type { SobotApiCloudErrorCode } from './errors'
import { toZhiChiParams } from './zhiChi'
import type { ApiCloudApi, SobotAppOptions, ZhiChiEvent, ZhiChiModule, ZhiChiParams } from './zhiChi'

/** Options of {@link openSobotChat}: the shared configuration, plus where `api` comes from. */
export interface OpenSobotChatOptions extends SobotAppOptions {
  /** APICloud's `api` object; defaults to the global `api` (available after `apiready`). */
  api?: ApiCloudApi
  /**
   * Receives each `FIELD_NOT_MAPPED` warning. Without it, each one is written once with
   * `console.warn`: a session field never disappears silently.
   */
  onWarning?: (warning: SobotContactIssue<SobotApiCloudErrorCode>) => void
}

/** What {@link openSobotChat} resolves with. */
export interface OpenSobotChatResult {
  /** Exactly what was passed to `startZhiChi`. */
  params: ZhiChiParams
  /** Session/card fields that had no App equivalent and were not sent. */
  warnings: SobotContactIssue<SobotApiCloudErrorCode>[]
  /** The module callback's first argument (iOS only calls back; see {@link ZhiChiEvent}). */
  result: ZhiChiEvent
}

const warned: Record<string, true> = {}

function defaultApi(): ApiCloudApi | undefined {
  const g = (typeof globalThis !== 'undefined' ? globalThis : {}) as { api?: ApiCloudApi }
  return g.api
}

function moduleFrom(api: ApiCloudApi | undefined): ZhiChiModule {
  const missing = (why: string) =>
    createError<SobotApiCloudErrorCode>(
      'NATIVE_MODULE_MISSING',
      '',
      `${why}. Add Sobot's "zhiChi" module to the app (APICloud console → Modules, or config.xml) and build a custom loader; the module exists only in an App build, not in a mini-program or a browser`,
    )
  if (!api || typeof api.require !== 'function') throw missing('APICloud\'s "api" object is not available (call openSobotChat after apiready)')
  const mod = api.require('zhiChi') as Partial<ZhiChiModule> | null | undefined
  if (!mod || typeof mod.startZhiChi !== 'function') throw missing('api.require("zhiChi") returned no module')
  return mod as ZhiChiModule
}

/**
 * Opens Sobot's chat in an APICloud **App** through the native `zhiChi` module: validates the
 * configuration with core, maps it to `startZhiChi`'s parameters ({@link toZhiChiParams}), and
 * resolves when the module calls back.
 *
 * @returns A Promise of `{ params, warnings, result }`; it rejects with a `SobotContactError`:
 *   `MISSING_SYS_NUM`, `NATIVE_MODULE_MISSING` (no `api`, or `api.require('zhiChi')` returned
 *   nothing), `NATIVE_MODULE_FAILED` (the callback's `err`), or the session's own error code.
 * @example
 * apiready = function () {
 *   SobotContact.openSobotChat({ sysNum: 'your-sysnum', session: { partnerId: 'u-42', nickname: 'Tom' } })
 *     .catch(function (e) { api.toast({ msg: e.message }) })
 * }
 */
export function openSobotChat(options: OpenSobotChatOptions): Promise<OpenSobotChatResult> {
  return new Promise<OpenSobotChatResult>((resolve, reject) => {
    const { params, warnings } = toZhiChiParams(options)
    const mod = moduleFrom(options.api || defaultApi())
    for (const w of warnings) {
      if (options.onWarning) options.onWarning(w)
      else if (!warned[w.path]) {
        warned[w.path] = true
        console.warn(w.message)
      }
    }
    let settled = false
    mod.startZhiChi(params, (ret, err) => {
      if (settled) return
      settled = true
      if (err) {
        const detail = typeof err === 'object' && err !== null && 'msg' in err ? String((err as { msg: unknown }).msg) : String(err)
        reject(createError<SobotApiCloudErrorCode>('NATIVE_MODULE_FAILED', '', `the zhiChi module reported an error: ${detail}`))
      } else resolve({ params, warnings, result: ret })
    })
  })
}
