import { describe, expect, it } from 'vitest'
import { parseErrorReference } from '../src/parseErrorReference'

// Small docs in the shape of docs/errors.md and docs/errors.zh-CN.md; each failing case changes one thing.
const EN_A = '## CODE_A\n\n**error** · path `partnerId` · from `encodeSessionFrom`.\nThe id is over 100\ncharacters. Fix: pass a shorter id.\n'
const EN_B = '## CODE_B\n\n**warning** · path `nickname`.\nA `|` was replaced. Nothing to fix; log it in `onWarning`.\n'
const ZH_A = '## CODE_A\n\n**error** · path `partnerId` · 来自 `encodeSessionFrom`。\n对接ID 超过\n一百个字符。\n解决：传更短的\n`partnerId`。\n'
const ZH_B = '## CODE_B\n\n**warning** · path `nickname`。\n`|` 已替换为全角 `｜`。无需处理；可在 `onWarning` 中记录。\n'

const parse = (en: string, zh: string) => parseErrorReference({ en: { file: 'errors.md', markdown: '# Error reference\n\nIntro.\n\n' + en }, zh: { file: 'errors.zh-CN.md', markdown: zh } })

describe('parseErrorReference', () => {
  it('reads each section: severity, the path/from line, the meaning and the fix, with inline code kept apart', () => {
    expect(parse(EN_A + EN_B, ZH_A + ZH_B)).toEqual([
      {
        code: 'CODE_A',
        severity: 'error',
        where: { en: ['path ', { code: 'partnerId' }, ' · from ', { code: 'encodeSessionFrom' }], zh: ['path ', { code: 'partnerId' }, ' · 来自 ', { code: 'encodeSessionFrom' }] },
        // English lines join with a space, Chinese ones without; "Fix:" / "解决：" is the heading, so it is dropped.
        meaning: { en: ['The id is over 100 characters.'], zh: ['对接ID 超过一百个字符。'] },
        fix: { en: ['Pass a shorter id.'], zh: ['传更短的 ', { code: 'partnerId' }, '。'] },
      },
      {
        code: 'CODE_B',
        severity: 'warning',
        where: { en: ['path ', { code: 'nickname' }], zh: ['path ', { code: 'nickname' }] },
        meaning: { en: ['A ', { code: '|' }, ' was replaced.'], zh: [{ code: '|' }, ' 已替换为全角 ', { code: '｜' }, '。'] },
        fix: { en: ['Nothing to fix; log it in ', { code: 'onWarning' }, '.'], zh: ['无需处理；可在 ', { code: 'onWarning' }, ' 中记录。'] },
      },
    ])
  })

  it.each([
    ['a section without its severity line', EN_A + EN_B.replace('**warning** · ', ''), ZH_A + ZH_B, /errors\.md "## CODE_B": its first line must be "\*\*error\*\* · path …"/],
    ['a severity that is neither error nor warning', EN_A.replace('**error**', '**fatal**'), ZH_A, /errors\.md "## CODE_A": its first line/],
    ['a section with nothing after the severity line', EN_A + '## CODE_B\n\n**warning** · path `x`.\n', ZH_A + ZH_B, /errors\.md "## CODE_B": it says nothing after the severity line/],
    ['an error without "Fix:"', EN_A.replace('Fix: ', ''), ZH_A, /errors\.md "## CODE_A": it has no fix: add "Fix: …"/],
    ['an error that says "Nothing to fix"', EN_A.replace('Fix:', 'Nothing to fix;'), ZH_A, /errors\.md "## CODE_A": it has no fix/],
    ['a Chinese error without "解决："', EN_A, ZH_A.replace('解决：', ''), /errors\.zh-CN\.md "## CODE_A": it has no fix: add "解决：/],
    ['a fix with no meaning before it', EN_A.replace('The id is over 100\ncharacters. ', ''), ZH_A, /errors\.md "## CODE_A": it says how to fix it but not what it means/],
    ['"Fix:" followed by nothing', EN_A.replace('pass a shorter id.', ''), ZH_A, /errors\.md "## CODE_A": "Fix:" is followed by nothing/],
    ['a code in English only', EN_A + EN_B, ZH_A, /"## CODE_B" is in errors\.md but not in errors\.zh-CN\.md/],
    ['a code in Chinese only', EN_A, ZH_A + ZH_B, /"## CODE_B" is in errors\.zh-CN\.md but not in errors\.md/],
    ['a different order', EN_A + EN_B, ZH_B + ZH_A, /errors\.zh-CN\.md has "## CODE_B" where errors\.md has "## CODE_A": list the codes in the same order/],
    ['a different severity', EN_A + EN_B, ZH_A + ZH_B.replace('**warning**', '**error**').replace('无需处理；', '解决：'), /"## CODE_B" is \*\*warning\*\* in errors\.md but \*\*error\*\* in errors\.zh-CN\.md/],
    ['a code twice', EN_A + EN_A, ZH_A + ZH_A, /errors\.md has two "## CODE_A" sections/],
    ['a heading that is not a code', EN_A + '## Other notes\n\nText.\n', ZH_A, /errors\.md: "## Other notes" is not an error code heading/],
    ['no section at all', '', '', /errors\.md has no "## CODE" section/],
    ['an unmatched backtick', EN_A.replace('a shorter id', 'a `shorter id'), ZH_A, /errors\.md "## CODE_A": an unmatched backtick/],
    ['a link (shown raw)', EN_A.replace('a shorter id', 'a [shorter id](https://example.com)'), ZH_A, /errors\.md "## CODE_A": Markdown the playground cannot show/],
    ['HTML (never rendered)', EN_A.replace('a shorter id', 'a <b onclick="x()">shorter</b> id'), ZH_A, /errors\.md "## CODE_A": Markdown the playground cannot show/],
    ['a list', EN_A.replace('Fix: pass a shorter id.', 'Fix:\n- pass a shorter id.'), ZH_A, /errors\.md "## CODE_A": "- pass a shorter id\." is Markdown the playground cannot show/],
    ['a sub-heading', EN_A + '### Example\n', ZH_A, /errors\.md "## CODE_A": "### Example" is Markdown/],
  ])('refuses %s, naming the file and the code', (_, en, zh, message) => {
    expect(() => parse(en, zh)).toThrow(message)
  })

  it('keeps HTML inside inline code as text', () => {
    const [entry] = parse(EN_A.replace('a shorter id', 'no `<img src=x onerror=alert(1)>`'), ZH_A)
    expect(entry!.fix.en).toEqual(['Pass no ', { code: '<img src=x onerror=alert(1)>' }, '.'])
  })
})
