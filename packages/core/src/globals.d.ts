// The one global core's platform-free entries use: `console`, which every JavaScript runtime has
// (WeChat, Alipay and the other mini-program runtimes, browsers, Node). Declared here because the
// platform-free tsconfig (tsconfig.lib.json) loads neither the DOM nor the Node types.
declare const console: { error(...data: unknown[]): void; warn(...data: unknown[]): void }
