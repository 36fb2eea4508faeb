import {
  buildSobotWebLink,
  getContactButtonProps,
  measureSessionFrom,
  prepareSessionFrom,
  shortenFreeText,
  SobotContactError,
  validateContactCard,
  validateSessionFrom,
  type ContactButtonProps,
  type ContactCard,
  type SessionFromInput,
  type SessionFromMeasure,
  type SobotContactIssue,
} from '@sobot-contact/core'
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
}

/**
 * Runs the form through core: encode (with `shortenFreeText` when the switch is on), measure, validate.
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
  let issues: SobotContactIssue[]
  let value: string | undefined
  let encodedMeasure = measure
  try {
    const prepared = prepareSessionFrom(input, options)
    value = prepared.value
    issues = prepared.warnings.slice()
    encodedMeasure = measureSessionFrom(prepared.normalized)
  } catch (e) {
    if (!(e instanceof SobotContactError)) throw e
    // Every problem at once (prepare stops at the first kind). With the policy on, "too long" is
    // the policy's own verdict (from the error), not the unshortened input's.
    issues = validateSessionFrom(input).filter((i) => !state.shorten || i.code !== 'SESSION_FROM_TOO_LONG')
    if (state.shorten && e.code === 'SESSION_FROM_TOO_LONG') issues.push(...e.issues)
  }
  const cardIssues = card ? validateContactCard(card) : []
  issues.push(...cardIssues)
  const props = value !== undefined && !cardIssues.length ? getContactButtonProps({ session: input, card }, options) : undefined
  let webLinkUrl: string | undefined
  let webLinkIssues: SobotContactIssue[] = []
  if (state.webLink) {
    try {
      const built = buildSobotWebLink(input, { link: state.webLink }, card ? { card } : {})
      webLinkUrl = built.url
      webLinkIssues = built.warnings
    } catch (e) {
      if (!(e instanceof SobotContactError)) throw e
      webLinkIssues = e.issues.filter((i) => i.path.indexOf('webLink') === 0)
    }
  }
  return { input, card, value, props, measure, encodedMeasure, issues, webLinkUrl, webLinkIssues }
}
