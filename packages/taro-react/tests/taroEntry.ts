// Test-only ESM form of @tarojs/taro's entry (its index.js is CommonJS). Node would load that CJS file
// natively, with a second copy of @tarojs/runtime whose hooks the weapp runtime never saw; webpack
// bundles it with the app's single copy. These are the same three steps as index.js, on that copy.
import { hooks } from '@tarojs/runtime'
import taro from '@tarojs/api'

if (hooks.isExist('initNativeApi')) hooks.call('initNativeApi', taro)

export default taro
