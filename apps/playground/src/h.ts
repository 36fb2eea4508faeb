type Child = Node | string | null | undefined | false
type Attr = string | number | boolean | null | undefined | EventListener

/**
 * Creates an element: `on*` attributes become listeners, `true` an empty attribute, `false`/`null`/`undefined` nothing.
 *
 * @example
 * h('button', { type: 'button', onclick: () => alert('hi') }, 'Hi')
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, Attr> = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const name of Object.keys(attrs)) {
    const v = attrs[name]
    if (typeof v === 'function') el.addEventListener(name.slice(2), v)
    else if (v === true) el.setAttribute(name, '')
    else if (v !== false && v !== null && v !== undefined) el.setAttribute(name, String(v))
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c)
  return el
}
