import { Text, View, WebView } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { createContactButtonResolver, resolveChatPageUrl, type ContactButtonReporting } from '@sobot-contact/core'

/** Props of {@link SobotChatWebView}. */
export interface SobotChatWebViewProps extends Omit<ContactButtonReporting, 'overflow'> {
  /**
   * Your own host names for Sobot's chat besides `*.sobot.com` / `*.soboten.com`: a `url` in the
   * page's query is loaded only on these (a link handed over by `SobotContactButton` carries its own).
   */
  allowedHosts?: readonly string[] | undefined
}

/**
 * The app's chat page: Sobot's web chat in a `<WebView>`, for the targets where WeChat's contact
 * button does not exist (Alipay, Douyin, Baidu, QQ, JD, desktop WeChat). It loads only the link a
 * `SobotContactButton` handed over, or a `url` from the query whose host is allowed (core's
 * web-view guard); anything else loads nothing and shows why (`WEB_VIEW_URL_REFUSED`, reported once).
 * Add the link's domain to the mini-program's business domains (业务域名) on each platform.
 *
 * @example
 * // src/pages/sobot-chat/index.tsx
 * export default function SobotChatPage() {
 *   return <SobotChatWebView />
 * }
 * @see https://docs.taro.zone/docs/components/open/web-view
 */
export function SobotChatWebView(props: SobotChatWebViewProps) {
  const { allowedHosts, onError, onWarning } = props
  const query = useRouter().params.url
  const [state] = useState(() => resolveChatPageUrl(query, allowedHosts))
  // Core's reporting only (each distinct problem once): there is no button input to resolve here.
  const [resolver] = useState(() => createContactButtonResolver({ onError, onWarning }))
  useEffect(() => {
    resolver.setOptions({ onError, onWarning })
    resolver.report(state)
  }, [resolver, state, onError, onWarning])
  if (state.url !== undefined) return <WebView src={state.url} />
  return (
    <View className="sobot-chat-refused">
      <Text>{state.errors.map((e) => e.code + ': ' + e.message).join('\n')}</Text>
    </View>
  )
}
