// core's controller with a fake platform (Floating UI's model): the framework's functions are
// recorded stand-ins here; the Taro and uni-app suites run the same controller with their real ones.
import { describe, expect, it } from 'vitest'
import {
  browserLinkOpener,
  createContactController,
  resolveContactChannel,
  resolveWeChatChannel,
  readWeChatClient,
  takeHandedOverChat,
  weComKf,
  plusKfOpener,
  type ContactChannel,
  type ContactControllerPlatform,
  type KfOpenRequest,
  type PlusShareLike,
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

  it('reads the client once (the wrappers give a reader only to builds where it matters), and the table decides what it means', () => {
    const weapp = fakePlatform('weapp', 'windows')
    weapp.controller.view({}, { webLink: LINK, chatPage: PAGE })
    weapp.controller.view({}, { chatPage: PAGE })
    expect(weapp.clientReads()).toBe(1)
    const alipay = fakePlatform('alipay', 'windows')
    expect(alipay.controller.view({}, { webLink: LINK, chatPage: PAGE }).channel).toEqual({ kind: 'open-chat-page', page: PAGE })
    expect(alipay.clientReads()).toBe(1)
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

describe('createContactController: 微信客服', () => {
  const KF_LINK = 'https://work.weixin.qq.com/kf/kfc0123456789abcdef?enc_scene=ENC1'
  // STAND-IN for WeChat's openCustomerServiceChat (WeChat's client does not exist here), as the
  // wrappers' weComKf pass it in `open`: it records the request and answers as told; 'none' is a base
  // library without it (calling it throws, as calling undefined does).
  function kfPlatform(client: string, answer: 'ok' | 'fail' | 'none') {
    const calls: unknown[] = []
    const log: string[] = []
    const errors: SobotContactError[] = []
    const open = (request: KfOpenRequest) => {
      if (answer === 'none') throw new TypeError('wx.openCustomerServiceChat is not a function')
      calls.push(request)
      if (answer === 'fail') request.fail({ errMsg: 'openCustomerServiceChat:fail not bind errCode:6' })
      else request.success({ errMsg: 'openCustomerServiceChat:ok' })
    }
    const controller = createContactController(
      {
        target: 'weapp',
        table: resolveContactChannel,
        navigateTo: ({ url }) => {
          log.push('navigate ' + url)
          return Promise.resolve()
        },
        client: () => client,
      },
      { onError: (e) => errors.push(e) },
    )
    return { controller, calls, log, errors, kf: weComKf({ link: KF_LINK, corpId: 'ww0123456789abcdef', open }), open }
  }

  it('on HarmonyOS a tap opens 微信客服 with the corpId, the visitor’s scene_param and the card, inside the tap', () => {
    const { controller, calls, log, kf } = kfPlatform('ohos', 'ok')
    const card = { title: 'Blue mug', path: 'pages/product/index?id=42' }
    const view = controller.view({ session: { nickname: '汤姆', partnerId: 'u-1' }, card }, { kf, webLink: LINK, chatPage: PAGE })
    expect(view.props).toEqual({})
    expect(view.channel).toEqual({ kind: 'open-kf', fallback: { kind: 'open-chat-page', page: PAGE } })
    controller.tap(undefined, () => log.push('user'))
    expect(log).toEqual(['user'])
    expect(calls).toHaveLength(1)
    const request = calls[0] as { extInfo: { url: string }; corpId: string; showMessageCard?: boolean; sendMessageTitle?: string; sendMessagePath?: string }
    expect(request.corpId).toBe('ww0123456789abcdef')
    expect([request.showMessageCard, request.sendMessageTitle, request.sendMessagePath]).toEqual([true, 'Blue mug', 'pages/product/index?id=42'])
    const param = new URL(request.extInfo.url).searchParams.get('scene_param')!
    expect(JSON.parse(Buffer.from(param, 'base64').toString('utf8'))).toEqual({ partnerid: 'u-1', uname: '汤姆' })
    expect(request.extInfo.url.startsWith(KF_LINK + '&scene_param=')).toBe(true)
  })

  it('a refused call (not bind) is reported once with what to do, and the chat page opens instead', () => {
    const { controller, log, errors, kf } = kfPlatform('windows', 'fail')
    controller.view({ session: { nickname: 'Tom' } }, { kf, webLink: LINK, chatPage: PAGE })
    controller.tap(undefined)
    controller.tap(undefined)
    expect(log).toEqual(['navigate ' + PAGE, 'navigate ' + PAGE])
    expect(errors.map((e) => [e.code, e.path])).toEqual([['KF_OPEN_FAILED', 'kf']])
    expect(errors[0]!.message).toContain('bind the WeCom account ww0123456789abcdef to this mini-program')
    takeHandedOverChat()
  })

  it('without openCustomerServiceChat (an old base library): reported, the chat page opens', () => {
    const { controller, log, errors, kf } = kfPlatform('ohos', 'none')
    controller.view({}, { kf, webLink: LINK, chatPage: PAGE })
    controller.tap(undefined)
    expect(log).toEqual(['navigate ' + PAGE])
    expect(errors[0]!.message).toContain('base library 2.19.0')
    takeHandedOverChat()
  })

  it("core's weComKf alone has no opener: reported (import the framework's), the fallback runs", () => {
    const { controller, log, errors } = kfPlatform('ohos', 'ok')
    controller.view({}, { kf: weComKf({ link: KF_LINK, corpId: 'ww1' }), webLink: LINK, chatPage: PAGE })
    controller.tap(undefined)
    expect([log, errors.map((e) => e.code)]).toEqual([['navigate ' + PAGE], ['KF_OPEN_FAILED']])
    expect(errors[0]!.message).toContain("import weComKf from your framework's package")
    takeHandedOverChat()
  })

  it('H5 inside WeChat’s browser: the link opens; when it cannot, the web link (the table’s channel) does', () => {
    const opened: string[] = []
    const links: string[] = []
    const errors: SobotContactError[] = []
    const controller = createContactController(
      { target: 'h5', table: resolveContactChannel, navigateTo: () => undefined, client: () => 'wechat-browser', openLink: (input, webLink) => (links.push(String(webLink)), { errors: [], warnings: [] }) },
      { onError: (e) => errors.push(e) },
    )
    const open = (request: KfOpenRequest) => opened.push(request.extInfo.url)
    controller.view({ session: { nickname: 'Tom' } }, { kf: weComKf({ link: KF_LINK, corpId: 'ww1', open }), webLink: LINK })
    controller.tap(undefined)
    expect([opened.length, links]).toEqual([1, []])
    controller.view({ session: { nickname: 'Tom' } }, { kf: weComKf({ link: 'https://example.com/kf', corpId: 'ww1', open }), webLink: LINK })
    controller.tap(undefined)
    expect([opened.length, links, errors.map((e) => e.code)]).toEqual([1, [LINK], ['INVALID_KF_LINK']])
  })

  it('a uni-app App: plusKfOpener as the opener, the chat page when the weixin service is missing', () => {
    const log: string[] = []
    const errors: SobotContactError[] = []
    const controller = createContactController(
      { target: 'app', table: resolveContactChannel, navigateTo: ({ url }) => void log.push('navigate ' + url.split('?')[0]) },
      { onError: (e) => errors.push(e) },
    )
    // STAND-IN for HTML5+'s plus (a device's native module): share lists no weixin service.
    const plus: PlusShareLike = { share: { getServices: (ok) => ok([{ id: 'qq' }]) } }
    controller.view({}, { kf: weComKf({ link: KF_LINK, corpId: 'ww1', open: plusKfOpener(plus) }), webLink: LINK, chatPage: PAGE })
    controller.tap(undefined)
    expect([log, errors.map((e) => e.code)]).toEqual([['navigate ' + PAGE], ['KF_OPEN_FAILED']])
    expect(errors[0]!.message).toContain('manifest.json')
    takeHandedOverChat()
  })

  it('a bad session still opens 微信客服 with its valid fields; a bad link opens the chat page; both reported', () => {
    const good = kfPlatform('ohos', 'ok')
    good.controller.view({ session: { nickname: 'Tom', partnerId: 'a|b' } }, { kf: good.kf, webLink: LINK, chatPage: PAGE })
    good.controller.tap(undefined)
    const url = (good.calls[0] as { extInfo: { url: string } }).extInfo.url
    expect(JSON.parse(Buffer.from(new URL(url).searchParams.get('scene_param')!, 'base64').toString('utf8'))).toEqual({ uname: 'Tom' })
    expect(good.errors.map((e) => e.code)).toEqual(['SEPARATOR_IN_ID'])
    const bad = kfPlatform('ohos', 'ok')
    bad.controller.view({}, { kf: weComKf({ link: 'http://work.weixin.qq.com/kf/kfc1', corpId: 'ww1', open: bad.open }), webLink: LINK, chatPage: PAGE })
    bad.controller.tap(undefined)
    expect([bad.calls, bad.log, bad.errors.map((e) => e.code)]).toEqual([[], ['navigate ' + PAGE], ['INVALID_KF_LINK']])
    takeHandedOverChat()
  })

  it('a bad configuration on a phone keeps the working contact button and is reported when the button renders', () => {
    const { controller, errors, open } = kfPlatform('ios', 'ok')
    const view = controller.view({ session: { nickname: 'Tom' } }, { kf: weComKf({ link: KF_LINK, corpId: 'not a corp id', open, prefer: true }), webLink: LINK, chatPage: PAGE })
    controller.report(view)
    expect([view.channel.kind, view.props.openType, errors.map((e) => [e.code, e.path])]).toEqual(['native-button', 'contact', [['INVALID_KF_LINK', 'kf.corpId']]])
  })

  it('an opener that calls fail and then throws: reported once, the fallback runs once', () => {
    const { controller, log, errors } = kfPlatform('ohos', 'ok')
    const open = (request: KfOpenRequest) => {
      request.fail({ errMsg: 'openCustomerServiceChat:fail not bind errCode:6' })
      throw new Error('and then it threw')
    }
    controller.view({}, { kf: weComKf({ link: KF_LINK, corpId: 'ww1', open }), webLink: LINK, chatPage: PAGE })
    controller.tap(undefined)
    expect([log, errors.map((e) => e.code)]).toEqual([['navigate ' + PAGE], ['KF_OPEN_FAILED']])
    takeHandedOverChat()
  })

  it('a corpId that is not one is reported (INVALID_KF_LINK at kf.corpId)', () => {
    const { controller, errors, calls, open } = kfPlatform('ohos', 'ok')
    controller.view({}, { kf: weComKf({ link: KF_LINK, corpId: 'not a corp id', open }) })
    controller.tap(undefined)
    expect([calls, errors.map((e) => [e.code, e.path])]).toEqual([[], [['INVALID_KF_LINK', 'kf.corpId']]])
  })
})

describe('plusKfOpener (uni-app App): WeChat’s SDK through HTML5+ — a stand-in for plus.share, which exists only on a device', () => {
  const request = (log: unknown[]) => ({
    extInfo: { url: 'https://work.weixin.qq.com/kf/kfc1?enc_scene=E&scene_param=x' },
    corpId: 'ww1',
    success: (r: unknown) => log.push(['success', r]),
    fail: (e: unknown) => log.push(['fail', e]),
  })
  it('asks the weixin service with corpid and url', () => {
    const log: unknown[] = []
    const plus = { share: { getServices: (ok: (s: unknown[]) => void) => ok([{ id: 'qq' }, { id: 'weixin', openCustomerServiceChat: (o: unknown, s: (r: unknown) => void) => (log.push(['open', o]), s('ok')) }]) } }
    plusKfOpener(plus as never)(request(log))
    expect(log).toEqual([['open', { corpid: 'ww1', url: 'https://work.weixin.qq.com/kf/kfc1?enc_scene=E&scene_param=x' }], ['success', 'ok']])
  })
  it('no weixin service (no share module in manifest.json), or getServices failing: fail', () => {
    const log: unknown[] = []
    plusKfOpener({ share: { getServices: (ok) => ok([{ id: 'sinaweibo' }]) } })(request(log))
    plusKfOpener({ share: { getServices: (_ok, fail) => fail && fail({ code: -100 }) } })(request(log))
    expect(log.map((l) => (l as unknown[])[0])).toEqual(['fail', 'fail'])
    expect(JSON.stringify(log[0])).toContain('manifest.json')
  })
})

describe('createContactController: where 微信客服 comes before the table’s channel (kf.route)', () => {
  const kf = weComKf({ link: 'https://work.weixin.qq.com/kf/kfc1?enc_scene=E', corpId: 'ww1' })
  const preferred = weComKf({ link: 'https://work.weixin.qq.com/kf/kfc1?enc_scene=E', corpId: 'ww1', prefer: true })
  const channelOn = (target: string, client: string | undefined, config: Record<string, unknown>) => {
    const table = target === 'weapp' || target === 'mp-weixin' ? resolveWeChatChannel : resolveContactChannel
    const c = createContactController({ target, table, navigateTo: () => undefined, client: () => client }).view({}, { webLink: LINK, chatPage: PAGE, kf, ...config }).channel
    const shown = (c: ContactChannel): string => (c.kind === 'open-chat-page' ? `open-chat-page ${c.page}` : c.kind)
    return c.kind === 'open-kf' ? `open-kf → ${shown(c.fallback)}` : shown(c)
  }
  it.each([
    // where the contact button does not open and 微信客服 does: before the chat page, which stays the fallback
    ['weapp', 'ohos', {}, `open-kf → open-chat-page ${PAGE}`],
    ['mp-weixin', 'harmonyos', {}, `open-kf → open-chat-page ${PAGE}`],
    ['weapp', 'windows', { chatPage: 'pages/sobot-chat/index' }, `open-kf → open-chat-page ${PAGE}`],
    ['weapp', 'windows', { webLink: undefined, chatPage: undefined }, 'open-kf → native-button'],
    ['weapp', 'ohos', { chatPage: 'https://evil.example/' }, 'open-kf → native-button'],
    // Mac does not list openCustomerServiceChat: the chat page as before; nor DevTools
    ['weapp', 'mac', {}, `open-chat-page ${PAGE}`],
    ['weapp', 'devtools', { kf: preferred }, 'native-button'],
    // phones keep the contact button unless 微信客服 is preferred
    ['weapp', 'ios', {}, 'native-button'],
    ['weapp', 'android', { kf: preferred }, `open-kf → open-chat-page ${PAGE}`],
    // …but a phone's working contact button stays where 微信客服 has nothing to fall back on
    ['weapp', 'android', { kf: preferred, chatPage: undefined }, 'native-button'],
    ['weapp', 'ios', { kf: weComKf({ link: 'https://work.weixin.qq.com/kf/kfc1?encScene=E', corpId: 'ww1', prefer: true }) }, 'native-button'],
    // keepNativeOn still wins for its clients
    ['weapp', 'ohos', { keepNativeOn: ['ohos'] }, 'native-button'],
    ['weapp', 'ohos', { keepNativeOn: ['ohos'], kf: preferred }, 'native-button'],
    // H5: inside WeChat's browser the 微信客服 link; elsewhere the web link
    ['h5', 'wechat-browser', {}, 'open-kf → open-link'],
    ['h5', undefined, {}, 'open-link'],
    ['web', 'wechat-browser', { webLink: undefined }, 'open-kf → unavailable'],
    // an App: WeChat's SDK, the chat page as its fallback; other mini-programs reach only the web link
    ['app', undefined, {}, `open-kf → open-chat-page ${PAGE}`],
    ['alipay', undefined, {}, `open-chat-page ${PAGE}`],
    ['tt', undefined, { kf: preferred }, `open-chat-page ${PAGE}`],
  ] as const)('%s on %s %o → %s', (target, client, config, expected) => {
    expect(channelOn(target, client, config)).toBe(expected)
  })
})
