import { beforeAll, describe, expect, inject, it } from 'vitest'
import { decodeSessionFrom, encodeSessionFrom } from '@sobot-contact/core'
import { decryptUnionId } from '@sobot-contact/core/unionid'
// The very inputs the sample pages render (apps/uni-vue-demo/src), encoded here by the core.
import { ROUTING, UNIONID_BASE } from 'sobot-contact-scenarios'
import { fetchEncryptedUnionId } from '../../../apps/uni-vue-demo/src/api/fetchEncryptedUnionId'
import { attrsOf, findAll, startMiniProgram, textOf, type RenderedNode, type RenderedPage } from 'sobot-contact-test-kit/miniprogram'
import { uniPagesSpec } from './pagesSpec'

let mp: ReturnType<typeof startMiniProgram>
beforeAll(() => {
  const build = inject('demoBuild')
  expect(build.status, build.log).toBe(0)
  mp = startMiniProgram(build.outDir, { stubMissingApis: true })
})

function contactButton(page: RenderedPage): RenderedNode {
  const buttons = findAll(page.toJSON(), 'wx-button')
  expect(buttons).toHaveLength(1)
  return buttons[0] as RenderedNode
}

// index, product, fallback: the pages the Vue 2 fixtures render too.
uniPagesSpec('apps/uni-vue-demo (Vue 3)', () => mp)

describe('the sample app running in miniprogram-simulate (official WXML compiler)', () => {
  it('routing: skill groups with overflow, exactly as core encodes them', async () => {
    const page = await mp.openPage('pages/routing/index')
    const a = attrsOf(contactButton(page))
    expect(a.sessionFrom).toBe(encodeSessionFrom(ROUTING))
    const steps = decodeSessionFrom(a.sessionFrom as string).transferAction
    expect(steps?.map((s) => [s.actionType, s.deciId, s.optionId, s.spillId])).toEqual([
      ['to_group', 'g-sales', '3', '5'],
      ['to_group', 'g-support', '3', '4'],
      ['to_service', 'a-7', '2', undefined],
    ])
    expect(findAll(page.toJSON(), 'wx-text').map(textOf)).not.toContainEqual(expect.stringContaining(' at '))
  })

  it('unionid: the ciphertext from the (stand-in) server lands in session-from and decrypts with the channel key', async () => {
    const page = await mp.openPage('pages/unionid/index')
    await mp.settle()
    const a = attrsOf(contactButton(page))
    const unionId = await fetchEncryptedUnionId()
    expect(a.sessionFrom).toBe(encodeSessionFrom({ ...UNIONID_BASE, unionId }))
    expect(a.disabled).toBe(false)
    const sent = decodeSessionFrom(a.sessionFrom as string).unionId as string
    expect(decryptUnionId(sent, 'sobot-demo-key16')).toBe('oDemoUnionId-0001-uni')
  })
})
