import { toAgent, toGroup, type ContactCard, type SessionFromInput } from '@sobot-contact/core'

// What each page hands to <SobotContactButton>. Plain data, so the integration tests can import it
// and compare what WeChat would receive with core's encoding of the very same input.

/** The signed-in user as your app knows them: shown to the agent (nickname, avatar, 自定义字段). */
export const VISITOR = {
  nickname: 'Tom 汤姆',
  avatarUrl: 'https://example.com/avatars/tom.png',
  partnerId: 'user-42',
  params: { vip: true, level: 3 },
} satisfies SessionFromInput

/** Routing (指定接待): the after-sales skill group (技能组); when all its agents are busy, overflow (溢出) to agent 7. */
export const ROUTING: SessionFromInput = {
  ...VISITOR,
  transferAction: [toGroup('after-sales', { overflowWhen: 'allBusy' }), toAgent('agent-7')],
}

/** A product the shop sells. */
export interface Product {
  id: string
  name: string
  price: string
  imageUrl?: string
}

/** The shop's products, by id. */
export const PRODUCTS: Record<string, Product> = {
  '42': { id: '42', name: 'Blue mug', price: '¥39', imageUrl: 'https://example.com/img/blue-mug.png' },
  '7': { id: '7', name: 'Teapot 茶壶', price: '¥128' },
}

/** The product page's own path: the card sent into the chat points back to it. */
export const PRODUCT_PAGE = 'pages/product/index'

/** The mini-program card (会话内消息卡片) the product page offers to the chat. */
export function productCard(product: Product): ContactCard {
  const card: ContactCard = { title: `${product.name} ${product.price}`, path: `${PRODUCT_PAGE}?id=${product.id}` }
  if (product.imageUrl) card.imageUrl = product.imageUrl
  return card
}

/** The session of the product page: who asks, and which product they ask about. */
export function productSession(product: Product): SessionFromInput {
  return { ...VISITOR, params: { ...VISITOR.params, productId: product.id } }
}
