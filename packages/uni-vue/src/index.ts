// Everything from the core, so one import serves a uni-app page.
export * from '@sobot-contact/core'
export { useSessionFrom } from './useSessionFrom'
export type { UseSessionFromOptions } from './useSessionFrom'
export { useContactChannel } from './useContactChannel'
export type { UseContactChannel } from './useContactChannel'
