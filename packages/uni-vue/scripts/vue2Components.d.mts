// Types of vue2Components.mjs for the tests (the script itself is plain ESM run by Node).

/** What cannot become a Vue 2 component; the message names the file and says what to do. */
export class Vue2BuildError extends Error {}

/**
 * One Vue 3 SFC (`<script setup lang="ts">`) as the source of its Vue 2 variant.
 *
 * @example
 * const sfc = vue2Component(readFileSync('components/sobot-x/sobot-x.vue', 'utf8'), 'components/sobot-x/sobot-x.vue')
 */
export function vue2Component(source: string, file: string): string

/**
 * Writes the Vue 2 variant of every `componentsDir/<name>/` into `outDir/<name>/`; returns the names.
 *
 * @example
 * writeVue2Components({ componentsDir: 'components', outDir: 'vue2/components' })
 */
export function writeVue2Components(options: { componentsDir: string; outDir: string }): string[]
