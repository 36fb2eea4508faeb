import type { MiniPage } from '@sobot-contact/core/agent'

/**
 * Sample catalogue. Replace with your own products. `cover` is the image's URL, relative to this
 * page or absolute: it becomes the card's `thumbUrl`, and your server (`GET /sobot/thumb-media`)
 * uploads it to WeChat for the card's `thumbMediaId` — a `media_id` lives 3 days, so it is never
 * stored here.
 */
export interface Product {
  id: string
  title: string
  price: string
  /** The cover's URL (resolved against the page); must be on the server's THUMB_HOSTS. */
  cover: string
  /** Swatch colour in this demo's list. */
  color: string
}

/** Mini-program the cards open; shown by the workbench as the card's source. */
export const MINI_PROGRAM = {
  name: 'Sobot Demo Shop',
  headimg: 'https://img.example.com/sobot-demo/shop-avatar.png',
  /** Product page; the product id goes into the query. */
  productPage: 'pages/product/index',
} as const

export const PRODUCTS: readonly Product[] = [
  {
    id: 'mug-42',
    title: 'Blue ceramic mug, 350 ml',
    price: '¥39',
    cover: 'covers/mug-42.png', // served with this page (public/covers/)
    color: '#3b82f6',
  },
  {
    id: 'tea-7',
    title: 'Longjing green tea, 100 g',
    price: '¥128',
    cover: 'covers/tea-7.png',
    color: '#16a34a',
  },
  {
    // Deliberately on a host the server does not allow: sending it shows HOST_NOT_ALLOWED.
    id: 'bag-3',
    title: 'Canvas tote bag (cover on another host)',
    price: '¥59',
    cover: 'https://img.example.com/sobot-demo/bag-3.jpg',
    color: '#f59e0b',
  },
]

/** The product's cover as an absolute URL, resolved against `base` (the page's URL). */
export function coverUrl(product: Product, base: string): string {
  return new URL(product.cover, base).href
}

/** The card for a product: pagepath carries the product id in its query. */
export function miniPageFor(product: Product, thumbMediaId: string, base: string): MiniPage {
  return {
    title: product.title,
    pagepath: `${MINI_PROGRAM.productPage}?id=${encodeURIComponent(product.id)}`,
    thumbMediaId,
    thumbUrl: coverUrl(product, base),
    headimg: MINI_PROGRAM.headimg,
    name: MINI_PROGRAM.name,
  }
}
