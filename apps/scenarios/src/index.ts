// The scenarios every sample app shows, in one place: the pages render them and the integration
// tests encode the very same objects with @sobot-contact/core to check what WeChat would receive.
import { toAgent, toGroup, type ContactCard, type SessionFromInput } from '@sobot-contact/core'

/** The signed-in user as your app knows them: shown to the agent (nickname, avatar, 自定义字段). */
export const VISITOR = {
  nickname: 'Tom 汤姆',
  avatarUrl: 'https://example.com/avatars/tom.png',
  partnerId: 'user-42',
  params: { vip: true, level: 3 },
} satisfies SessionFromInput

/**
 * Routing (指定接待) with overflow (溢出): the sales skill group (技能组) first; when every sales agent
 * is busy, the support group; when nobody there is online, agent a-7 (who never overflows).
 */
export const ROUTING: SessionFromInput = {
  ...VISITOR,
  transferAction: [toGroup('g-sales', { overflowWhen: 'allBusy' }), toGroup('g-support', { overflowWhen: 'noneOnline' }), toAgent('a-7')],
}

/** A product the shop sells. */
export interface Product {
  id: string
  name: string
  price: string
  imageUrl?: string
}

/** The shop's products, by id. */
export const PRODUCTS: Readonly<Record<string, Product>> = {
  '42': { id: '42', name: 'Blue mug', price: '¥39', imageUrl: 'https://example.com/img/blue-mug.png' },
  '7': { id: '7', name: 'Teapot 茶壶', price: '¥128' },
}

/** The product with this id, or the first product for an unknown id (a shared link to a removed product). */
export function findProduct(id: string | undefined): Product {
  return (id !== undefined && PRODUCTS[id]) || (PRODUCTS['42'] as Product)
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

/** The UnionID page's session before the encrypted UnionID (from your server) is added. */
export const UNIONID_BASE: SessionFromInput = { nickname: VISITOR.nickname, partnerId: VISITOR.partnerId }

/**
 * A deliberately bad input: `|` inside an id would shift every later field of session-from. The
 * button still opens customer service (default routing) and the page hears about it.
 */
export const BAD_SESSION: SessionFromInput = { nickname: VISITOR.nickname, partnerId: 'user|42' }

/**
 * The made-up web link the demos use where WeChat's contact button does not exist (H5, other
 * mini-programs, desktop WeChat). Yours is in Sobot's console: 渠道 → 部署 → 链接.
 */
export const WEB_LINK = 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=demo0000&channelid=1'

/** The demos' chat page (a `<web-view>` on the link). */
export const CHAT_PAGE = '/pages/sobot-chat/index'

/**
 * A made-up 微信客服 link (WeChat Customer Service, Sobot's WeCom channel), as WeCom's `kf/add_contact_way`
 * or Sobot's console gives it: a link with a scene carries `enc_scene`. Yours is in that console.
 */
export const KF_LINK = 'https://work.weixin.qq.com/kf/kfc0000demo0000000?enc_scene=ENCdemo0000'

/** Who asks through 微信客服: what fits its 128-byte visitor parameter (the user id and the nickname). */
export const KF_VISITOR = { partnerId: VISITOR.partnerId, nickname: VISITOR.nickname } satisfies SessionFromInput

/** The made-up WeCom account (企业 ID) the demos' 微信客服 link belongs to. */
export const KF_CORP_ID = 'ww0000demo0000000'

/** One configuration of the clients page: a button each, so every WeChat client can be tried on one page. */
export interface ChannelScenario {
  /** Names the button (`cfg-<id>`) and its report line (`reported-<id>`, `taps-<id>`). */
  id: 'no-link' | 'link-only' | 'link-chat' | 'keep-native' | 'kf' | 'kf-long' | 'bad-session'
  label: string
  /** The visitor. @default VISITOR */
  session?: SessionFromInput
  openLinkIn?: 'same-tab' | 'new-tab'
  webLink?: string
  chatPage?: string
  keepNativeOn?: readonly string[]
  /**
   * Sobot's 微信客服 channel on this button: the page passes `weComKf({ link: KF_LINK, corpId: KF_CORP_ID })`
   * (made in the page, so that only a page using 微信客服 carries its code).
   */
  kf?: boolean
}

/**
 * The clients page's configurations (the tests' clients matrix: each WeChat client × these): no web
 * link; a link without a chat page; a link and the chat page; the same keeping the native button
 * on every client where it does not open; and 微信客服 before the chat page, with a visitor that fits
 * its 128 bytes and one that does not.
 */
export const CHANNEL_SCENARIOS: readonly ChannelScenario[] = [
  { id: 'no-link', label: 'No web link' },
  { id: 'link-only', label: 'Web link, no chat page', webLink: WEB_LINK },
  { id: 'link-chat', label: 'Web link + chat page', webLink: WEB_LINK, chatPage: CHAT_PAGE },
  { id: 'keep-native', label: 'keepNativeOn: every client', webLink: WEB_LINK, chatPage: CHAT_PAGE, keepNativeOn: ['ohos', 'windows', 'mac'] },
  // Sobot ignores a 微信客服 parameter over 128 bytes of Base64: the user id and the nickname fit.
  { id: 'kf', label: '微信客服, then the chat page', session: KF_VISITOR, webLink: WEB_LINK, chatPage: CHAT_PAGE, kf: true },
  // The whole visitor (the avatar URL and params too) is 172 bytes there: reported with each field's
  // bytes (KF_SCENE_PARAM_TOO_LONG, path avatarUrl, the largest), and 微信客服 opens without the avatar.
  { id: 'kf-long', label: '微信客服, over 128 bytes', webLink: WEB_LINK, chatPage: CHAT_PAGE, kf: true },
]

/**
 * A bad session where the contact button does not exist: a single skill-group step that overflows
 * (an overflow needs a next step). Off WeChat the visitor still reaches Sobot — the link carries the
 * valid fields — and the page hears about it once. Opens in a new tab, so the page stays to show it.
 */
export const BAD_SESSION_SCENARIO: ChannelScenario = {
  id: 'bad-session',
  label: 'Bad routing, still opens',
  session: { ...VISITOR, transferAction: [toGroup('g-sales', { overflowWhen: 'allBusy' })] },
  webLink: WEB_LINK,
  chatPage: CHAT_PAGE,
  openLinkIn: 'new-tab',
}

/**
 * The headset icon of the demos' `bare` recipes (a floating round button): a white SVG as a data URL,
 * so the demos need no image file. Yours is any image of your app.
 */
export const CONTACT_ICON =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round">' +
      '<path d="M4 14v-2a8 8 0 0 1 16 0v2"/><rect x="3" y="13" width="4" height="6" rx="1.5"/><rect x="17" y="13" width="4" height="6" rx="1.5"/><path d="M19 19a4 4 0 0 1-4 3h-2"/></svg>',
  )
