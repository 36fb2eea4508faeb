// Types of pluginComponents.mjs for the tests (the script itself is plain ESM run by Node).

/** What the uni_modules plugin cannot carry; the message names the file and the import. */
export class PluginBuildError extends Error {}

/** All files under `dir`, as paths relative to it (forward slashes). */
export function filesOf(dir: string, base?: string): string[]

/**
 * Copies every folder of `componentsDir` to `<outDir>/components/` with each script's imports
 * rewritten for the plugin; returns the component names. Throws {@link PluginBuildError}.
 *
 * @example
 * copyComponents({ componentsDir: 'components', outDir: 'uni_modules/sobot-contact', coreBundle: 'js_sdk/sobot-contact-core.js', root: '../..' })
 */
export function copyComponents(options: { componentsDir: string; outDir: string; coreBundle: string; root: string }): string[]
