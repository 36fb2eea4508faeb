import type { MiniPage } from '@sobot-contact/core/agent'

/**
 * Sample catalogue. Replace with your own products: `thumbMediaId` is the `media_id` WeChat returned
 * when you uploaded the cover (media upload API); `cover` is the same image's public URL, shown in
 * the workbench.
 */
export interface Product {
  id: string
  title: string
  price: string
  /** Public http(s) URL of the cover; becomes the card's `thumbUrl`. */
  cover: string
  /** WeChat media id of the cover; becomes the card's `thumbMediaId`. Missing = not uploaded yet. */
  thumbMediaId?: string
  /** Swatch colour in this demo's list (no network image needed). */
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
    cover: 'https://img.example.com/sobot-demo/mug-42.jpg',
    thumbMediaId: 'MEDIA_ID_MUG_42',
    color: '#3b82f6',
  },
  {
    id: 'tea-7',
    title: 'Longjing green tea, 100 g',
    price: '¥128',
    cover: 'https://img.example.com/sobot-demo/tea-7.jpg',
    thumbMediaId: 'MEDIA_ID_TEA_7',
    color: '#16a34a',
  },
  {
    // Deliberately without thumbMediaId: sending it shows core's INVALID_MINI_PAGE error.
    id: 'bag-3',
    title: 'Canvas tote bag (cover not uploaded yet)',
    price: '¥59',
    cover: 'https://img.example.com/sobot-demo/bag-3.jpg',
    color: '#f59e0b',
  },
]

/** The card for a product: pagepath carries the product id in its query. */
export function miniPageFor(product: Product): MiniPage {
  return {
    title: product.title,
    pagepath: `${MINI_PROGRAM.productPage}?id=${encodeURIComponent(product.id)}`,
    thumbMediaId: product.thumbMediaId ?? '',
    thumbUrl: product.cover,
    headimg: MINI_PROGRAM.headimg,
    name: MINI_PROGRAM.name,
  }
}
