import { Navigator, Text, View } from '@tarojs/components'
import { SobotContactButton } from '@sobot-contact/taro-react'
import { VISITOR, CHAT_PAGE, WEB_LINK } from 'sobot-contact-scenarios'

// A plain contact button: the visitor's nickname and avatar (and your user id) reach the agent.
// `navigateOnContact`: if the user taps a mini-program card inside the chat, open that page.
function IndexPage() {
  return (
    <View className="page">
      <Text className="title">Sobot 智齿客服</Text>
      <Text className="note">The agent sees {VISITOR.nickname} with the avatar and your user id.</Text>
      <SobotContactButton webLink={WEB_LINK} chatPage={CHAT_PAGE} className="contact" type="primary" session={VISITOR} navigateOnContact>
        联系客服
      </SobotContactButton>
      <Navigator className="link" url="/pages/routing/index">Route to a skill group (技能组) →</Navigator>
      <Navigator className="link" url="/pages/product/index?id=42">A product page with its card →</Navigator>
      <Navigator className="link" url="/pages/unionid/index">Encrypted UnionID from the server →</Navigator>
      <Navigator className="link" url="/pages/recipes/index">Any element is the button (bare) →</Navigator>
    </View>
  )
}

export default IndexPage
