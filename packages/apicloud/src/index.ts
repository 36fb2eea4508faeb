export * from '@sobot-contact/core'
export { openSobotChat } from './openSobotChat'
export { toZhiChiParams } from './zhiChi'
export { resolveSobotButton, createSobotButton, toWxmlAttributes } from './button'

export type { OpenSobotChatOptions, OpenSobotChatResult } from './openSobotChat'
export type { ApiCloudApi, SobotAppOptions, ZhiChiMapping, ZhiChiMappingOptions, ZhiChiModule, ZhiChiParams, ZhiChiEvent } from './zhiChi'
export type { SobotButtonController, SobotButtonProps, SobotButtonState, WxmlContactAttributes } from './button'
export type { SobotApiCloudErrorCode } from './errors'
