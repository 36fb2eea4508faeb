import { useMemo } from 'react'
import Taro from '@tarojs/taro'
import { resolveContactChannel, resolveWeChatChannel, type ContactChannel, type ContactPlatform } from '@sobot-contact/core'

/** WeChat on Windows or Mac, where the contact button is reported not to open (SPEC §4). */
function isDesktopWeChat(): boolean {
  try {
    return /^(windows|mac)$/.test(Taro.getSystemInfoSync().platform)
  } catch {
    return false
  }
}

/**
 * @internal Asks core's channel table what this build target does with the button. The target is
 * Taro's build-time `process.env.TARO_ENV`; desktop WeChat is looked up only on WeChat and only
 * when a link is configured.
 */
export function useContactChannel(hasWebLink: boolean, chatPage: string | undefined, keepNativeOnDesktop: boolean | undefined): ContactChannel {
  return useMemo(
    () =>
      // Build-time constant: a WeChat build carries only WeChat's row of core's table.
      process.env.TARO_ENV === 'weapp'
        ? resolveWeChatChannel({ desktopWeChat: hasWebLink && isDesktopWeChat(), hasWebLink, chatPage, keepNativeOnDesktop })
        : resolveContactChannel({ platform: process.env.TARO_ENV as ContactPlatform, hasWebLink, chatPage, keepNativeOnDesktop }),
    [hasWebLink, chatPage, keepNativeOnDesktop],
  )
}
