import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { SobotContactButton, type SessionFromInput } from '@sobot-contact/taro-react'
import { fetchVisitor } from '../../server/fetchVisitor'
import { CHAT_PAGE, WEB_LINK } from 'sobot-contact-scenarios'

// "UnionID 加密" is on in Sobot's channel settings: the UnionID must arrive encrypted with the channel
// key. The server encrypts (see server/fetchVisitor.ts); the page only passes the ciphertext on.
function UnionIdPage() {
  const [session, setSession] = useState<SessionFromInput | null>(null)
  useEffect(() => {
    void fetchVisitor().then((visitor) => setSession(visitor))
  }, [])
  return (
    <View className="page">
      <Text className="title">Encrypted UnionID</Text>
      {session ? (
        <SobotContactButton webLink={WEB_LINK} chatPage={CHAT_PAGE} className="contact" type="primary" session={session}>
          联系客服
        </SobotContactButton>
      ) : (
        <Text className="note">Loading…</Text>
      )}
    </View>
  )
}

export default UnionIdPage
