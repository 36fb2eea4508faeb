/**
 * `@sobot-contact/core/agent`: helpers for the page you host inside Sobot's agent workbench
 * (工作台 iframe docking), to send the visitor a mini-program card (`msgType: 26`).
 * Browser-only; every function takes its window / URL as a parameter with a sensible default.
 *
 * @packageDocumentation
 */
import { createError, issue, shown, throwIssues, type SobotContactIssue } from './errors'
import { isPagePath } from './isPagePath'

export { SobotContactError } from './errors'
export type { SobotContactErrorCode, SobotContactIssue } from './errors'

/** The parameters Sobot puts in the docking page's URL (`cid`, `uid` always; the rest when known). */
export interface DockingContext {
  /** Conversation id. */
  cid: string
  /** Visitor id. */
  uid: string
  partnerId?: string
  email?: string
  sign?: string
  timestamp?: string
  createChatTime?: string
  params?: string
  groupId?: string
  groupName?: string
}

const OPTIONAL_DOCKING = ['partnerId', 'email', 'sign', 'timestamp', 'createChatTime', 'params', 'groupId', 'groupName'] as const

function currentHref(): string {
  const loc = (globalThis as { location?: { href?: string } }).location
  return (loc && loc.href) || ''
}

/**
 * Reads the docking context from the iframe's URL.
 *
 * @param url - The page URL; defaults to `location.href`.
 * @throws SobotContactError `MISSING_DOCKING_PARAM` (path `cid` or `uid`) when the page was not
 *   opened by the workbench.
 * @example
 * const { cid, uid } = readDockingContext() // inside the workbench iframe
 */
export function readDockingContext(url: string | URL = currentHref()): DockingContext {
  let search: URLSearchParams
  try {
    search = new URL(String(url)).searchParams
  } catch {
    search = new URLSearchParams(String(url).split('?')[1] || '')
  }
  const issues: SobotContactIssue[] = []
  const need = (key: 'cid' | 'uid') => {
    const v = search.get(key)
    if (!v) {
      issues.push(
        issue('MISSING_DOCKING_PARAM', key, process.env.NODE_ENV !== 'production' ? `is missing from the page URL; open this page from Sobot's agent workbench (iframe docking), which adds ?cid=…&uid=…` : ''),
      )
    }
    // Stryker disable next-line StringLiteral: a missing id throws below (throwIssues) before this value is used
    return v || ''
  }
  const context: DockingContext = { cid: need('cid'), uid: need('uid') }
  throwIssues(issues)
  for (const key of OPTIONAL_DOCKING) {
    const v = search.get(key)
    if (v !== null) context[key] = v
  }
  return context
}

/** The mini-program card, as Sobot's workbench takes it (mirrors WeChat's `miniprogrampage` message). */
export interface MiniPage {
  /** Card title. Required. */
  title: string
  /** Page to open, e.g. `pages/product/index?id=42`. Required. */
  pagepath: string
  /** Cover image's WeChat media id (`thumb_media_id`), uploaded beforehand. Required. */
  thumbMediaId: string
  /** Mini-program avatar shown in the workbench (http(s)). */
  headimg?: string
  /** Mini-program name shown in the workbench. */
  name?: string
  /** Cover image URL shown in the workbench (http(s)). */
  thumbUrl?: string
}

/** The message posted to the workbench. */
export interface MiniPageMessage {
  cid: string
  uid: string
  msgType: 26
  miniPage: MiniPage
}

/** What {@link buildMiniPageMessage} takes. */
export interface MiniPageMessageInput {
  cid: string
  uid: string
  miniPage: MiniPage
}

const HTTP = /^https?:\/\/[^\s/]+\S*$/i

/**
 * Checks a card message and reports every problem (`MISSING_DOCKING_PARAM` for `cid`/`uid`,
 * `INVALID_MINI_PAGE` for the card).
 */
export function validateMiniPageMessage(input: MiniPageMessageInput): SobotContactIssue[] {
  const issues: SobotContactIssue[] = []
  const i = (input || {}) as unknown as Record<string, unknown>
  for (const key of ['cid', 'uid'] as const) {
    if (typeof i[key] !== 'string' || !i[key]) {
      issues.push(issue('MISSING_DOCKING_PARAM', key, process.env.NODE_ENV !== 'production' ? 'is required: take it from readDockingContext() or the latest "selected" message' : ''))
    }
  }
  const page = i.miniPage as Record<string, unknown> | undefined
  if (!page || typeof page !== 'object') {
    issues.push(issue('INVALID_MINI_PAGE', 'miniPage', process.env.NODE_ENV !== 'production' ? 'is required: { title, pagepath, thumbMediaId, headimg?, name?, thumbUrl? }' : ''))
    return issues
  }
  const bad = (key: string, message: string) => issues.push(issue('INVALID_MINI_PAGE', 'miniPage.' + key, message))
  const str = (key: string) => typeof page[key] === 'string' && (page[key] as string).trim() !== ''
  for (const key of ['title', 'pagepath', 'thumbMediaId']) {
    if (!str(key)) {
      bad(
        key,
        process.env.NODE_ENV === 'production'
          ? ''
          : key === 'thumbMediaId'
            ? "is required: upload the cover with WeChat's media upload API and pass its media_id"
            : 'is required and must be a non-empty string',
      )
    }
  }
  if (str('pagepath') && !isPagePath(page.pagepath)) {
    bad('pagepath', process.env.NODE_ENV !== 'production' ? `must be a mini-program page path such as "pages/product/index?id=42", not a URL: got ${shown(page.pagepath)}` : '')
  }
  for (const key of ['headimg', 'thumbUrl']) {
    if (page[key] !== undefined && !(typeof page[key] === 'string' && HTTP.test(page[key] as string))) {
      bad(key, process.env.NODE_ENV !== 'production' ? `must be an http(s) URL, got ${shown(page[key])}` : '')
    }
  }
  if (page.name !== undefined && typeof page.name !== 'string') bad('name', process.env.NODE_ENV !== 'production' ? 'must be a string' : '')
  for (const key of Object.keys(page)) {
    if (['title', 'pagepath', 'thumbMediaId', 'headimg', 'name', 'thumbUrl'].indexOf(key) < 0) {
      issues.push(issue('UNKNOWN_FIELD', 'miniPage.' + key, process.env.NODE_ENV !== 'production' ? 'unknown field; use title, pagepath, thumbMediaId, headimg, name or thumbUrl' : ''))
    }
  }
  return issues
}

/**
 * Builds the `msgType: 26` message that makes the workbench send the visitor a mini-program card.
 *
 * @throws SobotContactError with the first problem (all in `issues`).
 * @example
 * const message = buildMiniPageMessage({ cid, uid, miniPage: { title: 'Blue mug', pagepath: 'pages/product/index?id=42', thumbMediaId } })
 */
export function buildMiniPageMessage(input: MiniPageMessageInput): MiniPageMessage {
  throwIssues(validateMiniPageMessage(input))
  const p = input.miniPage
  const miniPage: MiniPage = { title: p.title, pagepath: p.pagepath, thumbMediaId: p.thumbMediaId }
  if (p.headimg !== undefined) miniPage.headimg = p.headimg
  if (p.name !== undefined) miniPage.name = p.name
  if (p.thumbUrl !== undefined) miniPage.thumbUrl = p.thumbUrl
  return { cid: input.cid, uid: input.uid, msgType: 26, miniPage }
}

/** The part of `window` these helpers use. */
export interface AgentWindow {
  parent?: { postMessage(message: unknown, targetOrigin: string): void } | null
  location?: { ancestorOrigins?: ArrayLike<string>; origin?: string }
  document?: { referrer?: string }
  addEventListener?(type: 'message', listener: (event: MessageEvent) => void): void
  removeEventListener?(type: 'message', listener: (event: MessageEvent) => void): void
}

const defaultWindow = () => (globalThis as { window?: AgentWindow }).window

/**
 * The origin of the page that embeds this one (the workbench), from `location.ancestorOrigins`
 * or, where that does not exist, `document.referrer`. `null` when neither tells.
 *
 * **Production: pin the origin instead.** This is a convenience for trying things out: the
 * referrer can be missing (a `Referrer-Policy` of `no-referrer`, and not every browser has
 * `location.ancestorOrigins`) or name a page that has since navigated, and *any* site that frames
 * your page becomes "the workbench". Pass the workbench's origin from your configuration
 * (`sendMiniPageCard(message, { targetOrigin: 'https://www.sobot.com' })`,
 * `onVisitorSelected(listener, { origin: 'https://www.sobot.com' })`) so a card carrying
 * `cid`/`uid` never goes anywhere else.
 *
 * @param win - Defaults to the global `window`.
 * @returns The embedding page's origin (`https://host[:port]`), or `null` when it cannot be told.
 * @example
 * // development only; in production read the pinned origin from your configuration
 * const origin = config.workbenchOrigin || resolveWorkbenchOrigin() // e.g. 'https://www.sobot.com'
 * @see https://developer.mozilla.org/docs/Web/API/Window/postMessage#security_concerns
 */
export function resolveWorkbenchOrigin(win: AgentWindow | undefined = defaultWindow()): string | null {
  if (!win) return null
  const ancestors = win.location && win.location.ancestorOrigins
  if (ancestors && ancestors.length && ancestors[0] && ancestors[0] !== 'null') return ancestors[0]
  const referrer = win.document && win.document.referrer
  if (referrer) {
    try {
      return new URL(referrer).origin
    } catch {
      return null
    }
  }
  return null
}

/** Options of {@link sendMiniPageCard}. */
export interface SendMiniPageCardOptions {
  /** Where to post; defaults to `window.parent`. */
  target?: { postMessage(message: unknown, targetOrigin: string): void }
  /**
   * The workbench's origin, e.g. `https://www.sobot.com` (scheme, host and port; no path, no
   * trailing `/`). Pin it in production. Default: derived with {@link resolveWorkbenchOrigin}.
   * A URL with a path is refused (`INVALID_TARGET_ORIGIN`, with the origin to use): normalize it
   * yourself with `new URL(url).origin`. `'*'` is refused unless `allowAnyOrigin` is `true`.
   */
  targetOrigin?: string
  /**
   * Allow `targetOrigin: '*'`, which hands `cid`/`uid` to whatever page embeds this one (Sobot's
   * own example does that). Only for a page that can never be framed by anyone else.
   * @default false
   */
  allowAnyOrigin?: boolean
  /** The window to derive the origin from; defaults to the global `window`. */
  window?: AgentWindow
}

/** @internal An explicit origin must be `https://host[:port]` (or `'*'` where `any` allows it). */
function checkOrigin(origin: unknown, path: string, any: boolean): void {
  if (origin === '*') {
    if (any) return
    throw createError(
      'INVALID_TARGET_ORIGIN',
      path,
      process.env.NODE_ENV !== 'production'
        ? `"*" would hand cid/uid to any page that embeds this one; pass the workbench's origin, e.g. "https://www.sobot.com"` +
            (path === 'targetOrigin' ? ', or set { allowAnyOrigin: true } if you really mean any page' : '')
        : '',
    )
  }
  let parsed: string | undefined
  try {
    parsed = new URL(String(origin)).origin
  } catch {
    parsed = undefined
  }
  if (typeof origin !== 'string' || parsed !== origin || parsed === 'null') {
    throw createError(
      'INVALID_TARGET_ORIGIN',
      path,
      process.env.NODE_ENV !== 'production'
        ? `must be an origin such as "https://www.sobot.com" (scheme, host and port only, no path or trailing "/"), got ${shown(origin)}` +
            (parsed && parsed !== 'null' ? `; did you mean "${parsed}"? (new URL(url).origin)` : '')
        : '',
    )
  }
}

/**
 * Posts a card message to the workbench, only to the workbench's origin.
 *
 * @param message - From {@link buildMiniPageMessage} (validated again here).
 * @param options - `targetOrigin` (pin it in production), `allowAnyOrigin`, `target`, `window`.
 * @throws SobotContactError, posting nothing: `MISSING_DOCKING_PARAM` (path `cid`/`uid`) when
 *   there is no visitor yet; `INVALID_MINI_PAGE` / `UNKNOWN_FIELD` for the card;
 *   `INVALID_TARGET_ORIGIN` for a `targetOrigin` that is not an origin, or `'*'` without
 *   `allowAnyOrigin`; `NO_WORKBENCH_WINDOW` when there is no window to post to (the page is not
 *   inside the workbench's iframe and no `target` was given); `MISSING_TARGET_ORIGIN` when the
 *   origin is neither given nor derivable.
 * @example
 * sendMiniPageCard(message, { targetOrigin: 'https://www.sobot.com' })
 */
export function sendMiniPageCard(message: MiniPageMessage, options: SendMiniPageCardOptions = {}): void {
  const checked = buildMiniPageMessage(message)
  if (options.targetOrigin !== undefined) checkOrigin(options.targetOrigin, 'targetOrigin', options.allowAnyOrigin === true)
  const win = options.window || defaultWindow()
  const parent = win && win.parent && (win.parent as unknown) !== (win as unknown) ? win.parent : undefined
  const target = options.target || parent
  if (!target) {
    throw createError(
      'NO_WORKBENCH_WINDOW',
      'target',
      process.env.NODE_ENV !== 'production' ? "this page is not inside an iframe, so there is no workbench to post to; open it from Sobot's agent workbench (iframe docking) or pass { target }" : '',
    )
  }
  const origin = options.targetOrigin || resolveWorkbenchOrigin(win)
  if (!origin) {
    throw createError(
      'MISSING_TARGET_ORIGIN',
      'targetOrigin',
      process.env.NODE_ENV !== 'production' ? "cannot tell the workbench's origin; pass { targetOrigin: 'https://…' } (the workbench's address)" : '',
    )
  }
  target.postMessage(checked, origin)
}

/** The visitor the agent switched to, from Sobot's `{ name: "selected", … }` message. */
export interface SelectedVisitor {
  cid?: string
  uid?: string
  [key: string]: unknown
}

/** Options of {@link onVisitorSelected}. */
export interface OnVisitorSelectedOptions {
  /** The window to listen on (this page's own window). @default the global `window` */
  source?: AgentWindow
  /**
   * Accept messages only from this origin (`https://host[:port]`; pin it in production).
   * Default: the workbench origin derived with {@link resolveWorkbenchOrigin}, when known.
   * `'*'` accepts any origin (the `event.source` check still applies). Anything else that is not
   * an origin throws `INVALID_TARGET_ORIGIN` (path `origin`).
   */
  origin?: string
  /**
   * Drop the `event.source === window.parent` check (only for a workbench that relays through
   * another frame). The origin check still applies.
   * @default false
   */
  fromAnyWindow?: boolean
}

/**
 * Calls `listener` whenever the agent selects another visitor in the workbench, so the next card
 * goes to the right conversation.
 *
 * By default only messages posted by the embedding window (`event.source === window.parent`, the
 * workbench) are accepted, and, when the workbench's origin is known, only from that origin: no
 * other frame or tab can switch the visitor your cards go to. A page that is not inside an iframe
 * has no workbench, so it accepts nothing (unless `fromAnyWindow`).
 *
 * @param listener - Receives the message's data (with `cid`/`uid` as strings when Sobot sends them) and the event.
 * @param options - See {@link OnVisitorSelectedOptions}: `source`, `origin`, `fromAnyWindow`.
 * @returns A function that stops listening.
 * @throws SobotContactError `INVALID_TARGET_ORIGIN` (path `origin`) for an `origin` that is not an origin.
 * @example
 * const stop = onVisitorSelected(({ cid, uid }) => { context = { ...context, cid, uid } }, { origin: 'https://www.sobot.com' })
 */
export function onVisitorSelected(
  listener: (visitor: SelectedVisitor, event: MessageEvent) => void,
  options: OnVisitorSelectedOptions = {},
): () => void {
  if (options.origin !== undefined) checkOrigin(options.origin, 'origin', true)
  const win = options.source || defaultWindow()
  if (!win || !win.addEventListener) return () => undefined
  const origin = options.origin || resolveWorkbenchOrigin(win)
  const handler = (event: MessageEvent) => {
    if (!options.fromAnyWindow) {
      const parent = win.parent as unknown
      // Top level (no parent, or parent is this window): there is no workbench to listen to.
      if (!parent || parent === win || (event.source as unknown) !== parent) return
    }
    if (origin && origin !== '*' && event.origin !== origin) return
    let data: unknown = event.data
    if (typeof data === 'string') {
      try {
        data = JSON.parse(data)
      } catch {
        return
      }
    }
    if (data && typeof data === 'object' && (data as { name?: unknown }).name === 'selected') {
      const visitor = { ...(data as Record<string, unknown>) } as SelectedVisitor
      for (const key of ['cid', 'uid'] as const) {
        const v = visitor[key]
        if (typeof v === 'number') visitor[key] = String(v)
      }
      listener(visitor, event)
    }
  }
  win.addEventListener('message', handler)
  return () => win.removeEventListener && win.removeEventListener('message', handler)
}
