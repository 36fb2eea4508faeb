import { SobotChatWebView } from '@sobot-contact/taro-react'

// The app's chat page: Sobot's web chat for the targets without WeChat's contact button (Alipay,
// Douyin, Baidu, QQ, JD, desktop WeChat). It loads only the link a SobotContactButton handed over,
// or an allowed Sobot `url`; anything else loads nothing and says why.
export default function SobotChatPage() {
  return <SobotChatWebView />
}
