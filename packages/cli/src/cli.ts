import { readFileSync } from 'node:fs'
import { Command, CommanderError, Option } from 'commander'
import {
  decodeSessionFrom,
  measureSessionFrom,
  parseSobotWebLink,
  toGroup,
  WEB_LINK_PARAM_NAMES,
  prepareSessionFrom,
  SESSION_FROM_BYTE_LIMIT,
  SESSION_FROM_KEYS,
  shortenFreeText,
  SobotContactError,
  utf8ByteLength,
  validateSessionFrom,
  type EncodeSessionFromOptions,
  type ParsedSobotWebLink,
  type WebLinkField,
  type SessionFromInput,
} from '@sobot-contact/core'
import { decryptUnionId, encryptUnionId } from '@sobot-contact/core/unionid'
import { colors, formatIssues, table } from './format'
import { inspectKfLink, isKfLink } from './inspectKfLink'
import { parseJsonOption, readArgOrStdin, readFileOrStdin, UsageError } from './io'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
const out = (s: string) => process.stdout.write(s + '\n')
const err = (s: string) => process.stderr.write(s + '\n')

const program = new Command('sobot-contact')
  .description("Encode, inspect and decode Sobot (智齿客服) session-from strings for WeChat's contact button; read web and 微信客服 links; encrypt UnionIDs.")
  .version(pkg.version, '-v, --version')
  .showHelpAfterError('(add --help for usage)')
  .exitOverride()
  .addHelpText(
    'after',
    `
Examples:
  $ sobot-contact inspect 'sobot|Tom||{}|partnerid=1'
  $ sobot-contact inspect 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=demo0000&uname=Tom'
  $ sobot-contact encode --nickname Tom --partner-id user-42
  $ sobot-contact decode 'sobot|Tom||{"vip":true}|partnerid=42'
  $ SOBOT_CHANNEL_KEY=… sobot-contact unionid decrypt <ciphertext>

Exit codes: 0 ok, 1 invalid input (the coded error and its field path on stderr), 2 wrong usage.`,
  )

/** Printed after a SobotContactError's issues, when the command knows a flag that helps. */
let hint = ''

// ---- encode -------------------------------------------------------------------------------------
const jsonFlags = ['params', 'transferAction', 'platformAction', 'customerFields'] as const
program
  .command('encode')
  .description('Write the session-from string from flags or a JSON file; exit 1 with the coded error on bad input.')
  .option('-i, --input <file>', 'JSON file with the session fields ("-" for stdin); flags override it')
  .option('--nickname <text>', 'visitor nickname')
  .option('--avatar-url <url>', 'visitor avatar URL')
  .option('--params <json>', 'custom fields, a flat JSON object')
  .option('--transfer-action <json>', 'routing steps, a JSON array of { actionType, deciId, optionId, spillId? }')
  .option('--platform-action <json>', 'JSON { customerCode, flowGroupId? }')
  .option('--partner-id <id>', "the user's id in your system (≤ 100 characters)")
  .option('--robot-id <id>', 'Sobot bot id')
  .option('--union-id <id>', 'WeChat UnionID or its ciphertext')
  .option('--customer-fields <json>', 'Sobot custom fields, a flat JSON object')
  .option('--shorten', 'over 1000 bytes: shorten the nickname / drop the avatar instead of failing')
  .addHelpText(
    'after',
    `
Examples:
  $ sobot-contact encode --nickname Tom --partner-id user-42
  sobot|Tom|||partnerid=user-42
  $ echo '{"nickname":"Tom","transferAction":[{"actionType":"to_group","deciId":"g1","optionId":"4"}]}' | sobot-contact encode -i -`,
  )
  .action((opts: Record<string, string | boolean | undefined>) => {
    const input: Record<string, unknown> = opts.input ? (parseJsonOption(readFileOrStdin(String(opts.input)), '--input') as Record<string, unknown>) : {}
    if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new UsageError('--input must hold a JSON object')
    for (const key of ['nickname', 'avatarUrl', 'partnerId', 'robotId', 'unionId'] as const) {
      if (opts[key] !== undefined) input[key] = opts[key]
    }
    for (const key of jsonFlags) {
      if (opts[key] !== undefined) input[key] = parseJsonOption(String(opts[key]), '--' + key.replace(/[A-Z]/g, (m) => '-' + m.toLowerCase()))
    }
    const options: EncodeSessionFromOptions = opts.shorten ? { overflow: shortenFreeText } : {}
    let prepared: ReturnType<typeof prepareSessionFrom>
    try {
      prepared = prepareSessionFrom(input as SessionFromInput, options)
    } catch (e) {
      if (e instanceof SobotContactError && e.code === 'SESSION_FROM_TOO_LONG' && !opts.shorten) {
        hint = 'hint: --shorten applies the shortenFreeText policy (shortens the nickname, then drops the avatar)'
      }
      throw e
    }
    if (prepared.warnings.length) err(formatIssues(prepared.warnings, process.stderr))
    out(prepared.value)
  })

// ---- inspect ------------------------------------------------------------------------------------
const FIELD_ROWS: [keyof ReturnType<typeof measureSessionFrom>['fields'], string][] = [
  ['nickname', 'nickname'],
  ['avatarUrl', 'avatar'],
  ['params', 'params'],
  ...(Object.keys(SESSION_FROM_KEYS) as (keyof typeof SESSION_FROM_KEYS)[]).map((k) => [k, SESSION_FROM_KEYS[k]] as [typeof k, string]),
]

/** A Sobot web link: its fields, and the session rules that still apply on the web (no byte limit, no separator). */
function inspectWebLink(raw: string, opts: { json?: boolean; allowHost?: string[] }) {
  let parsed: ParsedSobotWebLink
  try {
    parsed = parseSobotWebLink(raw, { allowedHosts: opts.allowHost })
  } catch (e) {
    if (e instanceof SobotContactError && / nor in allowedHosts/.test(e.message)) {
      hint = 'hint: --allow-host <host> allows your own domain for Sobot\'s chat'
    }
    if (!opts.json || !(e instanceof SobotContactError)) throw e
    out(JSON.stringify({ link: null, issues: e.issues }, null, 2))
    process.exitCode = 1
    return
  }
  const { groupId, ...fields } = parsed.session
  const session: SessionFromInput = groupId === undefined ? fields : { ...fields, transferAction: [toGroup(groupId)] }
  const issues = validateSessionFrom(session)
    .filter((i) => i.code !== 'SESSION_FROM_TOO_LONG' && i.code !== 'SEPARATOR_REPLACED')
    .map((i) => (i.path.indexOf('transferAction[0]') === 0 ? { ...i, path: 'groupId' } : i))
  if (opts.json) {
    out(JSON.stringify({ link: parsed, issues }, null, 2))
  } else {
    const c = colors(process.stdout)
    const rows: string[][] = [['sysnum', 'company id (公司 ID)', parsed.sysnum]]
    if (parsed.channelid !== undefined) rows.push(['channelid', 'channel', parsed.channelid])
    for (const field of Object.keys(WEB_LINK_PARAM_NAMES) as WebLinkField[]) {
      const v = parsed.session[field]
      if (v !== undefined) rows.push([WEB_LINK_PARAM_NAMES[field], field, typeof v === 'string' ? v : JSON.stringify(v)])
    }
    for (const name of Object.keys(parsed.extra)) rows.push([name, '(passed as is)', parsed.extra[name]!])
    out(`web link: ${parsed.base}`)
    out(table(rows, process.stdout, ['parameter', 'field', 'value']))
    out('')
    out(issues.length ? formatIssues(issues, process.stdout) : c.green('no issues'))
  }
  if (issues.some((i) => i.severity === 'error')) process.exitCode = 1
}

program
  .command('inspect')
  .argument('[session-from | link]', 'the string, a Sobot web link or a 微信客服 link (https://…), or "-" for stdin')
  .description(
    "Decode a session-from and show every field, its UTF-8 bytes, the total against 1000 and every issue; or read a Sobot web link (https://…) parameter by parameter; or a 微信客服 link (https://work.weixin.qq.com/…): its scene_param's fields and bytes against 128.",
  )
  .option('--json', 'machine-readable output')
  .option('--allow-host <host>', 'a web link on your own domain: allow this host besides *.sobot.com / *.soboten.com (repeatable)', (h: string, all: string[] = []) => all.concat(h))
  .addHelpText(
    'after',
    `
Examples:
  $ sobot-contact inspect 'sobot|Tom||{}|partnerid=1'
  $ sobot-contact inspect 'https://chat.sobot.com/chat/h5/v2/index.html?sysnum=demo0000&uname=Tom'
  $ sobot-contact inspect 'https://kefu.example.com/chat?sysnum=demo0000' --allow-host kefu.example.com
  $ sobot-contact inspect 'https://work.weixin.qq.com/kf/kfc0123456789abcdef?enc_scene=ENC1&scene_param=eyJ1bmFtZSI6IlRvbSJ9'`,
  )
  .action((value: string | undefined, opts: { json?: boolean; allowHost?: string[] }) => {
    const raw = readArgOrStdin(value, 'the session-from string or web link')
    if (isKfLink(raw)) return inspectKfLink(raw, opts, out)
    if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) return inspectWebLink(raw, opts)
    let decoded: ReturnType<typeof decodeSessionFrom>
    try {
      decoded = decodeSessionFrom(raw)
    } catch (e) {
      if (!opts.json || !(e instanceof SobotContactError)) throw e
      // Machines get JSON on stdout for an undecodable string too.
      const bytes = utf8ByteLength(raw)
      out(JSON.stringify({ fields: null, bytes, limit: SESSION_FROM_BYTE_LIMIT, fits: bytes <= SESSION_FROM_BYTE_LIMIT, issues: e.issues }, null, 2))
      process.exitCode = 1
      return
    }
    const measure = measureSessionFrom(decoded)
    const issues = validateSessionFrom(decoded)
    const bytes = utf8ByteLength(raw)
    const errors = issues.filter((i) => i.severity === 'error')
    if (opts.json) {
      out(JSON.stringify({ fields: decoded, bytes, limit: measure.limit, fits: bytes <= measure.limit, bytesByField: measure.fields, canonicalBytes: measure.bytes, issues }, null, 2))
    } else {
      const c = colors(process.stdout)
      const rows = FIELD_ROWS.filter(([field]) => decoded[field] !== undefined).map(([field, label]) => {
        const v = decoded[field]
        // The value last: a long one wraps without pushing the bytes column off the screen.
        return [label, String(measure.fields[field]), typeof v === 'string' ? v : JSON.stringify(v)]
      })
      out(table(rows, process.stdout, ['field', 'bytes', 'value']))
      const total = `${bytes} / ${measure.limit} bytes (UTF-8)`
      out('')
      out(`total: ${bytes <= measure.limit ? c.green(total) : c.red(total + ' — WeChat truncates the rest')}`)
      if (measure.bytes !== bytes) out(`canonical form (as encodeSessionFrom writes it): ${measure.bytes} bytes`)
      out(issues.length ? formatIssues(issues, process.stdout) : c.green('no issues'))
    }
    if (errors.length) process.exitCode = 1
  })

// ---- decode -------------------------------------------------------------------------------------
program
  .command('decode')
  .argument('[session-from]', 'the string, or "-" for stdin')
  .description('Print the fields of a session-from as JSON (the input object encode takes).')
  .addHelpText(
    'after',
    `
Example:
  $ sobot-contact decode 'sobot|Tom||{"vip":true}|partnerid=42'`,
  )
  .action((value: string | undefined) => {
    out(JSON.stringify(decodeSessionFrom(readArgOrStdin(value, 'the session-from string')), null, 2))
  })

// ---- unionid ------------------------------------------------------------------------------------
const KEY_REFUSED =
  'a channel key on the command line lands in your shell history and in every process list; ' +
  'set SOBOT_CHANNEL_KEY in the environment or pass --key-file <path> instead'

function channelKey(opts: { keyFile?: string }): string {
  if (opts.keyFile) {
    let text: string
    try {
      text = readFileSync(opts.keyFile, 'utf8')
    } catch (e) {
      // Not the path: someone who typed the key itself after --key-file must not see it printed.
      throw new UsageError(`cannot read the --key-file (${(e as NodeJS.ErrnoException).code ?? 'error'}): give the path of a file holding the channel key`)
    }
    return text.replace(/\r?\n$/, '')
  }
  const key = process.env.SOBOT_CHANNEL_KEY
  if (!key) throw new UsageError('no channel key: set SOBOT_CHANNEL_KEY or pass --key-file <path>')
  return key
}

const unionid = program
  .command('unionid')
  .description("Encrypt or decrypt a UnionID with Sobot's channel key (AES/ECB/PKCS5Padding, Base64).")
  .addHelpText(
    'after',
    `
The key comes from SOBOT_CHANNEL_KEY or --key-file <path>, never from a flag value.

Example:
  $ sobot-contact unionid encrypt oJw8S1S0ZheoM2PnKbka3zJO-QyE --key-file ~/.sobot-key`,
  )

for (const mode of ['encrypt', 'decrypt'] as const) {
  unionid
    .command(mode)
    .argument(`[${mode === 'encrypt' ? 'unionid' : 'ciphertext'}]`, 'the value, or "-" for stdin')
    .description(mode === 'encrypt' ? 'Encrypt a UnionID for the unionid field.' : 'Decrypt a ciphertext (check a key, debug a session).')
    .option('--key-file <path>', 'file holding the channel key (otherwise SOBOT_CHANNEL_KEY)')
    .option('--hex', 'hex instead of Base64')
    // Declared only to refuse it with an explanation.
    .addOption(new Option('-k, --key [key]').hideHelp())
    .addHelpText(
      'after',
      `
The key is read from SOBOT_CHANNEL_KEY or --key-file, never from a flag value: ${KEY_REFUSED.split(';')[0]}.

Example:
  $ export SOBOT_CHANNEL_KEY="$(cat ~/.sobot-key)"
  $ sobot-contact unionid ${mode} ${mode === 'encrypt' ? 'oJw8S1S0ZheoM2PnKbka3zJO-QyE' : 'u8q8NXTadeR1dDJVTA+M6gIQk3z3wV6aliYelfQgZRM='}`,
    )
    .action((value: string | undefined, opts: { keyFile?: string; hex?: boolean; key?: string }) => {
      if (opts.key !== undefined) throw new UsageError('--key is refused: ' + KEY_REFUSED)
      const key = channelKey(opts)
      const text = readArgOrStdin(value, mode === 'encrypt' ? 'the UnionID' : 'the ciphertext')
      const options = opts.hex ? { encoding: 'hex' as const } : {}
      out(mode === 'encrypt' ? encryptUnionId(text, key, options) : decryptUnionId(text, key, options))
    })
}

// ---- run ----------------------------------------------------------------------------------------
try {
  program.parse(process.argv)
} catch (e) {
  const c = colors(process.stderr)
  if (e instanceof CommanderError) {
    // --help / --version exit 0; anything commander rejects (unknown option, missing command…) is usage.
    process.exitCode = e.exitCode === 0 ? 0 : 2
  } else if (e instanceof SobotContactError) {
    err(formatIssues(e.issues, process.stderr))
    if (hint) err(hint)
    process.exitCode = 1
  } else if (e instanceof UsageError) {
    err(`${c.red('error')}: ${e.message}`)
    process.exitCode = 2
  } else if (e instanceof Error && (e as NodeJS.ErrnoException).code === 'ENOENT') {
    err(`${c.red('error')}: ${e.message}`)
    process.exitCode = 2
  } else {
    throw e
  }
}
