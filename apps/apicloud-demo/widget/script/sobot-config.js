// One configuration for both faces of the app (ES module, imported by the .stml pages).
// Replace the ids with yours: sysNum is your Sobot enterprise id (企业编号), the group/agent ids
// come from Sobot's console. Nothing here is secret; never put a UnionID channel key in a widget.
import { toAgent, toGroup } from './sobot-contact.js'

/** Sobot enterprise id, used by the App's zhiChi module. */
export const SYS_NUM = 'your-sobot-sysnum'

/** The signed-in user, as your backend knows them (a stand-in for your login state). */
export const USER = { partnerId: 'u-1001', nickname: 'Tom', avatarUrl: 'https://example.com/avatar/tom.png' }

/** A plain contact button: who is asking. */
export const PLAIN = { ...USER }

/** Routed: the after-sales skill group, overflowing to an agent when every agent there is busy. */
export const AFTER_SALES = {
  partnerId: USER.partnerId,
  nickname: USER.nickname,
  transferAction: [toGroup('after-sales-group-id', { overflowWhen: 'allBusy' }), toAgent('agent-7-id')],
}

/** The products the product page shows (local sample data). */
export const PRODUCTS = {
  42: { id: '42', title: 'Blue mug', price: '¥39', image: 'https://example.com/products/mug.png' },
  7: { id: '7', title: 'Tea set', price: '¥199', image: 'https://example.com/products/tea-set.png' },
}

/** The mini-program page path of a product (AVM builds pages/product/product.stml to pages/product/product). */
export const productPath = (id) => `pages/product/product?id=${encodeURIComponent(id)}`
