import { Button, type ButtonProps } from '@tarojs/components'
import type { ReactNode } from 'react'
import {
  bareButtonLook,
  CONTACT_BUTTON_ATTRIBUTES,
  type SobotWebLinkConfig,
  type ContactButtonInput,
  type ContactButtonReporting,
  type ContactCard,
  type ContactEventDetail,
  type ContactTarget,
  type KfChannelConfig,
  type SessionFromInput,
} from '@sobot-contact/core'
import { useContactView } from './useContactView'
// The `bare` look's stylesheet (core's one definition): Taro's build emits it with the app's styles.
import '@sobot-contact/core/bare.css'

/** Taro's `onContact` event (`bindcontact`): `detail` is `{ errMsg, path, query }`. */
export type TaroContactEvent = Parameters<NonNullable<ButtonProps['onContact']>>[0]

/**
 * The `Button` props this component computes itself, so they cannot be passed; and `onError`, which
 * here reports invalid input (Taro's own `onError` is `open-type="launchApp"`'s, never a contact button's).
 */
type ComputedButtonProps =
  | 'onError'
  | 'openType'
  | 'sessionFrom'
  | 'showMessageCard'
  | 'sendMessageTitle'
  | 'sendMessagePath'
  | 'sendMessageImg'
  | 'onContact'
  | 'children'

/**
 * Props of {@link SobotContactButton}: Taro's own `ButtonProps` (`className`, `style`, `type`,
 * `size`, `plain`, `hoverClass`, `disabled`…, passed through) without the contact attributes, which
 * come from `session` and `card`.
 */
export interface SobotContactButtonProps extends Omit<ButtonProps, ComputedButtonProps>, ContactButtonReporting {
  /**
   * The visitor and routing (`session-from`): `SessionFromInput` fields, or a `session-from` string
   * built on your server (read back and checked).
   * @default {} (`'sobot||||'`, Sobot's default routing)
   */
  session?: SessionFromInput | string | undefined
  /**
   * The mini-program card the user can send into the chat (会话内消息卡片): sets `showMessageCard`
   * and `sendMessageTitle` / `sendMessagePath` / `sendMessageImg`. Without it, none of them is set.
   */
  card?: ContactCard | undefined
  /**
   * The user came back from the chat (`bindcontact`). `target` is the card's page they tapped, as a
   * URL for `Taro.navigateTo` (`'/pages/product/index?id=42'`), or `null` when they tapped none;
   * `detail` is WeChat's raw `{ errMsg, path, query }`.
   */
  onContact?: ((target: ContactTarget | null, detail: ContactEventDetail, event: TaroContactEvent) => void) | undefined
  /**
   * Opt-in: open the tapped card's page with `Taro.navigateTo`. A failed navigation is reported as
   * `NAVIGATION_FAILED` (to `onError`). A tab-bar page cannot be opened that way: leave this off
   * and call `Taro.switchTab({ url: '/' + target.path })` from `onContact`.
   * @default false
   */
  navigateOnContact?: boolean | undefined
  /**
   * The web link copied from Sobot's console (渠道 → 部署 → 链接), or its configuration
   * (`{ link, allowedHosts, extraParams, paramNames }`). Needed wherever WeChat's contact button
   * does not exist: H5 opens it, other mini-programs and desktop WeChat open it in `chatPage`.
   */
  webLink?: SobotWebLinkConfig | string | undefined
  /**
   * The path of your app's chat page (a page rendering `<SobotChatWebView />`), e.g.
   * `/pages/sobot-chat/index`: used on Alipay, Douyin, Baidu, QQ, JD and desktop WeChat.
   */
  chatPage?: string | undefined
  /**
   * The WeChat clients where the native contact button stays even with `webLink` and `chatPage`
   * (`'ohos'` HarmonyOS, `'windows'`, `'mac'`), for when a client starts opening it.
   * @default []
   */
  keepNativeOn?: readonly ('ohos' | 'windows' | 'mac' | (string & {}))[] | undefined
  /** @deprecated Use `keepNativeOn={['windows', 'mac']}`. On desktop WeChat keep the native contact button. @default false */
  keepNativeOnDesktop?: boolean | undefined
  /**
   * Sobot's 微信客服 channel, `weComKf({ link, corpId, prefer? })`: a native WeChat chat where the
   * contact button does not open (HarmonyOS and Windows WeChat, H5 in WeChat's browser), before
   * `chatPage`, which opens when 微信客服 fails; with `prefer`, on phones too.
   */
  kf?: KfChannelConfig | undefined
  /** H5: open the link in this tab (default) or a new one. @default 'same-tab' */
  openLinkIn?: 'same-tab' | 'new-tab' | undefined
  /**
   * No button look: WeChat's padding, margin, radius, background, font size, line-height, the border
   * (WeChat draws it in `button::after`) and the grey press state (`hoverClass` becomes `'none'`
   * unless you pass one) are removed, so the children alone are seen — an icon, a list cell, a link.
   * `className` and `style` still style the real `<button>`.
   * @default false
   */
  bare?: boolean | undefined
  /** The label. @default '联系客服' */
  children?: ReactNode
}

/** The label shown when the button has no children. */
export const DEFAULT_CONTACT_LABEL = '联系客服'

/**
 * Sobot customer service (智齿客服) behind WeChat's native contact button: exactly one Taro
 * `Button` with `openType="contact"` and the attributes `@sobot-contact/core` computed
 * (`resolveContactButtonProps`). Bad input never breaks the page (see `onError`).
 *
 * @example
 * <SobotContactButton
 *   session={{ nickname: user.name, partnerId: user.id, transferAction: [toGroup('g-1')] }}
 *   card={{ title: product.name, path: `pages/product/index?id=${product.id}` }}
 *   navigateOnContact
 *   type="primary"
 * >
 *   问问客服
 * </SobotContactButton>
 * @see https://developers.weixin.qq.com/miniprogram/dev/component/button.html
 * @see https://docs.taro.zone/docs/components/forms/button
 */
export function SobotContactButton(props: SobotContactButtonProps) {
  const { session, card, onContact, navigateOnContact, onError, overflow, onWarning, webLink, chatPage, keepNativeOn, keepNativeOnDesktop, openLinkIn, kf, onClick, bare, children, ...buttonProps } =
    props
  const input: ContactButtonInput = {}
  if (session !== undefined) input.session = session
  if (card !== undefined) input.card = card
  const { view, controller } = useContactView(input, { webLink, chatPage, keepNativeOn, keepNativeOnDesktop, openLinkIn, kf }, { overflow, onWarning, onError })
  // Only what core computed reaches the contact attributes, even from untyped callers.
  const passThrough: Record<string, unknown> = buttonProps
  for (const name of Object.keys(CONTACT_BUTTON_ATTRIBUTES)) delete passThrough[name]
  if (bare) Object.assign(passThrough, bareButtonLook(buttonProps.className, buttonProps.hoverClass))

  const handleContact = (event: TaroContactEvent) => {
    const detail: ContactEventDetail = (event && event.detail) || {}
    const target = controller.contact(detail, navigateOnContact)
    if (onContact) onContact(target, detail, event)
  }
  // The native contact button, or (where it does not open) a plain button: core's controller runs
  // the user's onClick first, then opens the chat page or the link.
  return (
    <Button {...passThrough} {...view.props} onContact={handleContact} onClick={(event) => controller.tap(event, onClick)}>
      {children === undefined || children === null ? DEFAULT_CONTACT_LABEL : children}
    </Button>
  )
}
