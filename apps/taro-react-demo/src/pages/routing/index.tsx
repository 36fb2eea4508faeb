import { Text, View } from '@tarojs/components'
import { SobotContactButton } from '@sobot-contact/taro-react'
import { ROUTING } from '../../scenarios'

// Routing (指定接待): the after-sales skill group first; when all its agents are busy the chat
// overflows (溢出) to agent 7. Group and agent ids come from Sobot's console.
function RoutingPage() {
  return (
    <View className="page">
      <Text className="title">After-sales (售后)</Text>
      <Text className="note">Skill group “after-sales”; when everyone there is busy, agent 7 takes the chat.</Text>
      <SobotContactButton className="contact" session={ROUTING} size="default" plain>
        联系售后客服
      </SobotContactButton>
    </View>
  )
}

export default RoutingPage
