import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { SobotContactButton, type ContactTarget } from '@sobot-contact/taro-react'
import { findProduct, productCard, productSession, CHAT_PAGE, WEB_LINK } from 'sobot-contact-scenarios'

// A product page that offers its mini-program card (会话内消息卡片) to the chat. When the user taps
// that card in the chat, WeChat fires `contact` with the card's path and query: `onContact` gets it
// as a page URL and brings the user back to the product they asked about.
function backToProduct(target: ContactTarget | null) {
  if (!target) return // back from the chat without tapping a card
  // A tab-bar page would need Taro.switchTab({ url: '/' + target.path }) instead.
  void Taro.navigateTo({ url: target.url })
}

function ProductPage() {
  const product = findProduct(useRouter().params.id)
  return (
    <View className="page">
      <Text className="title">{product.name}</Text>
      <Text className="note">{product.price}</Text>
      <SobotContactButton webLink={WEB_LINK} chatPage={CHAT_PAGE}
        className="contact"
        type="primary"
        session={productSession(product)}
        card={productCard(product)}
        onContact={backToProduct}
      >
        问问客服
      </SobotContactButton>
    </View>
  )
}

export default ProductPage
