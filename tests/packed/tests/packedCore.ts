import { createRequire } from 'node:module'
import { join } from 'node:path'
import type * as Core from '@sobot-contact/core'

/** `@sobot-contact/core` as installed from its tarball in a throwaway project (not the workspace copy). */
export function packedCore(projectDir: string): typeof Core {
  return createRequire(join(projectDir, 'package.json'))('@sobot-contact/core') as typeof Core
}
