#!/usr/bin/env node
// Copies the AVM component and the scripts it needs into an APICloud widget (the folder with config.xml):
//   widget/components/sobot-contact-button.stml
//   widget/script/sobot-contact.js        (ES module the component imports; core included)
//   widget/script/sobot-contact.iife.js   (one global, SobotContact, for <script src> in widget/html pages)
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const USAGE = `Usage: sobot-contact-apicloud add [widget-dir] [--force]

Copies sobot-contact-button.stml into <widget-dir>/components/ and sobot-contact.js,
sobot-contact.iife.js into <widget-dir>/script/. <widget-dir> is the folder holding
config.xml (default: ./widget). Existing files that differ are kept unless --force.

Example:
  npx sobot-contact-apicloud add widget`

function main(argv) {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { force: { type: 'boolean', short: 'f' }, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean' } },
    })
  } catch (e) {
    console.error(`${e.message}\n\n${USAGE}`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) return console.log(USAGE), 0
  if (values.version) return console.log(JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version), 0
  const [command, dir = 'widget', ...rest] = positionals
  if (command !== 'add' || rest.length) {
    console.error(`${command ? `Unknown arguments: ${positionals.join(' ')}` : 'Missing command "add".'}\n\n${USAGE}`)
    return 2
  }
  const widget = resolve(dir)
  if (!existsSync(join(widget, 'config.xml'))) {
    console.error(`${dir}: no config.xml here. Point to your APICloud widget folder (the one with config.xml).`)
    return 1
  }
  const files = [
    ['components/sobot-contact-button.stml', 'components/sobot-contact-button.stml'],
    ['dist/avm/sobot-contact.js', 'script/sobot-contact.js'],
    ['dist/sobot-contact.iife.js', 'script/sobot-contact.iife.js'],
  ]
  for (const [from] of files) {
    if (!existsSync(join(pkg, from))) {
      console.error(`${from} is missing from @sobot-contact/apicloud: build the package first (pnpm --filter @sobot-contact/apicloud build).`)
      return 1
    }
  }
  const kept = []
  for (const [from, to] of files) {
    const src = join(pkg, from)
    const dest = join(widget, to)
    const same = existsSync(dest) && readFileSync(dest).equals(readFileSync(src))
    if (existsSync(dest) && !same && !values.force) {
      kept.push(to)
      continue
    }
    mkdirSync(dirname(dest), { recursive: true })
    if (!same) copyFileSync(src, dest)
    console.log(`${same ? 'unchanged' : 'copied   '} ${relative(process.cwd(), dest) || dest} (${statSync(dest).size} bytes)`)
  }
  if (kept.length) {
    console.error(`kept your edited ${kept.join(', ')}: re-run with --force to overwrite.`)
    return 1
  }
  return 0
}

process.exitCode = main(process.argv.slice(2))
