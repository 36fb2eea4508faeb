import type { SobotContactErrorCode } from '@sobot-contact/core'

/**
 * Every code `@sobot-contact/apicloud` can report: core's codes plus the App path's own, which
 * come from Sobot's native `zhiChi` module. Match on the code, never on the message.
 *
 * | code | when |
 * |---|---|
 * | `NATIVE_MODULE_MISSING` | no `api`, or `api.require('zhiChi')` returned no module (not an App build, or the module is not added) |
 * | `NATIVE_MODULE_FAILED` | the module's callback reported an error |
 * | `MISSING_SYS_NUM` | an App build without `sysNum` (企业编号) |
 * | `FIELD_NOT_MAPPED` | warning: a session/card field the App module has no parameter for |
 *
 * @example
 * if (error.code === 'MISSING_SYS_NUM') showSetupHint()
 */
export type SobotApiCloudErrorCode =
  | SobotContactErrorCode
  | 'NATIVE_MODULE_MISSING'
  | 'NATIVE_MODULE_FAILED'
  | 'MISSING_SYS_NUM'
  | 'FIELD_NOT_MAPPED'
