import { Text, View } from '@tarojs/components'
import { SobotContactButton } from '@sobot-contact/taro-react'
import { ROUTING, CHAT_PAGE, WEB_LINK } from 'sobot-contact-scenarios'

// Routing (指定接待) with overflow (溢出), from the shared scenarios: the sales skill group (技能组)
// first; when every sales agent is busy, the support group; when nobody there is online, agent a-7.
function RoutingPage() {
  return (
    <View className="page">
      <Text className="title">Sales (销售)</Text>
      <Text className="note">Sales first; when all are busy, support; when nobody there is online, agent a-7.</Text>
      <SobotContactButton webLink={WEB_LINK} chatPage={CHAT_PAGE} className="contact" session={ROUTING} size="default" plain>
        联系销售客服
      </SobotContactButton>
    </View>
  )
}

export default RoutingPage
