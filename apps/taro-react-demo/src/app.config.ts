export default defineAppConfig({
  pages: ['pages/index/index', 'pages/routing/index', 'pages/product/index', 'pages/unionid/index', 'pages/clients/index', 'pages/recipes/index', 'pages/sobot-chat/index'],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#fff',
    navigationBarTitleText: 'Sobot 智齿客服 · Taro',
    navigationBarTextStyle: 'black',
  },
})
