import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { attrsOf, findAll, startMiniProgram, textOf, type MiniProgramOptions, type RenderedNode } from 'sobot-contact-test-kit/miniprogram'
import { beforeAll, expect, test } from 'vitest'
import { packedCore } from './packedCore'

/** The card both fixture pages pass next to the session in src/session.json. */
const CARD = { title: 'Order A-1001', path: 'pages/index/index?id=A-1001' }
/** A Sobot chat link the chat page's guard allows (https, a Sobot host, a sysnum). */
const CHAT_LINK = 'https://chat.sobot.com/chat/h5/v6/index.html?sysnum=packed'

/** One build of a fixture app, as {@link renderChecks} renders it. */
export interface RenderedBuild {
  /** "production build", "dev build": names the tests. */
  name: string
  /** The app's folder (its packed core and src/session.json). */
  dir: string
  /** The build's output folder. */
  root: string
  miniProgram: MiniProgramOptions
  /** False when the build did not finish: nothing is rendered and the tests fail. */
  built: () => boolean
  /** The fixture's chat page (`<SobotChatWebView />`), when it has one. */
  chatPage?: string
}

/**
 * Registers the tests that WeChat's WXML compiler, in miniprogram-simulate, renders the build's
 * index page with one contact button whose attributes the app's packed core computes for the same
 * input, and (with `chatPage`) the chat page opened with an allowed link as a `<web-view>` loading it.
 *
 * @example
 * renderChecks({ name: 'dev build', dir, root: join(dir, 'dist-dev'), miniProgram: {}, built: () => dev.ready, chatPage: 'pages/sobot-chat/index' })
 */
export function renderChecks(build: RenderedBuild) {
  let buttons: RenderedNode[] = []
  let webViews: RenderedNode[] = []
  beforeAll(async () => {
    if (!build.built()) return
    const mp = startMiniProgram(build.root, build.miniProgram)
    buttons = findAll((await mp.openPage('pages/index/index')).toJSON(), 'wx-button')
    if (build.chatPage) webViews = findAll((await mp.openPage(build.chatPage, { url: CHAT_LINK })).toJSON(), 'wx-web-view')
  })

  test(`WeChat renders the ${build.name}'s contact button with the session-from and card the packed core computes`, () => {
    expect(buttons).toHaveLength(1)
    const button = buttons[0] as RenderedNode
    const core = packedCore(build.dir)
    const session = JSON.parse(readFileSync(join(build.dir, 'src/session.json'), 'utf8'))
    const expected = core.getContactButtonProps({ session, card: CARD })
    const a = attrsOf(button)
    expect(a.openType).toBe('contact')
    expect(a.sessionFrom).toBe(expected.sessionFrom)
    expect(core.decodeSessionFrom(a.sessionFrom as string).partnerId).toBe('user-42')
    expect(a.showMessageCard).toBe(true)
    expect(a.sendMessageTitle).toBe(expected.sendMessageTitle)
    expect(a.sendMessagePath).toBe(expected.sendMessagePath)
    expect(textOf(button).trim()).toBe('联系客服')
  })

  if (build.chatPage) {
    test(`WeChat renders the ${build.name}'s chat page, opened with an allowed link, as one <web-view> loading it`, () => {
      expect(packedCore(build.dir).checkWebViewUrl({ fromQuery: CHAT_LINK }).url).toBe(CHAT_LINK)
      expect(webViews).toHaveLength(1)
      expect(attrsOf(webViews[0] as RenderedNode).src).toBe(CHAT_LINK)
    })
  }
}
