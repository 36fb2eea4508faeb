// The App path against a recording stand-in for Sobot's native `zhiChi` module. The real module
// exists only inside an APICloud App on a device, so `api.require('zhiChi')` is played here by
// an object that records every startZhiChi call and answers through the callback like the module.
import { toGroup } from '@sobot-contact/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openSobotChat, SobotContactError, toZhiChiParams } from '../src/index'
import type { ApiCloudApi, ZhiChiParams } from '../src/index'

const SYS_NUM = '0123456789abcdef0123456789abcdef' // made up

interface StandIn {
  api: ApiCloudApi
  calls: ZhiChiParams[]
  required: string[]
}

/** APICloud's `api` with a recording `zhiChi` module; `answer` is what the module calls back with. */
function standIn(answer: (cb: (ret: unknown, err?: unknown) => void) => void = (cb) => cb({ status: true })): StandIn {
  const calls: ZhiChiParams[] = []
  const required: string[] = []
  const zhiChi = {
    startZhiChi(params: ZhiChiParams, cb?: (ret: unknown, err?: unknown) => void) {
      calls.push(JSON.parse(JSON.stringify(params)))
      if (cb) answer(cb)
    },
  }
  return { api: { platform: 'app', require: (name) => (required.push(name), name === 'zhiChi' ? zhiChi : undefined) }, calls, required }
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('openSobotChat: exact startZhiChi parameters', () => {
  it('maps partnerId → userId and nickname → nickName, adds sysNum, phone, email', async () => {
    const s = standIn()
    const opened = await openSobotChat({
      api: s.api,
      sysNum: SYS_NUM,
      session: { partnerId: 'u-42', nickname: 'Tom' },
      phone: '13800000000',
      email: 'tom@example.com',
    })
    expect(s.required).toEqual(['zhiChi'])
    expect(s.calls).toEqual([{ sysNum: SYS_NUM, userId: 'u-42', nickName: 'Tom', phone: '13800000000', email: 'tom@example.com' }])
    expect(opened).toEqual({ params: s.calls[0], warnings: [], result: { status: true } })
  })

  it('sends only sysNum for an empty session', async () => {
    const s = standIn()
    await openSobotChat({ api: s.api, sysNum: SYS_NUM })
    expect(s.calls).toEqual([{ sysNum: SYS_NUM }])
  })

  it('turns a numeric partnerId into its digits and keeps a "|" in the nickname as it is (no wire format in the App)', async () => {
    const s = standIn()
    await openSobotChat({ api: s.api, sysNum: SYS_NUM, session: { partnerId: 1007, nickname: 'A|B 小明' } })
    expect(s.calls).toEqual([{ sysNum: SYS_NUM, userId: '1007', nickName: 'A|B 小明' }])
  })

  it('passes moduleOptions through untouched, after the mapped parameters', async () => {
    const s = standIn()
    await openSobotChat({
      api: s.api,
      sysNum: SYS_NUM,
      session: { partnerId: 'u-1' },
      moduleOptions: { skillSetId: 'g-1', titleFont: 18, isShowEvaluate: 'true' },
    })
    expect(s.calls).toEqual([{ sysNum: SYS_NUM, userId: 'u-1', skillSetId: 'g-1', titleFont: 18, isShowEvaluate: 'true' }])
  })

  it('reports every session field without an App equivalent, by path, and never sends it', async () => {
    const s = standIn()
    const onWarning = vi.fn()
    const opened = await openSobotChat({
      api: s.api,
      sysNum: SYS_NUM,
      onWarning,
      session: {
        partnerId: 'u-1',
        avatarUrl: 'https://example.com/a.png',
        params: { age: 18 },
        transferAction: [toGroup('g-1', { overflowWhen: 'allBusy' }), toGroup('g-2')],
        platformAction: { customerCode: 'm-1' },
        robotId: 2,
        unionId: 'cipher==',
        customerFields: { f: 'v' },
      },
      card: { title: 'Blue mug', path: 'pages/product/index?id=42' },
    })
    const paths = opened.warnings.map((w) => w.path)
    expect(paths).toEqual([
      'session.avatarUrl',
      'session.params',
      'session.transferAction',
      'session.platformAction',
      'session.robotId',
      'session.unionId',
      'session.customerFields',
      'card',
    ])
    expect(opened.warnings.every((w) => w.code === 'FIELD_NOT_MAPPED' && w.severity === 'warning')).toBe(true)
    expect(onWarning.mock.calls.map((c) => c[0])).toEqual(opened.warnings)
    expect(s.calls).toEqual([{ sysNum: SYS_NUM, userId: 'u-1' }])
  })

  it('writes each unmapped field once with console.warn when there is no onWarning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const s = standIn()
    await openSobotChat({ api: s.api, sysNum: SYS_NUM, session: { avatarUrl: 'https://example.com/b.png' } })
    await openSobotChat({ api: s.api, sysNum: SYS_NUM, session: { avatarUrl: 'https://example.com/b.png' } })
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]?.[0])).toContain('session.avatarUrl')
  })

  it('uses the global api when none is given (as in an APICloud page after apiready)', async () => {
    const s = standIn()
    vi.stubGlobal('api', s.api)
    try {
      await openSobotChat({ sysNum: SYS_NUM, session: { nickname: 'Tom' } })
    } finally {
      vi.unstubAllGlobals()
    }
    expect(s.calls).toEqual([{ sysNum: SYS_NUM, nickName: 'Tom' }])
  })
})

describe('openSobotChat: the callback settles the Promise', () => {
  it('stays pending until the module calls back, then resolves with its ret', async () => {
    let callBack: ((ret: unknown, err?: unknown) => void) | undefined
    const s = standIn((cb) => (callBack = cb))
    let settled = false
    const p = openSobotChat({ api: s.api, sysNum: SYS_NUM }).then((r) => ((settled = true), r))
    await Promise.resolve()
    expect(settled).toBe(false)
    expect(s.calls).toHaveLength(1)
    callBack!({ type: 'closed' })
    await expect(p).resolves.toMatchObject({ result: { type: 'closed' } })
  })

  it('rejects with NATIVE_MODULE_FAILED when the module reports err, and ignores later callbacks', async () => {
    const s = standIn((cb) => {
      cb(undefined, { msg: 'sysNum not found' })
      cb({ status: true })
    })
    const e = await openSobotChat({ api: s.api, sysNum: SYS_NUM }).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(SobotContactError)
    expect(e).toMatchObject({ code: 'NATIVE_MODULE_FAILED' })
    expect((e as Error).message).toContain('sysNum not found')
  })
})

describe('openSobotChat: coded errors', () => {
  const codeOf = (p: Promise<unknown>) => p.then(() => 'resolved', (e: SobotContactError) => [e.code, e.path])

  it('NATIVE_MODULE_MISSING when api.require returns nothing', async () => {
    const api: ApiCloudApi = { platform: 'app', require: () => undefined }
    expect(await codeOf(openSobotChat({ api, sysNum: SYS_NUM }))).toEqual(['NATIVE_MODULE_MISSING', ''])
  })

  it('NATIVE_MODULE_MISSING when the returned object has no startZhiChi, or there is no api at all', async () => {
    expect(await codeOf(openSobotChat({ api: { require: () => ({}) }, sysNum: SYS_NUM }))).toEqual(['NATIVE_MODULE_MISSING', ''])
    expect(await codeOf(openSobotChat({ sysNum: SYS_NUM }))).toEqual(['NATIVE_MODULE_MISSING', ''])
  })

  it('MISSING_SYS_NUM when sysNum is absent or blank — before the module is even looked up', async () => {
    const s = standIn()
    expect(await codeOf(openSobotChat({ api: s.api, session: { partnerId: 'u' } }))).toEqual(['MISSING_SYS_NUM', 'sysNum'])
    expect(await codeOf(openSobotChat({ api: s.api, sysNum: '  ' }))).toEqual(['MISSING_SYS_NUM', 'sysNum'])
    expect(s.required).toEqual([])
    expect(s.calls).toEqual([])
  })

  it('the session is validated by core, with the path under session.', async () => {
    const s = standIn()
    expect(await codeOf(openSobotChat({ api: s.api, sysNum: SYS_NUM, session: { partnerId: 'a|b' } }))).toEqual([
      'SEPARATOR_IN_ID',
      'session.partnerId',
    ])
    expect(await codeOf(openSobotChat({ api: s.api, sysNum: SYS_NUM, session: { partnerId: 'x'.repeat(101) } }))).toEqual([
      'PARTNER_ID_TOO_LONG',
      'session.partnerId',
    ])
    expect(s.calls).toEqual([])
  })

  it('WeChat’s 1000-byte limit does not apply in the App', () => {
    const nickname = '长'.repeat(400) // 1200 UTF-8 bytes: too long for session-from, fine for the module
    expect(toZhiChiParams({ sysNum: SYS_NUM, session: { nickname } }).params.nickName).toBe(nickname)
  })

  it('moduleOptions cannot override a mapped parameter, and must be an object', () => {
    const err = (o: Parameters<typeof toZhiChiParams>[0]) => {
      try {
        toZhiChiParams(o)
      } catch (e) {
        return [(e as SobotContactError).code, (e as SobotContactError).path]
      }
      return 'no error'
    }
    expect(err({ sysNum: SYS_NUM, moduleOptions: { userId: 'x' } })).toEqual(['INVALID_FIELD', 'moduleOptions.userId'])
    expect(err({ sysNum: SYS_NUM, moduleOptions: [] as unknown as Record<string, unknown> })).toEqual(['INVALID_FIELD', 'moduleOptions'])
    expect(err({ sysNum: SYS_NUM, phone: 13800000000 as unknown as string })).toEqual(['INVALID_FIELD', 'phone'])
    expect(err({ sysNum: ` ${SYS_NUM}` })).toEqual(['INVALID_FIELD', 'sysNum'])
  })
})
