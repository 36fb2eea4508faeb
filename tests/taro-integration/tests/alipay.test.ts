// The Alipay build of apps/taro-react-demo (`taro build --type alipay`, the Taro CLI). There is no
// Alipay simulator here: the test reads the built files — the chat page is in the app, and the
// bundle carries core's answer for Alipay (open the chat page), not WeChat's contact button.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, expect, test } from 'vitest'
import { CHAT_PAGE } from 'sobot-contact-scenarios'
import { errorLines } from 'sobot-contact-test-kit/run-cli'
import { APP_DIR, taroBuild, type TaroBuild } from './buildDemo'

let build: TaroBuild
beforeAll(async () => {
  build = await taroBuild(APP_DIR, 'alipay')
}, 400_000)

const allJs = (dir: string): string =>
  readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? allJs(join(dir, e.name)) : e.name.endsWith('.js') ? readFileSync(join(dir, e.name), 'utf8') : ''))
    .join('\n')

test('taro build --type alipay succeeds', () => {
  expect(build.status, build.log.slice(-3000)).toBe(0)
  expect(errorLines(build.log).filter((l) => !/\bwarning\b/i.test(l))).toEqual([])
})

test('the chat page is an Alipay page with a web-view, and the button opens it', () => {
  const app = JSON.parse(readFileSync(join(build.outDir, 'app.json'), 'utf8')) as { pages: string[] }
  expect(app.pages).toContain(CHAT_PAGE.slice(1))
  for (const ext of ['axml', 'js', 'json']) expect(existsSync(join(build.outDir, `${CHAT_PAGE.slice(1)}.${ext}`)), ext).toBe(true)
  const templates = readFileSync(join(build.outDir, 'base.axml'), 'utf8')
  expect(templates).toMatch(/<web-view\b/)
  const js = allJs(build.outDir)
  expect(js).toContain(CHAT_PAGE) // the demo's chatPage prop
  expect(js).toContain('open-chat-page') // core's channel table is in the Alipay bundle…
  expect(js).toContain('WEB_LINK_FIELD_DROPPED') // …and the link builder, in the chat page
})
