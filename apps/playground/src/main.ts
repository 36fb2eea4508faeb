import type { KfSceneParamMeasure, ParsedKfLink, ParsedSobotWebLink, SobotContactIssue } from '@sobot-contact/core'
import './style.css'
import { analyzeState } from './analyzeState'
import { ERROR_CODES, ERROR_REFERENCE } from './errorReference'
import { h } from './h'
import { inspectSessionFrom } from './inspectSessionFrom'
import { issueAnchor } from './issueAnchor'
import { format, messages, type Messages } from './messages'
import type { InlineText } from './parseErrorReference'
import { OVERFLOW_CONDITIONS, sampleState, stateFromSession, type KeyValueRow, type RoutingRow } from './playgroundState'
import { renderBar, renderKfBar } from './renderBar'
import { buildSnippets, SNIPPET_TARGETS, type SnippetTarget } from './snippets'
import { readUrlState, writeUrlState, type Tab, type UrlState } from './urlState'

const root = document.getElementById('app') as HTMLElement
let url: UrlState = readUrlState(location.hash, sampleState)
let snippetTab: SnippetTarget = 'taro'
let t: Messages = messages(url.lang)

const SNIPPET_NAMES: Record<SnippetTarget, string> = { taro: 'Taro (React)', uni: 'uni-app (Vue 3)', apicloud: 'APICloud (AVM)', cli: 'CLI' }
type TextKey = 'nickname' | 'avatarUrl' | 'customerCode' | 'flowGroupId' | 'partnerId' | 'robotId' | 'unionId' | 'cardTitle' | 'cardPath' | 'cardImageUrl' | 'webLink'

const form = () => url.form
const linkTo = (patch: Partial<UrlState>) => writeUrlState(Object.assign({}, url, patch))
/** Writes the state into the URL, and into the links that change tab or language, so they carry what was typed since. */
function saveUrl() {
  history.replaceState(null, '', writeUrlState(url))
  const lang = document.getElementById('lang')
  if (lang) lang.setAttribute('href', linkTo({ lang: url.lang === 'zh' ? 'en' : 'zh' }))
  for (const tab of ['build', 'inspect', 'errors'] as const) document.getElementById('tab-' + tab)?.setAttribute('href', linkTo({ tab }))
}

/** Copies `text`, saying so in `status` (an aria-live region). */
async function copyText(text: string, status: HTMLElement) {
  try {
    await navigator.clipboard.writeText(text)
    status.textContent = t.copied
  } catch {
    status.textContent = t.copyFailed
  }
}

function copyButton(id: string, text: () => string) {
  const status = h('span', { class: 'copy-status', role: 'status', 'aria-live': 'polite' })
  const button = h('button', { type: 'button', id, class: 'copy', onclick: () => void copyText(text(), status) }, t.copy)
  return [button, status]
}

// ---------- issues ----------

/** Core's message without the package prefix and the path, both shown already. */
function shownMessage(i: SobotContactIssue): string {
  const m = i.message.replace(/^\[sobot-contact\] /, '')
  return i.path && m.indexOf(i.path + ': ') === 0 ? m.slice(i.path.length + 2) : m
}

function issueItem(i: SobotContactIssue) {
  return h(
    'li',
    { class: 'issue ' + i.severity, 'data-code': i.code, 'data-path': i.path },
    h('a', { class: 'code', href: linkTo({ tab: 'errors', code: i.code }) }, i.code),
    ' ',
    i.path ? h('code', { class: 'path' }, i.path) : null,
    ' ',
    h('span', { class: 'message' }, shownMessage(i)),
  )
}

function issueList(anchor: string) {
  return h('ul', { class: 'issues', id: 'issues-' + anchor, 'data-issues-for': anchor })
}

// ---------- form ----------

function label(forId: string, text: string, name: string) {
  return h('label', { for: forId }, text, ' ', h('code', {}, name))
}

function textField(key: TextKey, name: string, anchor: string, attrs: Record<string, string> = {}) {
  const id = 'f-' + key
  return h(
    'div',
    { class: 'field', 'data-anchor': anchor },
    label(id, t[key], name),
    h('input', Object.assign({ id, name: key, type: 'text', value: form()[key], autocomplete: 'off', 'aria-describedby': 'issues-' + anchor, oninput: (e: Event) => {
      form()[key] = (e.target as HTMLInputElement).value
      update()
    } }, attrs)),
    anchor === key ? issueList(anchor) : null,
  )
}

function keyValueRows(field: 'params' | 'customerFields') {
  const rows = form()[field]
  const row = (r: KeyValueRow, i: number) => {
    const anchor = `${field}[${i}]`
    const id = (part: string) => `f-${field}-${i}-${part}`
    const prefix = h('span', { class: 'sr-only' }, `${field} ${i + 1} `)
    return h(
      'div',
      { class: 'kv-row', 'data-anchor': anchor },
      h('div', { class: 'field' }, h('label', { for: id('key') }, prefix, t.key), h('input', { id: id('key'), type: 'text', value: r.key, 'aria-describedby': 'issues-' + anchor, oninput: (e: Event) => ((r.key = (e.target as HTMLInputElement).value), update()) })),
      h('div', { class: 'field' }, h('label', { for: id('value') }, prefix.cloneNode(true), t.value), h('input', { id: id('value'), type: 'text', value: r.value, 'aria-describedby': 'issues-' + anchor, oninput: (e: Event) => ((r.value = (e.target as HTMLInputElement).value), update()) })),
      h(
        'div',
        { class: 'field' },
        h('label', { for: id('type') }, prefix.cloneNode(true), t.type),
        h(
          'select',
          { id: id('type'), onchange: (e: Event) => ((r.type = (e.target as HTMLSelectElement).value as KeyValueRow['type']), update()) },
          (['string', 'number', 'boolean'] as const).map((v) => h('option', { value: v, selected: r.type === v }, t[('type' + v[0]!.toUpperCase() + v.slice(1)) as 'typeString'])),
        ),
      ),
      h('button', { type: 'button', class: 'remove', id: id('remove'), 'aria-label': `${t.remove} ${field} ${i + 1}`, onclick: () => (rows.splice(i, 1), render('f-' + field + '-add')) }, t.remove),
      issueList(anchor),
    )
  }
  return h(
    'fieldset',
    { 'data-anchor': field },
    h('legend', {}, t[field], ' ', h('code', {}, field)),
    rows.map(row),
    h('button', { type: 'button', id: `f-${field}-add`, onclick: () => (rows.push({ key: '', value: '', type: 'string' }), render(`f-${field}-${rows.length - 1}-key`)) }, t.addRow),
    issueList(field),
  )
}

function routingFieldset() {
  const steps = form().routing
  const step = (r: RoutingRow, i: number) => {
    const anchor = `transferAction[${i}]`
    const id = (part: string) => `f-step-${i}-${part}`
    const name = r.kind === 'group' ? 'toGroup' : 'toAgent'
    return h(
      'div',
      { class: 'step', 'data-anchor': anchor },
      h('p', { class: 'step-title' }, format(t.step, { n: i + 1 }), ' · ', r.kind === 'group' ? t.stepGroup : t.stepAgent, ' ', h('code', {}, name)),
      h('div', { class: 'field' }, label(id('id'), (r.kind === 'group' ? t.stepGroup : t.stepAgent) + ' ' + t.stepId, 'deciId'), h('input', { id: id('id'), type: 'text', value: r.id, 'aria-describedby': 'issues-' + anchor, oninput: (e: Event) => ((r.id = (e.target as HTMLInputElement).value), update()) })),
      h(
        'div',
        { class: 'field' },
        label(id('when'), t.overflowWhen, 'overflowWhen'),
        h(
          'select',
          { id: id('when'), 'aria-describedby': 'issues-' + anchor, onchange: (e: Event) => ((r.overflowWhen = (e.target as HTMLSelectElement).value as RoutingRow['overflowWhen']), update()) },
          h('option', { value: '', selected: !r.overflowWhen }, t.noOverflow),
          (OVERFLOW_CONDITIONS[r.kind] as readonly string[]).map((c) => h('option', { value: c, selected: r.overflowWhen === c }, `${t[c as 'smart']} (${c})`)),
        ),
      ),
      h('button', { type: 'button', class: 'remove', id: id('remove'), 'aria-label': `${t.remove} ${format(t.step, { n: i + 1 })}`, onclick: () => (steps.splice(i, 1), render('f-step-add-group')) }, t.remove),
      issueList(anchor),
    )
  }
  const add = (kind: RoutingRow['kind']) => () => {
    steps.push({ kind, id: '', overflowWhen: '' })
    render(`f-step-${steps.length - 1}-id`)
  }
  return h(
    'fieldset',
    { 'data-anchor': 'transferAction' },
    h('legend', {}, t.routing, ' ', h('code', {}, 'transferAction')),
    h('p', { class: 'hint' }, t.routingHint),
    steps.map(step),
    h('div', { class: 'buttons' }, h('button', { type: 'button', id: 'f-step-add-group', onclick: add('group') }, t.addGroup), h('button', { type: 'button', id: 'f-step-add-agent', onclick: add('agent') }, t.addAgent)),
    issueList('transferAction'),
  )
}

function checkbox(id: string, checked: boolean, text: (Node | string)[], onchange: (v: boolean) => void) {
  return h('div', { class: 'check' }, h('input', { id, type: 'checkbox', role: 'switch', checked, onchange: (e: Event) => onchange((e.target as HTMLInputElement).checked) }), h('label', { for: id }, ...text))
}

function buildForm() {
  const s = form()
  return h(
    'form',
    { class: 'session-form', onsubmit: (e: Event) => e.preventDefault(), 'aria-label': t.tabBuild },
    h('fieldset', {}, h('legend', {}, t.visitor), textField('nickname', 'nickname', 'nickname'), textField('avatarUrl', 'avatarUrl', 'avatarUrl', { type: 'url', inputmode: 'url' })),
    keyValueRows('params'),
    routingFieldset(),
    h('fieldset', { 'data-anchor': 'platformAction' }, h('legend', {}, t.platformAction, ' ', h('code', {}, 'platformAction')), textField('customerCode', 'customerCode', 'platformAction'), textField('flowGroupId', 'flowGroupId', 'platformAction'), issueList('platformAction')),
    h('fieldset', {}, h('legend', {}, t.identity), textField('partnerId', 'partnerId', 'partnerId'), textField('robotId', 'robotId', 'robotId'), textField('unionId', 'unionId', 'unionId')),
    keyValueRows('customerFields'),
    h(
      'fieldset',
      { 'data-anchor': 'card' },
      h('legend', {}, t.card, ' ', h('code', {}, 'card')),
      checkbox('f-cardEnabled', s.cardEnabled, [t.cardEnabled, ' ', h('code', {}, 'show-message-card')], (v) => ((s.cardEnabled = v), update())),
      textField('cardTitle', 'title', 'card'),
      textField('cardPath', 'path', 'card', { placeholder: 'pages/product/index?id=42' }),
      textField('cardImageUrl', 'imageUrl', 'card', { type: 'url', inputmode: 'url' }),
      issueList('card'),
    ),
  )
}

function resultPanel() {
  const s = form()
  return h(
    'section',
    { class: 'result', 'aria-labelledby': 'result-title' },
    h('h2', { id: 'result-title' }, t.result, ' ', h('code', {}, 'session-from')),
    h('div', { class: 'string-box' }, h('output', { id: 'session-from', for: 'f-nickname', 'aria-live': 'polite' }), copyButton('copy-session-from', () => document.getElementById('session-from')!.textContent || '')),
    checkbox('f-shorten', s.shorten, [t.shorten, ' ', h('code', {}, 'shortenFreeText'), ' ', h('span', { class: 'hint' }, t.shortenHint)], (v) => ((s.shorten = v), update())),
    h('p', { id: 'before-shorten', class: 'hint', hidden: true }),
    h(
      'div',
      { class: 'bars' },
      h('div', { id: 'bar-slot' }),
      h(
        'section',
        { class: 'kf-bar', 'aria-labelledby': 'kf-bar-title' },
        h('h3', { class: 'sub', id: 'kf-bar-title' }, t.kfBarTitle, ' ', h('code', {}, 'buildKfSceneParam')),
        h('p', { class: 'hint' }, t.kfBarHint),
        h('div', { id: 'kf-bar-slot' }),
        issueList('kf'),
      ),
    ),
    h('h3', { class: 'sub' }, t.issuesSession),
    issueList('session'),
    h('h3', { class: 'sub' }, t.buttonAttributes),
    h('pre', { id: 'button-props', class: 'code' }),
    h('h2', {}, t.use),
    h('p', { class: 'hint' }, t.useHint),
    h(
      'div',
      { role: 'tablist', class: 'snippet-tabs', 'aria-label': t.use },
      SNIPPET_TARGETS.map((target) =>
        h('button', { type: 'button', role: 'tab', id: 'tab-snippet-' + target, 'aria-controls': 'panel-snippet-' + target, 'aria-selected': String(target === snippetTab), tabindex: target === snippetTab ? 0 : -1, onclick: () => selectSnippet(target), onkeydown: snippetKeys }, SNIPPET_NAMES[target]),
      ),
    ),
    SNIPPET_TARGETS.map((target) =>
      h(
        'div',
        { role: 'tabpanel', id: 'panel-snippet-' + target, 'aria-labelledby': 'tab-snippet-' + target, hidden: target !== snippetTab, class: 'snippet' },
        h('pre', { class: 'code', tabindex: 0 }, h('code', { id: 'snippet-' + target })),
        copyButton('copy-snippet-' + target, () => document.getElementById('snippet-' + target)!.textContent || ''),
      ),
    ),
    h('p', { id: 'snippets-unavailable', class: 'hint', hidden: true }, t.fixFirst),
    h(
      'section',
      { class: 'web-link-build', 'aria-labelledby': 'web-link-build-title', 'data-anchor': 'webLink' },
      h('h2', { id: 'web-link-build-title' }, t.webLinkBuild, ' ', h('code', {}, 'buildSobotWebLink')),
      h('p', { class: 'hint' }, t.webLinkHint),
      textField('webLink', 'webLink.link', 'webLink', { type: 'url', inputmode: 'url', placeholder: 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=…' }),
      h('div', { class: 'string-box' }, h('output', { id: 'web-link-url', class: 'url-output', for: 'f-webLink' }), copyButton('copy-web-link', () => document.getElementById('web-link-url')!.textContent || '')),
    ),
  )
}

function selectSnippet(target: SnippetTarget) {
  snippetTab = target
  for (const x of SNIPPET_TARGETS) {
    const tab = document.getElementById('tab-snippet-' + x)!
    tab.setAttribute('aria-selected', String(x === target))
    tab.tabIndex = x === target ? 0 : -1
    ;(document.getElementById('panel-snippet-' + x) as HTMLElement).hidden = x !== target
  }
  document.getElementById('tab-snippet-' + target)!.focus()
}

function snippetKeys(event: Event) {
  const e = event as KeyboardEvent
  const i = SNIPPET_TARGETS.indexOf(snippetTab)
  const n = SNIPPET_TARGETS.length
  if (e.key === 'ArrowRight') selectSnippet(SNIPPET_TARGETS[(i + 1) % n]!)
  else if (e.key === 'ArrowLeft') selectSnippet(SNIPPET_TARGETS[(i + n - 1) % n]!)
}

/** Recomputes every output of the Build tab from the form (through core) without touching the inputs. */
function updateBuild() {
  const s = form()
  const a = analyzeState(s)
  const out = document.getElementById('session-from')!
  out.textContent = a.value ?? ''
  out.classList.toggle('empty', a.value === undefined)
  out.setAttribute('data-empty-text', t.noString)
  ;(document.getElementById('copy-session-from') as HTMLButtonElement).disabled = a.value === undefined
  document.getElementById('bar-slot')!.replaceChildren(renderBar(a.encodedMeasure, t, 'build-bytes'))
  document.getElementById('kf-bar-slot')!.replaceChildren(renderKfBar(a.kfMeasure, t, 'build-kf-bytes'))
  const before = document.getElementById('before-shorten') as HTMLElement
  before.hidden = a.encodedMeasure.bytes === a.measure.bytes
  before.textContent = format(t.beforeShorten, { n: a.measure.bytes })

  for (const list of Array.from(document.querySelectorAll<HTMLElement>('#panel-build [data-issues-for]'))) list.replaceChildren()
  for (const el of Array.from(document.querySelectorAll('#panel-build [aria-invalid]'))) el.removeAttribute('aria-invalid')
  for (const i of a.issues) {
    const anchor = issueAnchor(i.path, s)
    const list = document.getElementById('issues-' + anchor) || document.getElementById('issues-session')!
    list.append(issueItem(i))
    if (i.severity === 'error') {
      const group = document.querySelector(`#panel-build [data-anchor="${anchor}"]`)
      if (group) for (const input of Array.from(group.querySelectorAll('input, select'))) input.setAttribute('aria-invalid', 'true')
    }
  }
  const sessionList = document.getElementById('issues-session')!
  if (!a.issues.length) sessionList.append(h('li', { class: 'issue none' }, t.noIssues))

  document.getElementById('button-props')!.textContent = a.props ? JSON.stringify(a.props, null, 2) : '—'
  // The 微信客服 parameter's own issues stay beside its bar, as the web link's stay in its section.
  document.getElementById('issues-kf')!.replaceChildren(...a.kfIssues.map(issueItem))
  // The web link's issues stay in its own section: its warnings name session fields, but concern the link only.
  const webLinkList = document.getElementById('issues-webLink')!
  webLinkList.replaceChildren(...a.webLinkIssues.map(issueItem))
  if (a.webLinkIssues.some((i) => i.severity === 'error')) document.getElementById('f-webLink')!.setAttribute('aria-invalid', 'true')
  document.getElementById('web-link-url')!.textContent = a.webLinkUrl || ''
  ;(document.getElementById('copy-web-link') as HTMLButtonElement).disabled = !a.webLinkUrl
  const snippets = a.props ? buildSnippets(s) : undefined
  for (const target of SNIPPET_TARGETS) document.getElementById('snippet-' + target)!.textContent = snippets ? snippets[target] : ''
  ;(document.getElementById('snippets-unavailable') as HTMLElement).hidden = !!snippets
  document.querySelector('#panel-build .result')!.classList.toggle('no-snippets', !snippets)
  for (const target of SNIPPET_TARGETS) (document.getElementById('copy-snippet-' + target) as HTMLButtonElement).disabled = !snippets
}

// ---------- inspect ----------

function inspectPanel() {
  return h(
    'section',
    { class: 'inspect' },
    h('div', { class: 'field' }, label('inspect-input', t.inspectLabel, 'session-from'), h('textarea', { id: 'inspect-input', rows: 5, spellcheck: 'false', placeholder: t.inspectPlaceholder, 'aria-describedby': 'inspect-output', oninput: (e: Event) => ((url.inspect = (e.target as HTMLTextAreaElement).value), update()) }, url.inspect)),
    h('div', { id: 'inspect-output', 'aria-live': 'polite' }),
    // WEB-LINK: a pasted Sobot web link is read with core's parseSobotWebLink (updateInspect), and the
    // Build tab builds one with buildSobotWebLink. Still to come: the link options a user's own setup
    // needs (allowedHosts for their own domain, extraParams, paramNames).
    h('section', { id: 'web-link', class: 'web-link', 'data-pending': 'web-link-options', 'aria-labelledby': 'web-link-title' }, h('h2', { id: 'web-link-title' }, t.webLinkTitle), h('p', {}, t.webLinkPending)),
  )
}

function updateInspect() {
  const out = document.getElementById('inspect-output')!
  const r = inspectSessionFrom(url.inspect)
  if (!r.text) return out.replaceChildren(h('p', { class: 'hint' }, t.inspectEmpty))
  const list = h('ul', { class: 'issues', id: 'inspect-issues' }, r.issues.map(issueItem))
  if (r.kfLink) return out.replaceChildren(...kfLinkView(r.kfLink, r.kfMeasure), list)
  if (r.isLink) return out.replaceChildren(r.link ? webLinkTable(r.link) : list)
  if (!r.fields || !r.measure) return out.replaceChildren(list)
  const fields = r.fields
  const measure = r.measure
  const keys = Object.keys(fields) as (keyof typeof fields)[]
  const table = h(
    'table',
    { class: 'decoded', id: 'decoded' },
    h('caption', {}, t.decoded),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t.field), h('th', { scope: 'col' }, t.value), h('th', { scope: 'col' }, t.bytes))),
    h('tbody', {}, keys.map((k) => h('tr', { 'data-field': k }, h('th', { scope: 'row' }, h('code', {}, k)), h('td', {}, h('code', { class: 'value' }, typeof fields[k] === 'string' ? (fields[k] as string) : JSON.stringify(fields[k]))), h('td', {}, String(measure.fields[k]))))),
  )
  const errors = r.issues.filter((i) => i.severity === 'error').length
  const edit = h('button', { type: 'button', id: 'inspect-edit', disabled: errors > 0, onclick: () => ((url.form = stateFromSession(fields)), (url.tab = 'build'), render()) }, t.openInBuild)
  out.replaceChildren(h('p', { class: 'hint', id: 'pasted-bytes' }, format(t.pastedBytes, { n: r.bytes })), table, renderBar(measure, t, 'inspect-bytes'), list, edit)
}

/** A web link's parts, as core's `parseSobotWebLink` read them. */
function webLinkTable(link: ParsedSobotWebLink) {
  const rows: [string, string][] = [
    ['base', link.base],
    ['sysnum', link.sysnum],
  ]
  if (link.channelid !== undefined) rows.push(['channelid', link.channelid])
  const session = link.session as Record<string, unknown>
  for (const field of Object.keys(session)) rows.push([field, typeof session[field] === 'string' ? (session[field] as string) : JSON.stringify(session[field])])
  for (const name of Object.keys(link.extra)) rows.push([name, link.extra[name] as string])
  return h(
    'table',
    { class: 'decoded', id: 'decoded-link' },
    h('caption', {}, t.decodedLink),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t.field), h('th', { scope: 'col' }, t.value))),
    h('tbody', {}, rows.map(([k, v]) => h('tr', { 'data-field': k }, h('th', { scope: 'row' }, h('code', {}, k)), h('td', {}, h('code', { class: 'value' }, v))))),
  )
}

/** A 微信客服 link's parts and its `scene_param`'s fields with their bytes, as core's `parseKfLink` read them, and the 128-byte bar. */
function kfLinkView(link: ParsedKfLink, measure: KfSceneParamMeasure | undefined) {
  const param = link.sceneParam
  const rows: [string, string, string][] = [
    ['base', link.base, ''],
    ['kfid', link.kfid, ''],
  ]
  if (link.encScene !== undefined) rows.push(['enc_scene', link.encScene, ''])
  if (link.legacy) rows.push(['encScene', '', ''])
  const fields = (param ? param.fields : {}) as Record<string, string>
  for (const name of Object.keys(fields)) rows.push([name, fields[name] as string, String((param!.fieldBytes as Record<string, number>)[name])])
  for (const name of Object.keys(link.extra)) rows.push([name, link.extra[name] as string, ''])
  const table = h(
    'table',
    { class: 'decoded', id: 'decoded-kf-link' },
    h('caption', {}, t.decodedKfLink),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t.field), h('th', { scope: 'col' }, t.value), h('th', { scope: 'col' }, t.jsonBytes))),
    h('tbody', {}, rows.map(([k, v, n]) => h('tr', { 'data-field': k }, h('th', { scope: 'row' }, h('code', {}, k)), h('td', {}, h('code', { class: 'value' }, v)), h('td', {}, n)))),
  )
  return measure ? [table, renderKfBar(measure, t, 'inspect-kf-bytes')] : [table, h('p', { class: 'hint', id: 'kf-no-param' }, t.kfNoParam)]
}

// ---------- error reference ----------

function errorsPanel() {
  return h(
    'section',
    { class: 'errors' },
    h('p', {}, t.errorsIntro),
    h('nav', { 'aria-label': t.tabErrors }, h('ul', { class: 'code-index' }, ERROR_CODES.map((c) => h('li', {}, h('a', { href: '#code-' + c, onclick: (e: Event) => (e.preventDefault(), showCode(c)) }, c))))),
    ERROR_REFERENCE.map((e) =>
      h(
        'article',
        { class: 'error-entry ' + e.severity, id: 'code-' + e.code, tabindex: -1, 'data-code': e.code },
        h('h2', {}, h('code', {}, e.code), ' ', h('span', { class: 'badge' }, e.severity === 'error' ? t.severityError : t.severityWarning)),
        h('p', { class: 'where' }, inlineText(e.where[url.lang])),
        h('dl', {}, h('dt', {}, t.meaning), h('dd', { class: 'meaning' }, inlineText(e.meaning[url.lang])), h('dt', {}, t.fix), h('dd', { class: 'fix' }, inlineText(e.fix[url.lang]))),
      ),
    ),
  )
}

/** The docs' prose as nodes: text, and `<code>` for what they write in backticks (never parsed as HTML). */
function inlineText(text: InlineText) {
  return text.map((part) => (typeof part === 'string' ? part : h('code', {}, part.code)))
}

function showCode(code: string) {
  url.code = code
  saveUrl()
  const el = document.getElementById('code-' + code)
  if (el) {
    el.scrollIntoView()
    el.focus()
  }
}

// ---------- page ----------

function render(focusId?: string) {
  t = messages(url.lang)
  document.documentElement.lang = url.lang === 'zh' ? 'zh-CN' : 'en'
  document.title = `${t.title} · sobot-contact`
  const active = focusId || (document.activeElement && document.activeElement.id) || ''
  const tabs: [Tab, string][] = [
    ['build', t.tabBuild],
    ['inspect', t.tabInspect],
    ['errors', t.tabErrors],
  ]
  const shareStatus = h('span', { class: 'copy-status', role: 'status', 'aria-live': 'polite' })
  root.replaceChildren(
    h(
      'header',
      {},
      h('div', { class: 'heading' }, h('h1', {}, t.title), h('p', { class: 'subtitle' }, t.subtitle)),
      h(
        'div',
        { class: 'header-actions' },
        h('button', { type: 'button', id: 'share', title: t.shareHint, onclick: () => void copyText(location.href, shareStatus) }, t.share),
        shareStatus,
        h('a', { id: 'lang', href: linkTo({ lang: url.lang === 'zh' ? 'en' : 'zh' }), lang: url.lang === 'zh' ? 'en' : 'zh', 'aria-label': t.switchLangLabel }, t.switchLang),
      ),
    ),
    h('nav', { class: 'tabs', 'aria-label': t.title }, tabs.map(([tab, name]) => h('a', { id: 'tab-' + tab, href: linkTo({ tab }), 'aria-current': url.tab === tab ? 'page' : null }, name))),
    h(
      'main',
      { id: 'panel-' + url.tab },
      url.tab === 'build' ? h('div', { class: 'build' }, buildForm(), resultPanel()) : url.tab === 'inspect' ? inspectPanel() : errorsPanel(),
    ),
  )
  update()
  const target = active && document.getElementById(active)
  if (target) target.focus()
  if (url.tab === 'errors' && url.code) showCode(url.code)
}

function update() {
  if (url.tab === 'build') updateBuild()
  if (url.tab === 'inspect') updateInspect()
  saveUrl()
}

window.addEventListener('hashchange', () => {
  url = readUrlState(location.hash, sampleState)
  window.scrollTo(0, 0) // before render: on the Errors tab, render scrolls to the linked code
  render()
})
render()
