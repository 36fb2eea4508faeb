// The few Vue 3 Composition API functions the components' <script setup> uses, on Vue 2.6's Options
// API (uni-app's Vue 2 has no setup()). scripts/vue2Components.mjs compiles each Vue 3 SFC with
// @vue/compiler-sfc and points its `from 'vue'` imports here; the build refuses any other name.
// `setup()` runs inside `data()` (props are ready, computed are not yet), the template reads its
// bindings through Vue 2 computed properties, `onMounted` runs in `mounted`.
import Vue from 'vue'

/** The component whose setup() is running (setup is synchronous). */
let current = null

/** A ref's value, or the value itself. */
const read = (source) => (typeof source === 'function' ? source() : source && source.__vue2Ref ? source.value : source)

/**
 * Vue 3's `computed` on Vue 2: a ref whose `.value` runs the getter each time it is read; the
 * template's Vue 2 computed property (one per binding) caches it and tracks what it read.
 *
 * @example
 * const view = computed(() => controller.view({ session: props.session }))
 */
export function computed(getter) {
  return { __vue2Ref: true, get value() { return getter() } }
}

/**
 * Vue 3's `shallowRef` on Vue 2: `{ value }`, made reactive with `Vue.observable` (which, unlike
 * Vue 3's, also observes what the value holds).
 *
 * @example
 * const page = shallowRef()
 * page.value = resolveChatPageUrl(url)
 */
export function shallowRef(value) {
  return Object.assign(Vue.observable({ value }), { __vue2Ref: true })
}

/**
 * Vue 3's `ref` on Vue 2: `{ value }`, made (deeply) reactive with `Vue.observable`.
 *
 * @example
 * const count = ref(0)
 */
export function ref(value) {
  return shallowRef(value)
}

/**
 * Vue 3's `watch` on Vue 2 (`vm.$watch`): a ref or a getter, `{ immediate }`.
 *
 * @example
 * watch(view, (v) => controller.report(v), { immediate: true })
 */
export function watch(source, callback, options) {
  const vm = requireInstance('watch')
  vm.$watch(() => read(source), callback, { immediate: !!(options && options.immediate) })
}

/**
 * Vue 3's `onMounted` on Vue 2: runs in the component's `mounted` hook.
 *
 * @example
 * onMounted(() => { page.value = resolveChatPageUrl(props.url) })
 */
export function onMounted(hook) {
  const vm = requireInstance('onMounted')
  ;(vm.__vue2Mounted || (vm.__vue2Mounted = [])).push(hook)
}

/**
 * Vue 3's `getCurrentInstance` on Vue 2: `{ proxy, vnode: { props } }`, the listeners the component
 * can see spelled as Vue 3 vnode props (`error` → `onError`), read when asked.
 *
 * @example
 * const instance = getCurrentInstance()
 * const listened = () => typeof instance.vnode.props.onError === 'function'
 */
export function getCurrentInstance() {
  const vm = current
  if (!vm) return null
  return {
    proxy: vm,
    get vnode() {
      const listeners = vm.$listeners || {}
      const props = {}
      for (const name of Object.keys(listeners)) props['on' + name.charAt(0).toUpperCase() + name.slice(1)] = listeners[name]
      return { props }
    },
  }
}

function requireInstance(name) {
  if (!current) throw new Error(`@sobot-contact/uni-vue (Vue 2): ${name}() outside a component's setup()`)
  return current
}

/**
 * The props as setup() reads them. uni-app's Vue 2 runtime hands a mini-program component its props
 * through the component's properties, where one the page did not set, or bound to `undefined`, holds
 * `null` or `''`; Vue 3 leaves it `undefined`, which is what core takes for an absent `card`,
 * `webLink` or `chatPage`. So for a prop without a default, `null` and `''` read as `undefined`.
 * Reads stay reactive (each getter reads `vm.$props`).
 */
function setupProps(vm) {
  const declared = vm.$options.props || {}
  const props = {}
  for (const name of Object.keys(declared)) {
    const absent = !('default' in declared[name])
    Object.defineProperty(props, name, {
      enumerable: true,
      get: () => (absent && (vm.$props[name] === null || vm.$props[name] === '') ? undefined : vm.$props[name]),
    })
  }
  return props
}

/** Runs `setup` for `vm` and keeps its bindings (called from `data()`). */
function runSetup(vm, setup) {
  current = vm
  try {
    vm.__vue2Setup = setup(setupProps(vm), { emit: (...args) => vm.$emit(...args), expose: () => {}, attrs: vm.$attrs, slots: vm.$scopedSlots })
  } finally {
    current = null
  }
}

/**
 * What @vue/compiler-sfc makes of a `<script setup>` (`defineComponent({ name, props, emits, setup })`)
 * as a Vue 2 component: `setup` runs in `data()`, each name in `bindings` (what the template reads)
 * becomes a computed property unwrapping the binding.
 *
 * @example
 * export default defineComponent(['view', 'onTap'], { name: 'SobotContactButton', props: { … }, setup(props, { emit }) { … } })
 */
export function defineComponent(bindings, options) {
  // Vue 2 has no `emits` option (every listener is in $listeners) and no `__name`.
  const { setup, emits: _emits, __name: _name, ...rest } = options
  const computedBindings = {}
  for (const name of bindings) {
    computedBindings[name] = function () {
      const value = (this.__vue2Setup || {})[name]
      return value && value.__vue2Ref ? value.value : value
    }
  }
  return {
    ...rest,
    data() {
      // uni-app's mini-program runtime calls data() once on Vue.prototype for the initial page data.
      if (this instanceof Vue) runSetup(this, setup)
      return {}
    },
    computed: computedBindings,
    mounted() {
      for (const hook of this.__vue2Mounted || []) hook()
    },
  }
}
