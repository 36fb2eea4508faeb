// Taro internals the tests load that ship without type declarations.
declare module '@tarojs/plugin-platform-weapp/dist/runtime'
declare module '@tarojs/api' {
  const taro: Record<string, unknown>
  export default taro
}
