export { SobotContactError, issue as createIssue, issueUnder, createError } from './errors'
export { encodeSessionFrom, prepareSessionFrom, normalizeSessionFrom } from './encodeSessionFrom'
export { shortenFreeText } from './shortenFreeText'
export { decodeSessionFrom } from './decodeSessionFrom'
export { validateSessionFrom, SESSION_FROM_FIELDS, PARTNER_ID_MAX_LENGTH } from './validateSessionFrom'
export { measureSessionFrom } from './measureSessionFrom'
export { SESSION_FROM_BYTE_LIMIT, SESSION_FROM_KEYS } from './serializeSessionFrom'
export { toGroup, toAgent, SPILL_IDS, OPTION_IDS } from './transferAction'
export {
  getContactButtonProps,
  resolveContactButtonProps,
  validateContactCard,
  CONTACT_BUTTON_ATTRIBUTES,
  FALLBACK_SESSION_FROM,
} from './getContactButtonProps'
export { parseContactEvent } from './parseContactEvent'
export { createContactButtonResolver } from './createContactButtonResolver'
export { createContactController } from './createContactController'
export { browserLinkOpener } from './browserLinkOpener'
export { CLIENTS_WITHOUT_CONTACT_BUTTON, KF_CLIENTS, WECHAT_BROWSER, readBrowserClient, readWeChatClient } from './weChatClients'
export { weComKf, plusKfOpener } from './weComKf'
export { handOverChat, takeHandedOverChat, webLinkConfig } from './handOverChat'
export { contentKey } from './contentKey'
export { utf8ByteLength } from './utf8ByteLength'
export { isPagePath } from './isPagePath'
export { buildSobotWebLink, validateSobotWebLink } from './buildSobotWebLink'
export { parseSobotWebLink, WEB_LINK_PARAM_NAMES } from './parseSobotWebLink'
export { isAllowedSobotUrl } from './isAllowedSobotUrl'
export { resolveContactChannel, resolveWeChatChannel } from './resolveContactChannel'
export { checkWebViewUrl } from './checkWebViewUrl'
export { resolveWebLink } from './resolveWebLink'
export { resolveChatPageUrl } from './resolveChatPageUrl'
export { bareButtonLook, BARE_BUTTON_CLASS } from './bareButton'
export { buildKfSceneParam } from './buildKfSceneParam'
export { measureKfSceneParam } from './measureKfSceneParam'
export { buildKfLink, validateKfLink } from './buildKfLink'
export { parseKfLink, decodeKfSceneParam } from './parseKfLink'
export { KF_SCENE_PARAM_BYTE_LIMIT, KF_SESSION_FIELDS, KF_EXTRA_FIELDS } from './analyzeKfSceneParam'

export type { SobotContactErrorCode, SobotContactIssue, SobotContactIssueSeverity } from './errors'
export type { EncodeSessionFromOptions, PreparedSessionFrom, OverflowPolicy, OverflowBudget } from './encodeSessionFrom'
export type { SessionFromMeasure } from './measureSessionFrom'
export type { GroupOverflowCondition, AgentOverflowCondition } from './transferAction'
export type { ContactCard, ContactButtonProps, ContactButtonInput, ResolvedContactButton } from './getContactButtonProps'
export type { ContactEventDetail, ContactTarget } from './parseContactEvent'
export type { ContactButtonResolver, ContactButtonReporting, NavigateTo } from './createContactButtonResolver'
export type { ContactController, ContactControllerPlatform, ContactButtonView, ContactChannelConfig, LinkOpener } from './createContactController'
export type { BrowserWindowLike } from './browserLinkOpener'
export type { WeChatClientApi } from './weChatClients'
export type { KfChannelConfig, KfOpener, KfOpenRequest, WeComKfOptions, PlusShareLike } from './weComKf'
export type { SobotWebLinkConfig, SobotWebLink, BuildSobotWebLinkOptions } from './buildSobotWebLink'
export type { ParsedSobotWebLink, ParseSobotWebLinkOptions, WebLinkSession, WebLinkField } from './parseSobotWebLink'
export type { ContactPlatform, ContactChannelInput, ContactChannel } from './resolveContactChannel'
export type { WebViewUrlCheck } from './checkWebViewUrl'
export type { ResolvedWebLink } from './resolveWebLink'
export type { ChatHandover } from './handOverChat'
export type { BareButtonLook } from './bareButton'
export type { BuildKfSceneParamOptions, KfSceneParam } from './buildKfSceneParam'
export type { KfSceneParamMeasure } from './measureKfSceneParam'
export type { BuildKfLinkOptions, KfLink } from './buildKfLink'
export type { DecodedKfSceneParam, ParsedKfLink } from './parseKfLink'
export type { KfExtraFields, KfFieldName, KfFields, KfFieldBytes } from './analyzeKfSceneParam'
export type {
  SessionFromInput,
  NormalizedSessionFrom,
  NormalizedTransferStep,
  TransferStep,
  TransferActionType,
  PlatformAction,
  SobotScalar,
  SessionFromField,
} from './types'
