import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { SobotContactButton, type SobotContactError } from '@sobot-contact/taro-react'
import { CHANNEL_SCENARIOS, VISITOR, type ChannelScenario } from 'sobot-contact-scenarios'

// One button per configuration: open this page in WeChat on a phone, on HarmonyOS, on Windows or Mac
// and see what each does there — the native button, the chat page, or a coded error saying what to set.
function ScenarioButton({ scenario }: { scenario: ChannelScenario }) {
  const [reported, setReported] = useState<string[]>([])
  const [taps, setTaps] = useState(0)
  const { id, label, webLink, chatPage, keepNativeOn } = scenario
  return (
    <View className="scenario">
      <SobotContactButton
        className={`cfg-${id}`}
        session={VISITOR}
        webLink={webLink}
        chatPage={chatPage}
        keepNativeOn={keepNativeOn}
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
      {CHANNEL_SCENARIOS.map((s) => (
        <ScenarioButton key={s.id} scenario={s} />
      ))}
    </View>
  )
}

export default ClientsPage
