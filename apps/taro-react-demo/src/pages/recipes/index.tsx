import { Image, Text, View } from '@tarojs/components'
import { SobotContactButton } from '@sobot-contact/taro-react'
import { CHAT_PAGE, CONTACT_ICON, VISITOR, WEB_LINK } from 'sobot-contact-scenarios'
import './index.css'

// The README's three `bare` recipes, side by side (the H5 test keeps a picture of this page).
const contact = { session: VISITOR, webLink: WEB_LINK, chatPage: CHAT_PAGE }

function RecipesPage() {
  return (
    <View className="page recipes">
      {/* A list cell: the whole row opens customer service. */}
      <SobotContactButton bare className="cell" {...contact}>
        <Text className="cell-label">在线客服 Customer service</Text>
        <Text className="cell-arrow">›</Text>
      </SobotContactButton>

      {/* A text link inside a sentence. */}
      <View className="sentence">
        <Text>Questions about your order? </Text>
        <SobotContactButton bare className="text-link" {...contact}>
          Ask us
        </SobotContactButton>
      </View>

      {/* An icon-only floating round button, above the safe area at the bottom. */}
      <SobotContactButton bare className="fab" style={{ zIndex: 10 }} {...contact}>
        <Image className="fab-icon" src={CONTACT_ICON} />
      </SobotContactButton>
    </View>
  )
}

export default RecipesPage
