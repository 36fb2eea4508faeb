export * from '@sobot-contact/core'
export { openSobotChat } from './openSobotChat'
export { toZhiChiParams, ZHICHI_PARAMETER_MAP } from './zhiChi'
export { resolveSobotButton, createSobotButton, toWxmlAttributes } from './button'

export type { OpenSobotChatOptions, OpenSobotChatResult } from './openSobotChat'
export type { ApiCloudApi, SobotAppOptions, ZhiChiMapping, ZhiChiModule, ZhiChiParams, ZhiChiResult } from './zhiChi'
export type { SobotButtonProps, SobotButtonState, WxmlContactAttributes } from './button'
