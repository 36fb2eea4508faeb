// `pnpm bench`: what validation costs. encodeSessionFrom (every rule checked) against naive
// template concatenation on the same inputs, and against input size. Prints ops/s and the ratio.
import { Bench } from 'tinybench'
import { encodeSessionFrom, toAgent, toGroup } from '../dist/index.js'

const small = { nickname: 'Tom', avatarUrl: 'https://thirdwx.qlogo.cn/mmopen/vi_32/abc/132', params: { vip: true, age: 18 } }
const full = {
  ...small,
  transferAction: [toGroup('g-1', { overflowWhen: 'allBusy' }), toAgent('a-7', { overflowWhen: 'offline' }), toGroup('g-2')],
  platformAction: { customerCode: 'shop-9', flowGroupId: 'fg-1' },
  partnerId: 'user-42',
  robotId: 1,
  unionId: 'oJw8S1S0ZheoM2PnKbka3zJO-QyE',
  customerFields: { ddb35f065d4b44ec870f58b87c1a52db: 'gold' },
}
const near = { ...full, nickname: '智'.repeat(110), params: { note: 'x'.repeat(180) } }

// What people write by hand today: no checks, no escaping, no byte count.
const naive = (i) =>
  `sobot|${i.nickname || ''}|${i.avatarUrl || ''}|${i.params ? JSON.stringify(i.params) : ''}|` +
  [
    i.transferAction && `transfer_action=${JSON.stringify(i.transferAction)}`,
    i.platformAction && `platform_action=${JSON.stringify(i.platformAction)}`,
    i.partnerId && `partnerid=${i.partnerId}`,
    i.robotId && `robotid=${i.robotId}`,
    i.unionId && `unionid=${i.unionId}`,
    i.customerFields && `customer_fields=${JSON.stringify(i.customerFields)}`,
  ]
    .filter(Boolean)
    .join('|')

const cases = { small, full, 'near limit': near }
const bench = new Bench({ time: 400, warmupTime: 100 })
for (const [name, input] of Object.entries(cases)) {
  const bytes = Buffer.byteLength(encodeSessionFrom(input))
  bench.add(`encodeSessionFrom  ${name} (${bytes} B)`, () => encodeSessionFrom(input))
  bench.add(`naive template     ${name} (${bytes} B)`, () => naive(input))
}
await bench.run()

const hz = {}
for (const task of bench.tasks) {
  const r = task.result
  hz[task.name] = r.throughput ? r.throughput.mean : r.hz
  const mean = r.latency ? r.latency.mean : r.mean
  console.log(`${task.name.padEnd(44)} ${Math.round(hz[task.name]).toLocaleString('en').padStart(12)} ops/s  ${(mean * 1000).toFixed(2).padStart(8)} µs/op`)
}
console.log('')
for (const [name, input] of Object.entries(cases)) {
  const bytes = Buffer.byteLength(encodeSessionFrom(input))
  const ratio = hz[`naive template     ${name} (${bytes} B)`] / hz[`encodeSessionFrom  ${name} (${bytes} B)`]
  const us = 1e6 / hz[`encodeSessionFrom  ${name} (${bytes} B)`]
  console.log(`ratio naive/encode, ${name}: ${ratio.toFixed(1)}x  (encodeSessionFrom: ${us.toFixed(2)} µs per call)`)
}
