import {
  buildMiniPageMessage,
  onVisitorSelected,
  readDockingContext,
  sendMiniPageCard,
  SobotContactError,
  validateMiniPageMessage,
  type AgentWindow,
  type DockingContext,
  type SobotContactIssue,
} from '@sobot-contact/core/agent'
import { workbenchOrigin } from './config'
import { coverUrl, miniPageFor, PRODUCTS, type Product } from './products'
import { fetchThumbMedia, findSobotServer, type SobotServer } from './thumbMedia'
import './style.css'

/** Builds an element; text only (cid/uid come from the URL, so nothing goes through innerHTML). */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value)
  node.append(...children)
  return node
}

/** Core's issues and the server's errors share the shape `{ code, path, message }`. */
function issueList(issues: ReadonlyArray<Pick<SobotContactIssue, 'path' | 'message'> & { code: string }>): HTMLUListElement {
  return el(
    'ul',
    { class: 'issues' },
    ...issues.map((i) => el('li', { 'data-code': i.code }, el('code', {}, i.code), ' ', el('code', {}, i.path || '(value)'), ' ', i.message)),
  )
}

function explain(root: HTMLElement, title: string, body: string, issues: readonly SobotContactIssue[]): void {
  root.replaceChildren(
    el(
      'section',
      { id: 'explanation', class: 'explanation' },
      el('h1', {}, title),
      el('p', {}, body),
      ...(issues.length ? [issueList(issues)] : []),
      el(
        'p',
        { class: 'hint' },
        'To try it locally, run ',
        el('code', {}, 'pnpm --filter agent-card-demo workbench'),
        ' and open the test workbench it prints.',
      ),
    ),
  )
}

function start(root: HTMLElement, server: SobotServer): void {
  const win = window as unknown as AgentWindow
  let context: DockingContext
  try {
    context = readDockingContext(location.href)
  } catch (error) {
    if (!(error instanceof SobotContactError)) throw error
    explain(
      root,
      'Open this page from Sobot’s agent workbench',
      'This page sends mini-program cards to the visitor an agent is talking to. Sobot’s workbench (工作台) embeds it as an iframe and adds ?cid=…&uid=… to its URL; without them there is no visitor to send to.',
      error.issues,
    )
    return
  }
  if (window.parent === window) {
    explain(
      root,
      'Not inside the workbench',
      'This page has a visitor in its URL but is not embedded in Sobot’s agent workbench, so there is no workbench to post cards to. Add it to the workbench as an iframe docking page (iFrame 对接).',
      [],
    )
    return
  }

  const target = workbenchOrigin(location.href, win, import.meta.env.VITE_WORKBENCH_ORIGIN)
  const visitor = el('p', { id: 'visitor', class: 'visitor' })
  const status = el('div', { id: 'status', role: 'status', 'aria-live': 'polite' })
  const showVisitor = () => {
    visitor.replaceChildren('Visitor ', el('strong', { 'data-field': 'uid' }, context.uid), ' · conversation ', el('strong', { 'data-field': 'cid' }, context.cid))
  }
  showVisitor()

  const originLine = el(
    'p',
    { id: 'origin', class: 'origin' },
    'Cards go to ',
    el('code', {}, target.origin ?? '(unknown)'),
    ` (${{ build: 'VITE_WORKBENCH_ORIGIN', query: '?workbenchOrigin=', derived: 'the embedding page', none: 'not configured' }[target.source]})`,
  )
  const warnings: HTMLElement[] = []
  if (target.origin && target.embedder && target.origin !== target.embedder) {
    warnings.push(
      el('p', { id: 'origin-warning', class: 'warning' }, `This page is embedded by ${target.embedder}, not by ${target.origin}: the browser will not deliver cards to it.`),
    )
  }

  const send = async (product: Product) => {
    const fail = (code: string, path: string, message: string) => {
      status.className = 'error'
      status.replaceChildren(el('p', {}, `Not sent: “${product.title}”`), issueList([{ code, path, message }]))
    }
    // The cover's media_id comes from your server (it lives 3 days, so it is never stored here).
    if (server.url === null) return fail('NO_SOBOT_SERVER', 'sobotServerUrl', `No server for the cover's media_id: ${server.reason}.`)
    status.className = 'pending'
    status.replaceChildren(el('p', {}, `Getting the cover of “${product.title}” from your server…`))
    const media = await fetchThumbMedia(server.url, coverUrl(product, location.href))
    if (!media.ok) return fail(media.code, 'thumbMediaId', media.message)
    const input = { cid: context.cid, uid: context.uid, miniPage: miniPageFor(product, media.mediaId, location.href) }
    const issues = validateMiniPageMessage(input)
    if (issues.length) {
      status.className = 'error'
      status.replaceChildren(el('p', {}, `Not sent: “${product.title}”`), issueList(issues))
      return
    }
    try {
      const message = buildMiniPageMessage(input)
      // A known origin only; with none, core gets an empty window so it reports MISSING_TARGET_ORIGIN.
      sendMiniPageCard(message, target.origin ? { targetOrigin: target.origin } : { window: {}, target: window.parent })
      status.className = 'sent'
      status.replaceChildren(el('p', {}, `Sent “${product.title}” to visitor ${message.uid} (conversation ${message.cid}).`))
    } catch (error) {
      if (!(error instanceof SobotContactError)) throw error
      status.className = 'error'
      status.replaceChildren(
        el('p', {}, `Not sent: “${product.title}”`),
        issueList(error.issues),
      )
    }
  }

  const list = el(
    'ul',
    { id: 'products', class: 'products' },
    ...PRODUCTS.map((product) => {
      const button = el('button', { type: 'button', 'data-product': product.id }, 'Send card')
      button.addEventListener('click', () => void send(product))
      return el(
        'li',
        {},
        el('span', { class: 'swatch', style: `background:${product.color}` }),
        el('span', { class: 'title' }, product.title, el('small', {}, `${product.price} · ${miniPageFor(product, '', location.href).pagepath}`)),
        button,
      )
    }),
  )

  onVisitorSelected(
    // core accepts it only from the embedding window (the workbench) and, when known, its origin.
    (selected) => {
      const next: DockingContext = { ...context }
      if (typeof selected.cid === 'string' && selected.cid) next.cid = selected.cid
      if (typeof selected.uid === 'string' && selected.uid) next.uid = selected.uid
      context = next
      showVisitor()
      status.className = ''
      status.replaceChildren(el('p', {}, `Now talking to visitor ${context.uid}.`))
    },
    target.origin ? { origin: target.origin } : {},
  )

  root.replaceChildren(el('h1', {}, 'Send a mini-program card'), visitor, originLine, ...warnings, list, status)
}

const root = document.getElementById('app')
if (root) void findSobotServer(import.meta.env.VITE_SOBOT_SERVER_URL, location.href).then((server) => start(root, server))
