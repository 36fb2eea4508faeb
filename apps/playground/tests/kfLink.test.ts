// The playground's 微信客服 parts, through core: the Build tab's 128-byte measure and its own issues,
// and the Inspect tab reading a 微信客服 link (its fields, their bytes, the parameter's measure).
import { buildKfLink, measureKfSceneParam } from '@sobot-contact/core'
import { describe, expect, it } from 'vitest'
import { analyzeState } from '../src/analyzeState'
import { inspectSessionFrom } from '../src/inspectSessionFrom'
import { emptyState, sampleState, stateToInput, type PlaygroundState } from '../src/playgroundState'

const state = (patch: Partial<PlaygroundState>): PlaygroundState => Object.assign(emptyState(), patch)
const LINK = 'https://work.weixin.qq.com/kf/kfc0123456789abcdef?enc_scene=ENC1'

describe('Build: the 128-byte bar beside the 1000-byte one', () => {
  it('measures the same input as Sobot\'s 微信客服 parameter; routing is a KF_FIELD_DROPPED warning of its own', () => {
    const a = analyzeState(sampleState())
    expect(a.kfMeasure).toStrictEqual(measureKfSceneParam(stateToInput(sampleState())))
    expect(a.kfMeasure.fields).toStrictEqual({ partnerid: 21, uname: 16, params: 25 })
    expect(a.kfIssues.map((i) => [i.code, i.path])).toEqual([['KF_FIELD_DROPPED', 'transferAction']])
    // The session's own list is the contact button's: no 微信客服 warning there.
    expect(a.issues.filter((i) => i.code.indexOf('KF_') === 0)).toEqual([])
  })

  it('over 128 bytes: KF_SCENE_PARAM_TOO_LONG beside the bar, while session-from still fits; the shorten switch applies to both', () => {
    const long = state({ nickname: '智'.repeat(40) })
    const off = analyzeState(long)
    expect([off.value !== undefined, off.kfMeasure.fits, off.kfMeasure.bytes]).toEqual([true, false, 176])
    expect(off.kfIssues.map((i) => [i.code, i.path])).toEqual([['KF_SCENE_PARAM_TOO_LONG', 'nickname']])
    const on = analyzeState(Object.assign(long, { shorten: true }))
    expect(on.kfIssues.map((i) => [i.code, i.path])).toEqual([['KF_SCENE_PARAM_SHORTENED', 'nickname']])
  })
})

describe('Inspect: a 微信客服 link', () => {
  it('decodes its scene_param to fields and bytes, measured against 128', () => {
    const built = buildKfLink({ nickname: '汤姆', partnerId: 'u-42' }, LINK, { extraFields: { tel: '138' } })
    const r = inspectSessionFrom('  ' + built.url + '\n')
    expect(r.kfLink?.kfid).toBe('kfc0123456789abcdef')
    expect(r.kfLink?.sceneParam?.fields).toStrictEqual({ partnerid: 'u-42', uname: '汤姆', tel: '138' })
    expect(r.kfMeasure).toStrictEqual(measureKfSceneParam({ nickname: '汤姆', partnerId: 'u-42' }, { tel: '138' }))
    expect([r.issues, r.link, r.fields]).toEqual([[], undefined, undefined])
  })

  it('a link without scene_param reads, with nothing to measure', () => {
    const r = inspectSessionFrom(LINK)
    expect([r.kfLink?.encScene, r.kfMeasure]).toEqual(['ENC1', undefined])
  })

  it('a parameter over 128 bytes is measured as sent, and shown over', () => {
    const value = Buffer.from(JSON.stringify({ remark: 'r'.repeat(100) })).toString('base64')
    const r = inspectSessionFrom(LINK + '&scene_param=' + encodeURIComponent(value))
    expect(r.kfMeasure).toMatchObject({ bytes: 152, fits: false, remaining: -24, jsonBytes: 113, fields: { remark: 111 }, overhead: 2 })
  })

  it('the session rules that apply on this channel are checked', () => {
    const value = Buffer.from(JSON.stringify({ partnerid: 'a|b' })).toString('base64')
    expect(inspectSessionFrom(LINK + '&scene_param=' + value).issues.map((i) => [i.code, i.path])).toEqual([['SEPARATOR_IN_ID', 'partnerId']])
  })

  it.each([
    ['a link that is not a 微信客服 link', 'https://work.weixin.qq.com/wework_admin/frame', 'INVALID_KF_LINK'],
    ['http', 'http://work.weixin.qq.com/kfid/kfc01', 'INVALID_KF_LINK'],
    ['a scene_param that is not Sobot\'s', LINK + '&scene_param=a%3D1', 'INVALID_KF_SCENE_PARAM'],
  ])('%s: the coded error', (_, url, code) => {
    const r = inspectSessionFrom(url)
    expect([r.kfLink, r.issues.map((i) => i.code)]).toEqual([undefined, [code]])
  })
})
