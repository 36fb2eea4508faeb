import { stateToCard, stateToInput, type PlaygroundState } from './playgroundState'
import { jsLiteral, quote, raw, type RawCode } from './jsLiteral'

/**
 * The frameworks a snippet is written for, in the order the page shows them.
 *
 * @example
 * SNIPPET_TARGETS.map((target) => buildSnippets(state)[target])
 */
export const SNIPPET_TARGETS = ['taro', 'uni', 'apicloud', 'cli'] as const
/** One of {@link SNIPPET_TARGETS}. */
export type SnippetTarget = (typeof SNIPPET_TARGETS)[number]

/**
 * The label a snippet's button shows (the wrappers' default).
 *
 * @example
 * taroSnippet(state).includes(BUTTON_LABEL) // true
 */
export const BUTTON_LABEL = '联系客服'

type SessionLiteral = Record<string, Parameters<typeof jsLiteral>[0] | undefined>

/** The session as source code: the routing written with `toGroup` / `toAgent`, as a user would write it. */
function sessionLiteral(state: PlaygroundState): { literal: SessionLiteral; builders: string[] } {
  const input = stateToInput(state)
  const builders: string[] = []
  const steps: RawCode[] | undefined = input.transferAction
    ? state.routing.map((row) => {
        const fn = row.kind === 'group' ? 'toGroup' : 'toAgent'
        if (builders.indexOf(fn) < 0) builders.push(fn)
        return raw(`${fn}(${quote(row.id)}${row.overflowWhen ? `, { overflowWhen: ${quote(row.overflowWhen)} }` : ''})`)
      })
    : undefined
  return {
    builders: builders.sort(),
    literal: {
      nickname: input.nickname,
      avatarUrl: input.avatarUrl,
      params: input.params,
      transferAction: steps,
      platformAction: input.platformAction as SessionLiteral | undefined,
      partnerId: input.partnerId as string | undefined,
      robotId: input.robotId as string | undefined,
      unionId: input.unionId,
      customerFields: input.customerFields,
    },
  }
}

const importList = (names: string[]) => '{ ' + names.slice().sort().join(', ') + ' }'

/**
 * The Taro (React) page for the current input, on `@sobot-contact/taro-react`'s `<SobotContactButton>`.
 *
 * @example
 * taroSnippet(sampleState()) // "import { SobotContactButton, toAgent, toGroup } from '@sobot-contact/taro-react'…"
 */
export function taroSnippet(state: PlaygroundState): string {
  const { literal, builders } = sessionLiteral(state)
  const card = stateToCard(state)
  const names = ['SobotContactButton'].concat(builders, state.shorten ? ['shortenFreeText'] : [])
  const attrs = ['session={session}'].concat(card ? ['card={card}'] : [], state.shorten ? ['overflow={shortenFreeText}'] : [])
  return [
    `import ${importList(names)} from '@sobot-contact/taro-react'`,
    '',
    `const session = ${jsLiteral(literal)}`,
    ...(card ? [`const card = ${jsLiteral(card as SessionLiteral)}`] : []),
    '',
    'export function ContactButton() {',
    `  return <SobotContactButton ${attrs.join(' ')}>${BUTTON_LABEL}</SobotContactButton>`,
    '}',
    '',
  ].join('\n')
}

/** `session: …` for APICloud: the policy is applied here, so the page works with every version of the copied component. */
function sessionDeclaration(state: PlaygroundState, indent: string): { code: string; names: string[] } {
  const { literal, builders } = sessionLiteral(state)
  if (!state.shorten) return { code: jsLiteral(literal, indent), names: builders }
  return {
    code: `encodeSessionFrom(${jsLiteral(literal, indent)}, { overflow: shortenFreeText })`,
    names: builders.concat(['encodeSessionFrom', 'shortenFreeText']),
  }
}

/**
 * The uni-app (Vue 3) page for the current input, on `@sobot-contact/uni-vue`'s `<sobot-contact-button>` (easycom).
 *
 * @example
 * uniSnippet(sampleState()) // '<template>\n  <sobot-contact-button :session="session">…'
 */
export function uniSnippet(state: PlaygroundState): string {
  const card = stateToCard(state)
  const { literal, builders } = sessionLiteral(state)
  const names = builders.concat(state.shorten ? ['shortenFreeText'] : [])
  const attrs = [':session="session"'].concat(card ? [':card="card"'] : [], state.shorten ? [':overflow="shortenFreeText"'] : [])
  return [
    '<template>',
    `  <sobot-contact-button ${attrs.join(' ')}>${BUTTON_LABEL}</sobot-contact-button>`,
    '</template>',
    '',
    '<script setup lang="ts">',
    ...(names.length ? [`import ${importList(names)} from '@sobot-contact/uni-vue'`, ''] : []),
    `const session = ${jsLiteral(literal)}`,
    ...(card ? [`const card = ${jsLiteral(card as SessionLiteral)}`] : []),
    '</script>',
    '',
  ].join('\n')
}

/**
 * The APICloud AVM page (`.stml`) for the current input, on `sobot-contact-button.stml`
 * (`npx sobot-contact-apicloud add widget` copies it and `script/sobot-contact.js` in).
 *
 * @example
 * apicloudSnippet(sampleState()) // '<template>\n  <view>\n    <sobot-contact-button session={this.data.session} …'
 */
export function apicloudSnippet(state: PlaygroundState): string {
  const card = stateToCard(state)
  const { code, names } = sessionDeclaration(state, '      ')
  const attrs = ['session={this.data.session}'].concat(card ? ['card={this.data.card}'] : [], ['sysNum={this.data.sysNum}', `label=${JSON.stringify(BUTTON_LABEL)}`])
  return [
    '<template>',
    '  <view>',
    `    <sobot-contact-button ${attrs.join(' ')} />`,
    '  </view>',
    '</template>',
    '<script>',
    "import '../../components/sobot-contact-button.stml'",
    ...(names.length ? [`import ${importList(names)} from '../../script/sobot-contact.js'`] : []),
    'export default {',
    "  name: 'contact',",
    '  data() {',
    '    return {',
    "      sysNum: 'your-sobot-sysnum', // Sobot enterprise id (企业编号), used by the App build",
    `      session: ${code},`,
    ...(card ? [`      card: ${jsLiteral(card as SessionLiteral, '      ')},`] : []),
    '    }',
    '  },',
    '}',
    '</script>',
    '',
  ].join('\n')
}

/**
 * The `sobot-contact encode` command for the current input (the session as JSON on stdin).
 *
 * @example
 * cliSnippet(sampleState()) // "sobot-contact encode --input - <<'JSON'\n{…}\nJSON\n"
 */
export function cliSnippet(state: PlaygroundState): string {
  const card = stateToCard(state)
  return [
    ...(card ? ['# The card (show-message-card …) is a button attribute, not part of session-from: set it in your page.'] : []),
    `sobot-contact encode${state.shorten ? ' --shorten' : ''} --input - <<'JSON'`,
    JSON.stringify(stateToInput(state)),
    'JSON',
    '',
  ].join('\n')
}

/**
 * Every snippet for the current input, generated from the same form state the page encodes.
 *
 * @example
 * buildSnippets(sampleState()).taro
 */
export function buildSnippets(state: PlaygroundState): Record<SnippetTarget, string> {
  return { taro: taroSnippet(state), uni: uniSnippet(state), apicloud: apicloudSnippet(state), cli: cliSnippet(state) }
}
