// The inputs of every sample page, in one place: the pages render them and the integration test
// (tests/uni-integration) encodes the same objects with @sobot-contact/core to check the build.
import { toAgent, toGroup, type ContactCard, type SessionFromInput } from '@sobot-contact/core'

/** Plain: the visitor's name, avatar and id in your system; Sobot's default routing. */
export const plainSession: SessionFromInput = {
  nickname: 'Tom',
  avatarUrl: 'https://example.com/avatars/tom.png',
  params: { vip: true, age: 18 },
  partnerId: 'user-42',
}

/**
 * Skill-group routing (技能组) with overflow (溢出): sales first; when every sales agent is busy,
 * the support group; when nobody there is online, agent a-7 (who never overflows).
 */
export const routingSession: SessionFromInput = {
  nickname: 'Tom',
  partnerId: 'user-42',
  transferAction: [
    toGroup('g-sales', { overflowWhen: 'allBusy' }),
    toGroup('g-support', { overflowWhen: 'noneOnline' }),
    toAgent('a-7'),
  ],
}

/** The product page's session: who is asking, and which product (custom params). */
export function productSession(id: string): SessionFromInput {
  return { nickname: 'Tom', partnerId: 'user-42', params: { productId: id } }
}

/** The card the user can send into the chat; tapping it there brings them back to this product. */
export function productCard(id: string): ContactCard {
  return {
    title: `Blue mug #${id}`,
    path: `pages/product/index?id=${id}`,
    imageUrl: 'https://example.com/images/mug.png',
  }
}

/** The UnionID page's session before the encrypted UnionID is added. */
export const unionIdBaseSession: SessionFromInput = { nickname: 'Tom', partnerId: 'user-42' }

/**
 * A deliberately bad input: `|` inside an id would shift every later field of session-from. The
 * button still opens customer service (default routing) and the page hears about it via `@error`.
 */
export const badSession: SessionFromInput = { nickname: 'Tom', partnerId: 'user|42' }
