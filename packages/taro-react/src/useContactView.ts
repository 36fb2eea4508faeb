import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import {
  browserLinkOpener,
  createContactController,
  readBrowserClient,
  readWeChatClient,
  resolveContactChannel,
  resolveWeChatChannel,
  type ContactButtonInput,
  type ContactButtonReporting,
  type ContactButtonView,
  type ContactChannelConfig,
  type ContactController,
  type ContactControllerPlatform,
  type ContactPlatform,
} from '@sobot-contact/core'

/**
 * Taro's functions for core's controller. Build-time constants: a weapp build reads the WeChat client;
 * only an H5 build carries the link opener and reads whether it runs in WeChat's browser. (微信客服
 * opens through core's `weComKf`, which only a button given `kf` carries.)
 */
function taroPlatform(): ContactControllerPlatform {
  return {
    target: process.env.TARO_ENV as ContactPlatform,
    table: process.env.TARO_ENV === 'weapp' ? resolveWeChatChannel : resolveContactChannel,
    navigateTo: Taro.navigateTo,
    client: process.env.TARO_ENV === 'weapp' ? () => readWeChatClient(Taro) : process.env.TARO_ENV === 'h5' ? () => readBrowserClient(navigator.userAgent) : undefined,
    openLink: process.env.TARO_ENV === 'h5' ? browserLinkOpener(window) : undefined,
  }
}

/**
 * @internal React's subscription to core's {@link ContactController}: one per mounted button, its
 * view computed during render (pure, cached on content) and reported in an effect.
 */
export function useContactView(
  input: ContactButtonInput,
  config: ContactChannelConfig,
  options: ContactButtonReporting,
): { view: ContactButtonView; controller: ContactController } {
  const [controller] = useState(() => createContactController(taroPlatform(), options))
  controller.setOptions(options)
  const view = controller.view(input, config)
  useEffect(() => controller.report(view), [controller, view])
  return { view, controller }
}
