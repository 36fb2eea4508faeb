import type { SobotApiCloudErrorCode } from '@sobot-contact/apicloud'
import entries from 'virtual:error-reference'
import type { ErrorReferenceEntry } from './parseErrorReference'

/**
 * The error reference, read from the docs at build time (`errorReferencePlugin`): `docs/errors.md`
 * and `docs/errors.zh-CN.md` are its one source, the same entries production messages link to. One
 * entry per code a `@sobot-contact/*` package reports — core's `SobotContactErrorCode` (core, Taro,
 * uni-app), then the APICloud App path's own codes, which `SobotApiCloudErrorCode` adds — in the
 * docs' order; a test checks them against both unions in the packages' source.
 *
 * @example
 * ERROR_REFERENCE.find((e) => e.code === 'SESSION_FROM_TOO_LONG')?.fix.en // [ 'Shorten the longest field (usually ', { code: 'params' }, … ]
 */
export const ERROR_REFERENCE = entries as readonly (ErrorReferenceEntry & { code: SobotApiCloudErrorCode })[]

/**
 * Every code of the reference: core's union in its order, then the APICloud App path's codes.
 *
 * @example
 * ERROR_CODES.includes('SESSION_FROM_TOO_LONG') // true
 */
export const ERROR_CODES: readonly SobotApiCloudErrorCode[] = ERROR_REFERENCE.map((e) => e.code)
