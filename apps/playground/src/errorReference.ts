import type { SobotApiCloudErrorCode } from '@sobot-contact/apicloud'

/** One entry of the error reference. */
export interface ErrorReferenceEntry {
  /** `error` stops encoding; `warning` reports a change that was made and still encoded. */
  severity: 'error' | 'warning'
  /** Which package or entry point reports it. */
  source: string
  /** What it means, in Chinese and English. */
  meaning: { zh: string; en: string }
  /** How to fix it, in Chinese and English. */
  fix: { zh: string; en: string }
}

/**
 * The error reference: one entry per code a `@sobot-contact/*` package reports — core's
 * `SobotContactErrorCode` (core, Taro, uni-app) and the APICloud App path's own codes, which
 * `SobotApiCloudErrorCode` adds to them. The mapped type makes a missing or unknown code a compile
 * error; a test also checks the list against both unions in the packages' source. The page's Errors
 * tab and every issue's link are generated from this single source.
 *
 * @example
 * ERROR_REFERENCE.SESSION_FROM_TOO_LONG.fix.en
 */
export const ERROR_REFERENCE: { readonly [K in SobotApiCloudErrorCode]: ErrorReferenceEntry } = {
  SESSION_FROM_TOO_LONG: {
    severity: 'error',
    source: '@sobot-contact/core',
    meaning: {
      zh: 'session-from 超过微信的 1000 个 UTF-8 字节；微信会静默截断多出的部分，访客会被错误路由。中文每个字占 3 个字节。',
      en: 'session-from is over WeChat’s 1000 UTF-8 bytes; WeChat silently truncates the rest and the visitor is routed wrongly. A Chinese character takes 3 bytes.',
    },
    fix: {
      zh: '看字节条找出最占空间的字段并缩短它，或打开“自动缩短”（shortenFreeText：先缩短昵称，必要时去掉头像）。',
      en: 'Find the field that eats the budget in the byte bar and shorten it, or switch on “shorten” (shortenFreeText: shortens the nickname, then drops the avatar if needed).',
    },
  },
  SEPARATOR_IN_ID: {
    severity: 'error',
    source: '@sobot-contact/core',
    meaning: { zh: 'ID 字段（partnerid、robotid、unionid、deciId、customerCode…）里有分隔符 “|”，它会让后面的字段全部错位。', en: 'An id (partnerid, robotid, unionid, deciId, customerCode…) contains the separator “|”, which would shift every later field.' },
    fix: { zh: '从 ID 中去掉 “|”：ID 无法转义。', en: 'Remove “|” from the id: ids cannot be escaped.' },
  },
  SEPARATOR_REPLACED: {
    severity: 'warning',
    source: '@sobot-contact/core',
    meaning: { zh: '昵称或头像里的 “|” 已替换为全角 “｜”（U+FF5C），字符串仍可用。', en: 'A “|” in the nickname or avatar URL was replaced by the full-width “｜” (U+FF5C); the string is still usable.' },
    fix: { zh: '无需处理；若不想被替换，请在传入前去掉 “|”。', en: 'Nothing to do; remove “|” before passing the value if you do not want the replacement.' },
  },
  INVALID_TRANSFER_ACTION: {
    severity: 'error',
    source: '@sobot-contact/core',
    meaning: {
      zh: '指定接待（transfer_action）不成立：代码不属于该类型、溢出的步骤后面没有下一步、不溢出的步骤后面还有步骤（永远到不了），或超过 4 步。',
      en: 'The routing (transfer_action) is impossible: a code that does not belong to the step type, an overflowing step with no next step, a step after a step that does not overflow (unreachable), or more than 4 steps.',
    },
    fix: { zh: '用 toGroup() / toAgent() 构造步骤；只有最后一步不溢出，最多 4 步。', en: 'Build the steps with toGroup() / toAgent(); only the last step does not overflow; at most 4 steps.' },
  },
  PARTNER_ID_TOO_LONG: {
    severity: 'error',
    source: '@sobot-contact/core',
    meaning: { zh: 'partnerid（对接 ID）超过 100 个字符。', en: 'partnerid (your user id) is over 100 characters.' },
    fix: { zh: '使用不超过 100 个字符的 ID，例如哈希或数据库主键。', en: 'Use an id of at most 100 characters, such as a hash or your database key.' },
  },
  MISSING_CUSTOMER_CODE: {
    severity: 'error',
    source: '@sobot-contact/core',
    meaning: { zh: 'platform_action 缺少必填的 customerCode（商家在平台的唯一 ID）。', en: 'platform_action lacks the required customerCode (the merchant’s id on the platform).' },
    fix: { zh: '填写 customerCode，或删除整个 platform_action。', en: 'Fill in customerCode, or remove platform_action altogether.' },
  },
  INVALID_JSON_VALUE: {
    severity: 'error',
    source: '@sobot-contact/core',
    meaning: { zh: 'params / customer_fields 的值不是字符串、有限数字或布尔值，或粘贴的 JSON 无法解析。', en: 'A params / customer_fields value is not a string, finite number or boolean, or pasted JSON does not parse.' },
    fix: { zh: '只用扁平的键值（不要对象、数组、NaN）；JSON 用 JSON.stringify 生成。', en: 'Use flat key/values only (no objects, arrays, NaN); write JSON with JSON.stringify.' },
  },
  INVALID_FIELD: {
    severity: 'error',
    source: '@sobot-contact/core',
    meaning: { zh: '字段类型不对（例如 ID 传了对象，或昵称不是字符串）。', en: 'A field has the wrong type (an object as an id, a nickname that is not a string…).' },
    fix: { zh: '按 README 的类型传值：文本为字符串，ID 为字符串或整数。', en: 'Pass the type the README lists: text as a string, ids as a string or an integer.' },
  },
  UNKNOWN_FIELD: {
    severity: 'error',
    source: '@sobot-contact/core',
    meaning: { zh: '输入里有 session-from 不认识的字段（常见于拼写错误，如 partnerID）。', en: 'The input has a field session-from does not know (often a typo such as partnerID).' },
    fix: { zh: '改成消息中列出的字段名之一。', en: 'Rename it to one of the fields the message lists.' },
  },
  INVALID_CARD: {
    severity: 'error',
    source: '@sobot-contact/core',
    meaning: { zh: '消息卡片无效：path 必须是小程序页面路径（pages/…），不能是 URL；图片必须是 http(s) 地址或包内绝对路径。', en: 'The card is invalid: path must be a mini-program page path (pages/…), not a URL; the image an http(s) URL or an absolute path in the package.' },
    fix: { zh: '例如 path 写成 pages/product/index?id=42。', en: 'Write path like pages/product/index?id=42.' },
  },
  INVALID_CHANNEL_KEY: {
    severity: 'error',
    source: '@sobot-contact/core/unionid',
    meaning: { zh: '渠道密钥不是 16、24 或 32 个 UTF-8 字节。', en: 'The channel key is not 16, 24 or 32 UTF-8 bytes.' },
    fix: { zh: '从智齿后台完整复制渠道密钥；只在服务器上使用它。', en: 'Copy the whole channel key from Sobot’s console; use it on your server only.' },
  },
  DECRYPT_FAILED: {
    severity: 'error',
    source: '@sobot-contact/core/unionid',
    meaning: { zh: 'UnionID 密文无法解密：密钥不对，或编码（Base64 / hex）不对。', en: 'The UnionID ciphertext does not decrypt: wrong key, or wrong encoding (Base64 / hex).' },
    fix: { zh: '核对渠道密钥与编码选项。', en: 'Check the channel key and the encoding option.' },
  },
  NOT_SOBOT_SESSION_FROM: {
    severity: 'error',
    source: '@sobot-contact/core',
    meaning: { zh: '字符串不是以 “sobot|昵称|头像|params” 开头，不是智齿的 session-from。', en: 'The string does not start with “sobot|nickname|avatar|params”: not a Sobot session-from.' },
    fix: { zh: '前四段即使为空也要保留，例如 sobot||||。', en: 'Keep the first four segments even when empty, e.g. sobot||||.' },
  },
  INVALID_SESSION_FROM: {
    severity: 'error',
    source: '@sobot-contact/core',
    meaning: { zh: '某一段不是 key=value，键不认识，或同一个键出现了两次。', en: 'A segment is not key=value, has an unknown key, or a key appears twice.' },
    fix: { zh: '只用 transfer_action、platform_action、partnerid、robotid、unionid、customer_fields，每个最多一次。', en: 'Use only transfer_action, platform_action, partnerid, robotid, unionid, customer_fields, each at most once.' },
  },
  MISSING_DOCKING_PARAM: {
    severity: 'error',
    source: '@sobot-contact/core/agent',
    meaning: { zh: '工作台对接页缺少 cid 或 uid（没有选中访客，或页面不是从工作台打开的）。', en: 'The workbench docking page has no cid or uid (no visitor selected, or the page was not opened from the workbench).' },
    fix: { zh: '用 readDockingContext() 或最近一次 selected 消息里的 cid / uid。', en: 'Take cid / uid from readDockingContext() or the latest selected message.' },
  },
  INVALID_MINI_PAGE: {
    severity: 'error',
    source: '@sobot-contact/core/agent',
    meaning: { zh: '坐席发送的小程序卡片（msgType 26）缺少 title、pagepath 或 thumbMediaId，或格式不对。', en: 'The card an agent sends (msgType 26) lacks title, pagepath or thumbMediaId, or one is malformed.' },
    fix: { zh: 'thumbMediaId 来自微信客服消息的临时素材上传（3 天有效）。', en: 'thumbMediaId comes from WeChat’s customer-service media upload (valid 3 days).' },
  },
  MISSING_TARGET_ORIGIN: {
    severity: 'error',
    source: '@sobot-contact/core/agent',
    meaning: { zh: '无法确定工作台的 origin，卡片没有发送。', en: 'The workbench’s origin is unknown, so the card was not sent.' },
    fix: { zh: '传入 { targetOrigin: "https://…" }，生产环境请固定它。', en: 'Pass { targetOrigin: "https://…" }; pin it in production.' },
  },
  INVALID_TARGET_ORIGIN: {
    severity: 'error',
    source: '@sobot-contact/core/agent',
    meaning: { zh: 'targetOrigin 不是规范的 origin（带了路径、末尾斜杠、大写或默认端口），或是 “*”。', en: 'targetOrigin is not a canonical origin (a path, a trailing slash, upper case, the default port), or is “*”.' },
    fix: { zh: '用 new URL(url).origin；确需 “*” 时同时传 { allowAnyOrigin: true }。', en: 'Use new URL(url).origin; for “*” also pass { allowAnyOrigin: true }.' },
  },
  NO_WORKBENCH_WINDOW: {
    severity: 'error',
    source: '@sobot-contact/core/agent',
    meaning: { zh: '页面不在 iframe 里，没有可发送的工作台窗口。', en: 'The page is not inside an iframe: there is no workbench window to post to.' },
    fix: { zh: '从智齿工作台打开页面，或传入 { target }。', en: 'Open the page from Sobot’s workbench, or pass { target }.' },
  },
  SESSION_FROM_SHORTENED: {
    severity: 'warning',
    source: '@sobot-contact/core',
    meaning: { zh: '自动缩短策略改动了字段（缩短了昵称或去掉了头像）以放进 1000 字节；路由和身份字段从不改动。', en: 'The shorten policy changed a field (shortened the nickname or dropped the avatar) to fit 1000 bytes; routing and identity fields are never touched.' },
    fix: { zh: '如果改动不可接受，请自行缩短其他字段。', en: 'If the change is not acceptable, shorten other fields yourself.' },
  },
  NAVIGATION_FAILED: {
    severity: 'error',
    source: '@sobot-contact/taro-react, @sobot-contact/uni-vue, @sobot-contact/apicloud',
    meaning: { zh: '用户在会话里点了小程序卡片，但打开卡片页面失败（常见原因：它是 tabBar 页面，navigateTo 打不开）。', en: 'The user tapped a card in the chat, but opening its page failed (typically a tab-bar page, which navigateTo cannot open).' },
    fix: { zh: '自行处理 contact 事件，对 tabBar 页面调用 switchTab。', en: 'Handle the contact event yourself and call switchTab for a tab-bar page.' },
  },
  INVALID_WEB_LINK: {
    severity: 'error',
    source: '@sobot-contact/core',
    meaning: {
      zh: '智齿网页链接（Web 链接）无法使用：不是 https、主机既不是智齿的（*.sobot.com、*.soboten.com）也不在 allowedHosts 中、缺少 sysnum、编码错误、参数重复，或 params 不是扁平 JSON。',
      en: 'The Sobot web link cannot be used: not https, a host that is neither Sobot’s (*.sobot.com, *.soboten.com) nor in allowedHosts, no sysnum, bad percent-encoding, a parameter twice, or params not flat JSON.',
    },
    fix: { zh: '从智齿后台（渠道 → 部署 → 链接）重新复制链接；自有域名加入 allowedHosts。', en: 'Copy the link again from Sobot’s console (channel → deployment → link); add your own domain to allowedHosts.' },
  },
  WEB_LINK_FIELD_DROPPED: {
    severity: 'warning',
    source: '@sobot-contact/core',
    meaning: { zh: '会话中的某个字段在网页链接里没有对应参数（溢出步骤、robotid、unionid、platform_action、customer_fields、卡片），不会随链接发送；手机微信的客服按钮仍会带上它。', en: 'A session field has no equivalent on the web link (overflow steps, robotid, unionid, platform_action, customer_fields, the card) and is not sent there; WeChat’s contact button on a phone still carries it.' },
    fix: { zh: '无需处理；如需在网页端生效，请改用智齿的服务端对接。', en: 'Nothing to do; for the web, use Sobot’s server-side docking instead.' },
  },
  MISSING_WEB_LINK: {
    severity: 'error',
    source: '@sobot-contact/core',
    meaning: { zh: '当前平台（H5、其他小程序、电脑版微信…）没有微信客服按钮，但没有配置网页链接。', en: 'This target (H5, other mini-programs, WeChat on a desktop…) has no WeChat contact button, and no web link is configured.' },
    fix: { zh: '设置 webLink 为从智齿后台复制的链接。', en: 'Set webLink to the link copied from Sobot’s console.' },
  },
  MISSING_CHAT_PAGE: {
    severity: 'error',
    source: '@sobot-contact/core',
    meaning: { zh: '该平台需要在应用内的 <web-view> 页面打开智齿，但 chatPage 没有设置或不是页面路径。', en: 'This target opens Sobot in a <web-view> page of the app, but chatPage is missing or not a page path.' },
    fix: { zh: '添加该页面，并把 chatPage 设为其路径，例如 /pages/sobot-chat/index。', en: 'Add that page and set chatPage to its path, e.g. /pages/sobot-chat/index.' },
  },
  WEB_VIEW_URL_REFUSED: {
    severity: 'error',
    source: '@sobot-contact/core',
    meaning: { zh: '<web-view> 页面拒绝加载：链接不是应用交给它的，也不在智齿主机或 allowedHosts 上；什么都没有加载。', en: 'The <web-view> page refused to load: the link was not handed over by the app and is not on Sobot’s hosts or allowedHosts; nothing was loaded.' },
    fix: { zh: '通过 navigateTo 的 eventChannel 传入链接，或把自有域名加入 allowedHosts。', en: 'Hand the link over through navigateTo’s eventChannel, or add your own domain to allowedHosts.' },
  },
  NATIVE_MODULE_MISSING: {
    severity: 'error',
    source: '@sobot-contact/apicloud',
    meaning: { zh: 'APICloud App 里没有智齿原生模块 zhiChi。', en: 'Sobot’s native module zhiChi is not in the APICloud App.' },
    fix: { zh: '在 APICloud 控制台为 App 添加 zhiChi 模块并重新编译。', en: 'Add the zhiChi module to the App in APICloud’s console and rebuild.' },
  },
  NATIVE_MODULE_FAILED: {
    severity: 'error',
    source: '@sobot-contact/apicloud',
    meaning: { zh: 'zhiChi 模块回调报告了错误。', en: 'The zhiChi module reported an error in its callback.' },
    fix: { zh: '查看消息中的模块返回内容，核对 sysNum 与模块版本。', en: 'Read the module’s answer in the message; check sysNum and the module version.' },
  },
  MISSING_SYS_NUM: {
    severity: 'error',
    source: '@sobot-contact/apicloud',
    meaning: { zh: 'App 端打开智齿需要 sysNum（企业编号），但没有提供。', en: 'Opening Sobot in the App needs sysNum (enterprise id), which is missing.' },
    fix: { zh: '给组件或 openSobotChat 传 sysNum。', en: 'Pass sysNum to the component or to openSobotChat.' },
  },
  FIELD_NOT_MAPPED: {
    severity: 'warning',
    source: '@sobot-contact/apicloud',
    meaning: { zh: '会话字段在 App 端的 zhiChi 模块里没有对应参数（例如指定接待），该字段在 App 中不生效。', en: 'A session field has no parameter in the App’s zhiChi module (routing, for instance); it has no effect in the App.' },
    fix: { zh: '需要时通过 moduleOptions 传模块自己的参数。', en: 'Pass the module’s own parameters through moduleOptions where needed.' },
  },
}

/**
 * Every code of the reference: core's union in its order, then the APICloud App path's codes.
 *
 * @example
 * ERROR_CODES.includes('SESSION_FROM_TOO_LONG') // true
 */
export const ERROR_CODES = Object.keys(ERROR_REFERENCE) as SobotApiCloudErrorCode[]
