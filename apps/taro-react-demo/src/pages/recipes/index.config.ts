export default definePageConfig({ navigationBarTitleText: 'Any element is the button' })
