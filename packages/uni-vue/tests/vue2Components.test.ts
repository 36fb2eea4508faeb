import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { parse } from '@vue/compiler-sfc'
import { vue2Component, Vue2BuildError, writeVue2Components } from '../scripts/vue2Components.mjs'
import SobotContactButton from '../components/sobot-contact-button/sobot-contact-button.vue'
import SobotChatWebView from '../components/sobot-chat-web-view/sobot-chat-web-view.vue'

// The Vue 2 variants are generated from the Vue 3 SFCs (scripts/vue2Components.mjs): what a Vue 3
// edit changes reaches Vue 2 without a hand-kept copy, and what the bridge cannot carry stops the
// build. Their behaviour on Vue 2 is tested on Vue 2's runtime (vue2Runtime.test.ts) and on uni-app's
// Vue 2 CLI builds (tests/uni-integration/tests/vue2*.test.ts).
const HERE = dirname(fileURLToPath(import.meta.url))
const BUTTON = resolve(HERE, '../components/sobot-contact-button/sobot-contact-button.vue')
const buttonSource = readFileSync(BUTTON, 'utf8')

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** The generated SFC's template and script. */
function blocks(sfc: string) {
  const { descriptor, errors } = parse(sfc)
  expect(errors).toEqual([])
  return { template: descriptor.template?.content, script: descriptor.script, setup: descriptor.scriptSetup }
}

/** The runtime `props` object the generated script passes to the bridge (evaluated: plain data and functions). */
function propsOf(sfc: string): Record<string, { type?: unknown; default?: unknown }> {
  const script = blocks(sfc).script!.content
  const at = script.indexOf('props: {')
  expect(at).toBeGreaterThan(0)
  let depth = 0
  let end = at + 'props: '.length
  for (; end < script.length; end++) {
    if (script[end] === '{') depth++
    if (script[end] === '}' && --depth === 0) break
  }
  return new Function(`return ${script.slice(at + 'props: '.length, end + 1)}`)() as Record<string, { type?: unknown; default?: unknown }>
}

describe('vue2Component: a Vue 3 <script setup> SFC as a Vue 2 SFC', () => {
  it("keeps the template as it is and turns <script setup lang=\"ts\"> into a plain script on the bridge's imports", () => {
    const sfc = vue2Component(buttonSource, 'components/sobot-contact-button/sobot-contact-button.vue')
    const { template, script, setup } = blocks(sfc)
    expect(template).toBe(parse(buttonSource).descriptor.template!.content)
    expect(setup).toBeNull()
    expect(script!.lang).toBeUndefined()
    const imports = [...script!.content.matchAll(/^import .* from '([^']+)';?$/gm)].map((m) => m[1])
    expect(imports).toEqual(['./vue2Composition.js', './vue2Composition.js', '@sobot-contact/core', './uniPlatform'])
    expect(script!.content).not.toMatch(/\bdefineProps\b|\bdefineOptions\b|: SobotContactError\b/)
    // What the template reads from setup, as the bridge's computed properties.
    expect(script!.content).toContain('_defineComponent(["onContact", "onTap", "view"], ')
  })

  it("declares exactly the Vue 3 component's props, with the same defaults and Boolean casting", () => {
    for (const [file, component] of [
      ['components/sobot-contact-button/sobot-contact-button.vue', SobotContactButton],
      ['components/sobot-chat-web-view/sobot-chat-web-view.vue', SobotChatWebView],
    ] as const) {
      const vue3 = (component as unknown as { props: Record<string, { type?: unknown; default?: unknown }> }).props
      const vue2 = propsOf(vue2Component(readFileSync(resolve(HERE, '..', file), 'utf8'), file))
      expect(Object.keys(vue2), file).toEqual(Object.keys(vue3))
      for (const [name, declared] of Object.entries(vue3)) {
        expect(vue2[name]?.default, `${file} ${name}`).toEqual(declared.default)
        expect(vue2[name]?.type === Boolean, `${file} ${name}`).toBe(declared.type === Boolean)
      }
    }
  })

  it('a prop added to the Vue 3 SFC reaches the Vue 2 variant, typed and defaulted', () => {
    // A prop as the next change would add one: declared with its type, defaulted in withDefaults.
    const withProbe = buttonSource.replace('  }>(),\n', '    /** A new option. */\n    probe?: boolean\n  }>(),\n').replace('    navigateOnContact: false,\n', '    navigateOnContact: false,\n    probe: true,\n')
    expect(withProbe.match(/probe/g)).toHaveLength(2)
    const props = propsOf(vue2Component(withProbe, 'sobot-contact-button.vue'))
    expect(props.probe).toMatchObject({ type: Boolean, default: true })
    // and the props that landed since (bare, kf) came through as well
    expect(props.bare).toMatchObject({ type: Boolean })
    expect(props).toHaveProperty('kf')
  })

  it("refuses a Vue API the bridge does not provide, naming the file and the function", () => {
    const sfc = "<template><view>{{ n }}</view></template>\n<script setup lang=\"ts\">\nimport { inject } from 'vue'\nconst n = inject('n')\n</script>\n"
    expect(() => vue2Component(sfc, 'components/sobot-x/sobot-x.vue')).toThrow(Vue2BuildError)
    expect(() => vue2Component(sfc, 'components/sobot-x/sobot-x.vue')).toThrow(/components\/sobot-x\/sobot-x\.vue uses `inject` from 'vue', which Vue 2\.6 lacks/)
  })

  it('refuses a component that is not one <template> and one <script setup>', () => {
    expect(() => vue2Component('<template><view /></template>\n<script>\nexport default {}\n</script>\n', 'sobot-x.vue')).toThrow(/one <script setup>/)
  })
})

describe('writeVue2Components: every component folder', () => {
  it('writes <name>.vue generated, .ts helpers as .js, and the bridge into each folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sobot-vue2-gen-'))
    dirs.push(dir)
    mkdirSync(join(dir, 'components/sobot-x'), { recursive: true })
    writeFileSync(join(dir, 'components/sobot-x/sobot-x.vue'), "<template><view>{{ label }}</view></template>\n<script setup lang=\"ts\">\nimport { computed } from 'vue'\nimport { helper } from './helper'\nconst label = computed(() => helper(1))\n</script>\n")
    writeFileSync(join(dir, 'components/sobot-x/helper.ts'), 'export const helper = (n: number): string => String(n)\n')
    expect(writeVue2Components({ componentsDir: join(dir, 'components'), outDir: join(dir, 'out') })).toEqual(['sobot-x'])
    expect(readFileSync(join(dir, 'out/sobot-x/helper.js'), 'utf8')).toContain('export const helper = (n) => String(n);')
    expect(readFileSync(join(dir, 'out/sobot-x/vue2Composition.js'), 'utf8')).toBe(readFileSync(resolve(HERE, '../vue2/vue2Composition.js'), 'utf8'))
    expect(readFileSync(join(dir, 'out/sobot-x/sobot-x.vue'), 'utf8')).toContain('_defineComponent(["label"], ')
  })
})
