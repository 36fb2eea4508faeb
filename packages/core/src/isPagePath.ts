/**
 * Whether a string is a mini-program page path such as `pages/product/index?id=42` (leading `/`
 * allowed), and not a URL: no scheme, no `//`, no whitespace, no `..` segment.
 *
 * @example
 * isPagePath('pages/product/index?id=42') // true
 * isPagePath('https://shop.example.com/p/42') // false
 */
export function isPagePath(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^\/?[^\s/?#:]+(\/[^\s/?#:]+)*(\?[^\s#]*)?$/.test(value) &&
    value.split('?')[0]!.split('/').indexOf('..') < 0
  )
}

/**
 * @internal A page path as `navigateTo` wants it (absolute), or `undefined` when it is not one.
 *
 * @example
 * absolutePagePath('pages/sobot-chat/index') // '/pages/sobot-chat/index'
 * absolutePagePath('https://evil.example/') // undefined
 */
export function absolutePagePath(value: unknown): string | undefined {
  if (!isPagePath(value)) return undefined
  return value.charAt(0) === '/' ? value : '/' + value
}
