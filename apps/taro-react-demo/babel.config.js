// babel-preset-taro compiles the app's TSX for the mini-program (options: docs.taro.zone/docs/babel-config).
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
}
