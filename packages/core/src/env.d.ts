// `process.env.NODE_ENV`, the one build-time switch core reads: development keeps the how-to-fix
// message texts, production drops them (docs/errors.md). Bundlers replace the expression when they
// build (Taro's webpack, uni's vite, esbuild); Node has it at run time. Declared here because the
// platform-free and browser tsconfigs load no Node types; tsconfig.json, with Node's, leaves it out.
declare const process: { readonly env: { readonly NODE_ENV?: string | undefined } }
