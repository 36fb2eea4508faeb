export default definePageConfig({ navigationBarTitleText: '售后客服' })
