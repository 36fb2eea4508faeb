// Everything from the core, so one import serves a uni-app page.
export * from '@sobot-contact/core'
export { useSessionFrom } from './useSessionFrom'
export type { UseSessionFromOptions } from './useSessionFrom'
export { useContactChannel } from './useContactChannel'
// core's weComKf with this build's opener (it takes the place of core's in this package's exports).
export { weComKf } from '../components/sobot-contact-button/weComKf'
export type { UseContactChannel } from './useContactChannel'
