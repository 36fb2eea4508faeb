export default definePageConfig({ navigationBarTitleText: 'UnionID' })
