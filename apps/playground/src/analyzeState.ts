import {
  buildKfSceneParam,
  buildSobotWebLink,
  getContactButtonProps,
  measureKfSceneParam,
  measureSessionFrom,
  prepareSessionFrom,
  shortenFreeText,
  validateContactCard,
  validateSessionFrom,
  type ContactButtonProps,
  type ContactCard,
  type KfSceneParamMeasure,
  type SessionFromInput,
  type SessionFromMeasure,
  type SobotContactIssue,
} from '@sobot-contact/core'
import { tryCore } from './tryCore'
import { stateToCard, stateToInput, type PlaygroundState } from './playgroundState'

/** What the Build tab shows for a form state. */
export interface StateAnalysis {
  input: SessionFromInput
  card: ContactCard | undefined
  /** The `session-from` string, when the input encodes. */
  value: string | undefined
  /** The button's attributes, when the session and the card are both valid. */
  props: ContactButtonProps | undefined
  /** The input as typed, measured by core. */
  measure: SessionFromMeasure
  /** What was encoded after the shorten policy changed it (equals `measure` when nothing changed). */
  encodedMeasure: SessionFromMeasure
  /** Errors and warnings of the session and the card, as core reports them. */
  issues: SobotContactIssue[]
  /** The Sobot web link for this input, when a console link is set and both read. */
  webLinkUrl: string | undefined
  /** What building the web link reported: the link's own errors and the fields it cannot carry (session errors are in `issues`). */
  webLinkIssues: SobotContactIssue[]
  /** The input as Sobot's 微信客服 visitor parameter, measured against its 128 bytes of Base64. */
  kfMeasure: KfSceneParamMeasure
  /** What building that parameter reported of its own (`KF_…`: too long, shortened, fields it cannot carry; session errors are in `issues`). */
  kfIssues: SobotContactIssue[]
}

/**
 * Runs the form through core: encode (with `shortenFreeText` when the switch is on), measure, validate;
 * the same for Sobot's 微信客服 visitor parameter.
 * Every number and message on the page comes from here, i.e. from core.
 *
 * @example
 * analyzeState({ ...emptyState(), nickname: '智'.repeat(334) }).issues[0].code // 'SESSION_FROM_TOO_LONG'
 */
export function analyzeState(state: PlaygroundState): StateAnalysis {
  const input = stateToInput(state)
  const card = stateToCard(state)
  const measure = measureSessionFrom(input)
  const options = state.shorten ? { overflow: shortenFreeText } : {}
  const prepared = tryCore(() => prepareSessionFrom(input, options))
  const value = prepared.value && prepared.value.value
  const encodedMeasure = prepared.value ? measureSessionFrom(prepared.value.normalized) : measure
  let issues: SobotContactIssue[]
  if (prepared.error) {
    // Every problem at once (prepare stops at the first kind). With the policy on, "too long" is
    // the policy's own verdict (from the error), not the unshortened input's.
    issues = validateSessionFrom(input).filter((i) => !state.shorten || i.code !== 'SESSION_FROM_TOO_LONG')
    if (state.shorten && prepared.error.code === 'SESSION_FROM_TOO_LONG') issues.push(...prepared.error.issues)
  } else {
    issues = prepared.value.warnings.slice()
  }
  const cardIssues = card ? validateContactCard(card) : []
  issues.push(...cardIssues)
  const props = value !== undefined && !cardIssues.length ? getContactButtonProps({ session: input, card }, options) : undefined
  let webLinkUrl: string | undefined
  let webLinkIssues: SobotContactIssue[] = []
  if (state.webLink) {
    const built = tryCore(() => buildSobotWebLink(input, { link: state.webLink }, card ? { card } : {}))
    webLinkUrl = built.value && built.value.url
    webLinkIssues = built.error ? built.error.issues.filter((i) => i.path.indexOf('webLink') === 0) : built.value.warnings
  }
  const kf = tryCore(() => buildKfSceneParam(input, options))
  const kfIssues = (kf.error ? kf.error.issues : kf.value.warnings).filter((i) => i.code.indexOf('KF_') === 0)
  return { input, card, value, props, measure, encodedMeasure, issues, webLinkUrl, webLinkIssues, kfMeasure: measureKfSceneParam(input), kfIssues }
}
