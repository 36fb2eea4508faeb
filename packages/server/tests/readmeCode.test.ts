// The README's code compiles as a user would paste it (tsc --strict against the built types, with
// node-redis as the user would install it), in English and in Chinese, and both show the same code.
// The checker itself is tested in core (packages/core/tests/readmeCode.test.ts).
import { fileURLToPath } from 'node:url'
import { readmeCodeSpec } from 'sobot-contact-test-kit/readme-code-spec'

readmeCodeSpec('server', fileURLToPath(new URL('..', import.meta.url)), { lang: 'ts', atLeast: 2 })
