import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeSessionFrom, encodeSessionFrom, normalizeSessionFrom, SobotContactError, toAgent, toGroup, utf8ByteLength, validateSessionFrom, type SessionFromInput, type TransferStep } from '../src/index'

// Free text includes the separator, '=', multi-byte and astral characters on purpose.
const text = fc.string({ unit: fc.constantFrom('a', 'Z', '|', '=', ' ', '智', '😀', 'é', '{', '"', '\\'), maxLength: 40 })
const id = fc.oneof(fc.string({ unit: fc.constantFrom('a', '1', '-', '_', '=', '智'), minLength: 1, maxLength: 30 }), fc.nat({ max: 1e9 }))
const scalar = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean())
const flat = fc.dictionary(fc.string({ unit: fc.constantFrom('k', '|', 'é', '1'), minLength: 1, maxLength: 5 }), scalar, { maxKeys: 4 })
const group = fc.record({ id, when: fc.constantFrom('noneOnline', 'allBusy', 'offDuty', 'smart') as fc.Arbitrary<'allBusy'> })
const agent = fc.record({ id, when: fc.constantFrom('offline', 'busy', 'smart') as fc.Arbitrary<'busy'> })
const chain: fc.Arbitrary<TransferStep[]> = fc
  .array(fc.oneof(group.map((g) => ['g', g] as const), agent.map((a) => ['a', a] as const)), { minLength: 1, maxLength: 4 })
  .map((steps) =>
    steps.map(([kind, s], i) => {
      const last = i === steps.length - 1
      return kind === 'g' ? toGroup(s.id, last ? {} : { overflowWhen: s.when }) : toAgent(s.id, last ? {} : { overflowWhen: s.when })
    }),
  )

const input: fc.Arbitrary<SessionFromInput> = fc.record(
  {
    nickname: text,
    avatarUrl: text,
    params: flat,
    transferAction: chain,
    platformAction: fc.record({ customerCode: id, flowGroupId: id }, { requiredKeys: ['customerCode'] }),
    partnerId: id.filter((v) => String(v).length <= 100),
    robotId: id,
    unionId: fc.string({ unit: fc.constantFrom('o', 'J', '8', '-', '_', '+', '/', '='), minLength: 1, maxLength: 44 }),
    customerFields: flat,
  },
  { requiredKeys: [] },
)

const fieldCount = 10 // 'sobot' + 9 fields

describe('properties', () => {
  it('round trip: decode(encode(x)) equals normalize(x) for every valid x', () => {
    fc.assert(
      fc.property(input, (x) => {
        let value: string
        try {
          value = encodeSessionFrom(x)
        } catch (e) {
          // the only acceptable failure for these generated inputs is the byte limit
          expect((e as SobotContactError).code).toBe('SESSION_FROM_TOO_LONG')
          return
        }
        expect(decodeSessionFrom(value)).toEqual(normalizeSessionFrom(x))
        expect(validateSessionFrom(decodeSessionFrom(value)).filter((i) => i.severity === 'error')).toEqual([])
      }),
      { numRuns: 500 },
    )
  })

  it('output is never over 1000 UTF-8 bytes without an error, and never has more |-segments than fields', () => {
    fc.assert(
      fc.property(input, text.map((t) => t.repeat(30)), (x, long) => {
        for (const candidate of [x, { ...x, nickname: long }]) {
          let value: string
          try {
            value = encodeSessionFrom(candidate)
          } catch (e) {
            expect(e).toBeInstanceOf(SobotContactError)
            continue
          }
          expect(utf8ByteLength(value)).toBeLessThanOrEqual(1000)
          expect(value.split('|').length).toBeLessThanOrEqual(fieldCount)
        }
      }),
      { numRuns: 400 },
    )
  })

  it('decode never throws anything but SobotContactError on random strings', () => {
    const noisy = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom('sobot', '|', '=', '{', '}', '[', ']', '"', 'partnerid', 'transfer_action', 'params', '1', ':', ',') }),
      fc.string().map((s) => 'sobot|' + s),
    )
    fc.assert(
      fc.property(noisy, (s) => {
        try {
          decodeSessionFrom(s)
        } catch (e) {
          expect(e).toBeInstanceOf(SobotContactError)
        }
      }),
      { numRuns: 2000 },
    )
  })
})
