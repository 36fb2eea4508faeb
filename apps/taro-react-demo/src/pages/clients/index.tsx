import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { SobotContactButton, weComKf, type SobotContactError } from '@sobot-contact/taro-react'
import { BAD_SESSION_SCENARIO, CHANNEL_SCENARIOS, KF_CORP_ID, KF_LINK, VISITOR, type ChannelScenario } from 'sobot-contact-scenarios'

// Sobot's 微信客服 (WeChat Customer Service) channel: the made-up link and WeCom account of the demos.
const KF = weComKf({ link: KF_LINK, corpId: KF_CORP_ID })

// One button per configuration: open this page in WeChat on a phone, on HarmonyOS, on Windows or Mac
// and see what each does there — the native button, the chat page, or a coded error saying what to set.
function ScenarioButton({ scenario }: { scenario: ChannelScenario }) {
  const [reported, setReported] = useState<string[]>([])
  const [taps, setTaps] = useState(0)
  const { id, label, session = VISITOR, webLink, chatPage, keepNativeOn, openLinkIn, kf } = scenario
  return (
    <View className="scenario">
      <SobotContactButton
        className={`cfg-${id}`}
        session={session}
        openLinkIn={openLinkIn}
        webLink={webLink}
        chatPage={chatPage}
        keepNativeOn={keepNativeOn}
        kf={kf ? KF : undefined}
        onClick={() => setTaps((n) => n + 1)}
        onError={(e: SobotContactError) => setReported((r) => [...r, e.code])}
      >
        {label}
      </SobotContactButton>
      <Text className={`taps-${id}`}>taps: {taps}</Text>
      <Text className={`reported-${id}`}>reported: {reported.join(' ')}</Text>
    </View>
  )
}

function ClientsPage() {
  return (
    <View className="page">
      {[...CHANNEL_SCENARIOS, BAD_SESSION_SCENARIO].map((s) => (
        <ScenarioButton key={s.id} scenario={s} />
      ))}
    </View>
  )
}

export default ClientsPage
