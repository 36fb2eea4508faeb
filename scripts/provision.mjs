// What the tests need from the system, in one place: `pnpm install` runs this (root postinstall) and
// installs what is missing with Debian's apt-get; `pnpm test` runs it with --check first and stops with
// one line naming what to install when something is still missing. .ci/run relies on the same step.
//
//   node scripts/provision.mjs           install what is missing (apt-get as root or through sudo);
//                                        where apt-get is not available, print what to install, exit 0
//   node scripts/provision.mjs --check   install nothing; exit 1 with one line if anything is missing
//
// SOBOT_CONTACT_NO_PROVISION=1 skips the install (the --check still runs before the tests).
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/** Each thing the tests need: how to see it is there, its Debian package, how to get it elsewhere. */
const NEEDS = [
  {
    what: 'Chromium (the browser tests)',
    present: () => existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium'),
    debian: 'chromium',
    elsewhere: 'brew install --cask chromium, then CHROMIUM_PATH=/Applications/Chromium.app/Contents/MacOS/Chromium',
  },
  {
    what: 'redis-server (the Redis store tests)',
    present: () => has(process.env.REDIS_SERVER_PATH || 'redis-server'),
    debian: 'redis-server',
    elsewhere: 'brew install redis',
  },
  {
    what: 'a CJK font (Chinese text in the browser tests and screenshots)',
    present: () => (has('dpkg') ? dpkgHas('fonts-wqy-microhei') : process.platform === 'darwin' || fcHasChinese()),
    debian: 'fonts-wqy-microhei',
    elsewhere: 'any font with Chinese glyphs (WenQuanYi Micro Hei, Noto Sans CJK)',
  },
]

const tag = '[sobot-contact provision]'

function has(command) {
  if (command.includes('/')) return existsSync(command)
  return spawnSync('sh', ['-c', `command -v "${command}"`], { stdio: 'ignore' }).status === 0
}
function dpkgHas(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' })
  return r.status === 0 && r.stdout.includes('install ok installed')
}
function fcHasChinese() {
  const r = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' })
  return r.status === 0 && r.stdout.trim() !== ''
}

/** apt-get as root, else through sudo (non-interactive when there is no terminal). */
function apt(args) {
  const root = process.getuid?.() === 0
  const cmd = root ? 'apt-get' : 'sudo'
  const argv = root ? args : [...(process.stdin.isTTY ? [] : ['-n']), 'apt-get', ...args]
  execFileSync(cmd, argv, {
    stdio: ['inherit', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
}

function oneLine(missing) {
  const debian = missing.map((n) => n.debian).join(' ')
  const elsewhere = missing.map((n) => n.elsewhere).join('; ')
  return (
    `${tag} missing: ${missing.map((n) => n.what).join(', ')}. ` +
    `Debian/Ubuntu: sudo apt-get install -y ${debian}. macOS/other: ${elsewhere}.`
  )
}

const check = process.argv.includes('--check')
const missing = NEEDS.filter((n) => !n.present())
if (missing.length === 0) {
  if (check) console.log(`${tag} ok: ${NEEDS.map((n) => n.debian).join(', ')}`)
  process.exit(0)
}
if (check) {
  console.error(oneLine(missing))
  process.exit(1)
}
if (process.env.SOBOT_CONTACT_NO_PROVISION === '1' || !has('apt-get') || (process.getuid?.() !== 0 && !has('sudo'))) {
  console.warn(oneLine(missing))
  process.exit(0)
}
const packages = missing.map((n) => n.debian)
const started = Date.now()
console.log(`${tag} installing from Debian: ${packages.join(' ')}`)
try {
  const lock = ['-o', 'DPkg::Lock::Timeout=300']
  apt(['update', '-qq', ...lock])
  apt(['install', '-y', '-qq', ...lock, ...packages])
} catch {
  // The install itself does not fail (a build needs none of this); `pnpm test` stops on --check.
}
const still = NEEDS.filter((n) => !n.present())
if (still.length > 0) {
  console.warn(oneLine(still))
  process.exit(0)
}
console.log(`${tag} installed ${packages.join(' ')} in ${Math.round((Date.now() - started) / 1000)} s`)
