// core's controller with a fake platform (Floating UI's model): the framework's functions are
// recorded stand-ins here; the Taro and uni-app suites run the same controller with their real ones.
import { describe, expect, it } from 'vitest'
import {
  browserLinkOpener,
  createContactController,
  resolveContactChannel,
  readWeChatClient,
  takeHandedOverChat,
  type ContactControllerPlatform,
  type SobotContactError,
} from '../src/index'

const LINK = 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=demo0000&channelid=1'
const PAGE = '/pages/sobot-chat/index'

function fakePlatform(target: string, client?: string) {
  const log: string[] = []
  const opened: [string, unknown][] = []
  const win = { open: (url: string, t: string) => opened.push([url, t]), location: { assign: (url: string) => opened.push([url, 'same-tab']) } }
  let clientReads = 0
  const platform: ContactControllerPlatform = {
    target,
    table: resolveContactChannel,
    navigateTo: ({ url }) => {
      log.push('navigate ' + url)
      return Promise.resolve()
    },
    client: () => {
      clientReads++
      return client
    },
    openLink: target === 'h5' ? browserLinkOpener(win) : undefined,
  }
  const errors: SobotContactError[] = []
  const controller = createContactController(platform, { onError: (e) => errors.push(e) })
  return { controller, log, opened, errors, clientReads: () => clientReads }
}

describe('createContactController', () => {
  it('on a phone: the native button with core’s attributes; a tap runs only the user’s handler', () => {
    const { controller, log, errors } = fakePlatform('weapp', 'ios')
    const view = controller.view({ session: { nickname: 'Tom' } }, { webLink: LINK, chatPage: PAGE })
    expect(view.props).toEqual({ openType: 'contact', sessionFrom: 'sobot|Tom|||' })
    expect(view.channel).toEqual({ kind: 'native-button' })
    controller.tap('tap-event', (e) => log.push('user ' + e))
    expect(log).toEqual(['user tap-event'])
    controller.report(view)
    expect(errors).toEqual([])
  })

  it('on HarmonyOS with a link and chat page: a plain button; a tap runs the user’s handler, hands the chat over, navigates', () => {
    const { controller, log } = fakePlatform('weapp', 'ohos')
    const session = { nickname: 'Tom' }
    const view = controller.view({ session }, { webLink: LINK, chatPage: PAGE })
    expect(view.props).toEqual({})
    expect(view.channel).toEqual({ kind: 'open-chat-page', page: PAGE })
    controller.tap(undefined, () => log.push('user'))
    expect(log).toEqual(['user', 'navigate ' + PAGE])
    expect(takeHandedOverChat()).toEqual({ session, card: undefined, webLink: LINK })
  })

  it('on HarmonyOS without a link: the native button stays and MISSING_WEB_LINK is reported once', () => {
    const { controller, errors } = fakePlatform('mp-weixin', 'harmonyos')
    for (let i = 0; i < 3; i++) controller.report(controller.view({ session: { nickname: 'Tom' } }, {}))
    const view = controller.view({ session: { nickname: 'Tom' } }, {})
    expect(view.props.openType).toBe('contact')
    expect(errors.map((e) => [e.code, e.path])).toEqual([['MISSING_WEB_LINK', 'webLink']])
    expect(errors[0]!.message).toContain('WeChat for HarmonyOS')
  })

  it('reads the WeChat client once, and only on a WeChat build', () => {
    const weapp = fakePlatform('weapp', 'windows')
    weapp.controller.view({}, { webLink: LINK, chatPage: PAGE })
    weapp.controller.view({}, { chatPage: PAGE })
    expect(weapp.clientReads()).toBe(1)
    const alipay = fakePlatform('alipay', 'windows')
    expect(alipay.controller.view({}, { webLink: LINK, chatPage: PAGE }).channel).toEqual({ kind: 'open-chat-page', page: PAGE })
    expect(alipay.clientReads()).toBe(0)
  })

  it('encodes the session again only when its content changes', () => {
    const { controller } = fakePlatform('weapp', 'ios')
    const a = controller.view({ session: { nickname: 'Tom' } }, { webLink: LINK })
    expect(controller.view({ session: { nickname: 'Tom' } }, { webLink: LINK }).props).toBe(a.props)
    expect(controller.view({ session: { nickname: 'Ann' } }, { webLink: LINK }).props).not.toBe(a.props)
  })

  it('H5: a bad session still opens the link (its valid fields) on every tap, and the error is reported once', () => {
    const { controller, opened, errors } = fakePlatform('h5')
    const view = controller.view({ session: { nickname: 'Tom', partnerId: 'a|b' } }, { webLink: LINK, openLinkIn: 'new-tab' })
    controller.report(view)
    expect(errors).toEqual([])
    controller.tap(undefined)
    controller.tap(undefined)
    expect(opened).toEqual([
      [LINK + '&uname=Tom', '_blank'],
      [LINK + '&uname=Tom', '_blank'],
    ])
    expect(errors.map((e) => e.code)).toEqual(['SEPARATOR_IN_ID'])
  })

  it('H5: a bad link opens nothing and says so; same-tab is the default', () => {
    const { controller, opened, errors } = fakePlatform('h5')
    controller.view({}, { webLink: 'http://chat.sobot.com/chat/h5/v2/index.html?sysnum=abc' })
    controller.tap(undefined)
    expect([opened, errors.map((e) => e.code)]).toEqual([[], ['INVALID_WEB_LINK']])
    controller.view({}, { webLink: LINK })
    controller.tap(undefined)
    expect(opened).toEqual([[LINK, 'same-tab']])
  })

  it('H5 without a link: nothing opens, MISSING_WEB_LINK is reported, the user’s handler still runs', () => {
    const { controller, opened, errors, log } = fakePlatform('h5')
    controller.report(controller.view({}, {}))
    controller.tap(1, () => log.push('user'))
    expect([opened, log, errors.map((e) => e.code)]).toEqual([[], ['user'], ['MISSING_WEB_LINK']])
  })

  it('a user handler that throws still lets the chat open, and its error is not swallowed', () => {
    const { controller, log } = fakePlatform('weapp', 'windows')
    controller.view({}, { webLink: LINK, chatPage: PAGE })
    expect(() =>
      controller.tap(undefined, () => {
        throw new Error('user bug')
      }),
    ).toThrow('user bug')
    expect(log).toEqual(['navigate ' + PAGE])
    takeHandedOverChat()
  })

  it('contact: the card’s page, opened only when asked', () => {
    const { controller, log } = fakePlatform('weapp', 'ios')
    expect(controller.contact({ path: 'pages/p/index', query: { id: '1' } })).toMatchObject({ url: '/pages/p/index?id=1' })
    expect(log).toEqual([])
    controller.contact({ path: 'pages/p/index' }, true)
    expect(log).toEqual(['navigate /pages/p/index'])
  })
})

describe('readWeChatClient', () => {
  it('getDeviceInfo first, then the deprecated getSystemInfoSync; undefined when neither answers', () => {
    expect(readWeChatClient({ getDeviceInfo: () => ({ platform: 'ohos' }), getSystemInfoSync: () => ({ platform: 'ios' }) })).toBe('ohos')
    expect(readWeChatClient({ getSystemInfoSync: () => ({ platform: 'windows' }) })).toBe('windows')
    const old = () => {
      throw new Error('getDeviceInfo:fail not supported')
    }
    expect(readWeChatClient({ getDeviceInfo: old, getSystemInfoSync: () => ({ platform: 'mac' }) })).toBe('mac')
    expect(readWeChatClient({ getDeviceInfo: () => ({}) })).toBeUndefined()
    expect(readWeChatClient({})).toBeUndefined()
  })
})
