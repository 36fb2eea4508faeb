export default definePageConfig({ navigationBarTitleText: 'Every WeChat client' })
