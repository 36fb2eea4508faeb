// The examples on Sobot's own page (../shared/reference/sobot-wechat-mini-program.txt) must encode
// to exactly the strings the page shows.
import { describe, expect, it } from 'vitest'
import { decodeSessionFrom, encodeSessionFrom, toAgent, toGroup } from '../src/index'

describe("Sobot page's examples", () => {
  it('empty input is sobot||||', () => {
    expect(encodeSessionFrom({})).toBe('sobot||||')
  })

  it('params: {"name":"sobot","age":18}', () => {
    expect(encodeSessionFrom({ params: { name: 'sobot', age: 18 } })).toBe('sobot|||{"name":"sobot","age":18}|')
  })

  it('transfer_action: group overflowing when nobody is online, then a group that does not overflow', () => {
    const page = '[{"actionType":"to_group","deciId":"xxx","optionId":"3","spillId":"4"},{"actionType":"to_group","deciId":"xxx","optionId":"4"}]'
    // Wire form, as the page writes it
    const wire = encodeSessionFrom({
      transferAction: [
        { actionType: 'to_group', deciId: 'xxx', optionId: '3', spillId: '4' },
        { actionType: 'to_group', deciId: 'xxx', optionId: '4' },
      ],
    })
    expect(wire).toBe(`sobot||||transfer_action=${page}`)
    // Numbers accepted, strings emitted
    expect(
      encodeSessionFrom({
        transferAction: [
          { actionType: 'to_group', deciId: 'xxx', optionId: 3, spillId: 4 },
          { actionType: 'to_group', deciId: 'xxx', optionId: 4 },
        ],
      }),
    ).toBe(wire)
    // Friendly builders produce the same
    expect(encodeSessionFrom({ transferAction: [toGroup('xxx', { overflowWhen: 'noneOnline' }), toGroup('xxx')] })).toBe(wire)
  })

  it('platform_action, partnerid, robotid, unionid, customer_fields in the page order', () => {
    const value = encodeSessionFrom({
      customerFields: { ddb35f065d4b44ec870f58b87c1a52db: 'xx' },
      unionId: 'oJw8S1S0ZheoM2PnKbka3zJO-QyE',
      robotId: 1,
      partnerId: 'xxx',
      platformAction: { customerCode: 'xxx', flowGroupId: 'xxx' },
      params: { name: 'sobot', age: 18 },
    })
    expect(value).toBe(
      'sobot|||{"name":"sobot","age":18}|platform_action={"customerCode":"xxx","flowGroupId":"xxx"}|partnerid=xxx|robotid=1|unionid=oJw8S1S0ZheoM2PnKbka3zJO-QyE|customer_fields={"ddb35f065d4b44ec870f58b87c1a52db":"xx"}',
    )
  })

  it("the page's first button: sobot|nick|avatar|params without a trailing separator decodes", () => {
    expect(decodeSessionFrom('sobot|Tom|https://a.example/t.png|{"vip":true}')).toEqual({
      nickname: 'Tom',
      avatarUrl: 'https://a.example/t.png',
      params: { vip: true },
    })
  })

  it('builders read like the console: a group overflowing when all are busy, then an agent that does not overflow', () => {
    expect([toGroup('g1', { overflowWhen: 'allBusy' }), toAgent('a1')]).toEqual([
      { actionType: 'to_group', deciId: 'g1', optionId: '3', spillId: '5' },
      { actionType: 'to_service', deciId: 'a1', optionId: '2' },
    ])
    expect(toAgent(7, { overflowWhen: 'offline' })).toEqual({ actionType: 'to_service', deciId: '7', optionId: '1', spillId: '1' })
    expect(toAgent('a', { overflowWhen: 'busy' }).spillId).toBe('2')
    expect(toAgent('a', { overflowWhen: 'smart' }).spillId).toBe('3')
    expect(toGroup('g', { overflowWhen: 'offDuty' }).spillId).toBe('6')
    expect(toGroup('g', { overflowWhen: 'smart' }).spillId).toBe('7')
  })
})
