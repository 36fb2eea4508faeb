// Everything from the core, so one import serves a Taro page.
export * from '@sobot-contact/core'
export { SobotContactButton, DEFAULT_CONTACT_LABEL } from './SobotContactButton'
export { useSessionFrom } from './useSessionFrom'
export { SobotChatWebView } from './SobotChatWebView'
// core's weComKf with this build's opener (it takes the place of core's in this package's exports).
export { weComKf } from './weComKf'

export type { SobotContactButtonProps, TaroContactEvent } from './SobotContactButton'
export type { UseSessionFromOptions } from './useSessionFrom'
export type { SobotChatWebViewProps } from './SobotChatWebView'
