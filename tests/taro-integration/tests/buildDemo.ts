import { existsSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli, type CliRun } from 'sobot-contact-test-kit/run-cli'

export { errorLines } from 'sobot-contact-test-kit/run-cli'

const HERE = dirname(fileURLToPath(import.meta.url))
/** apps/taro-react-demo: the sample app these tests build and run. */
export const APP_DIR = resolve(HERE, '../../../apps/taro-react-demo')

/** What one `taro build --type weapp` did. */
export interface TaroBuild extends CliRun {
  outDir: string
}

/**
 * Builds a Taro project with the app's own Taro CLI: `taro build --type <type>`, in production
 * mode (minified, as a release would be). The demo writes each target to its own folder: `dist/`
 * for WeChat, `dist-<type>/` for the others.
 * @param projectDir - The Taro project (the app itself, or a variant copy of it for measurements).
 * @param type - `weapp` (default), `h5`, `alipay`…
 */
export async function taroBuild(projectDir: string = APP_DIR, type = 'weapp'): Promise<TaroBuild> {
  const taro = join(APP_DIR, 'node_modules/.bin/taro')
  if (!existsSync(taro)) throw new Error(`Taro CLI not found at ${taro}: run pnpm install`)
  const outDir = join(projectDir, type === 'weapp' ? 'dist' : `dist-${type}`)
  rmSync(outDir, { recursive: true, force: true })
  const run = await runCli(taro, ['build', '--type', type], { cwd: projectDir, env: { CI: 'true' } })
  return { ...run, outDir }
}
