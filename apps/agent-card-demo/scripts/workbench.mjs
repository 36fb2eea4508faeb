// `pnpm --filter agent-card-demo workbench`: serves the built demo and the test workbench page on
// two local origins, to try the demo by hand. DEMO_URL=http://localhost:5173/ embeds `pnpm dev` instead.
// SOBOT_SERVER_URL (e.g. server-demo's http://127.0.0.1:8787) is served as config.json's sobotServerUrl.
import { startServers } from './serve.mjs'

const { demoUrl, workbenchOrigins } = await startServers({
  demoPort: Number(process.env.DEMO_PORT || 4301),
  workbenchPorts: [Number(process.env.WORKBENCH_PORT || 4300)],
  demoUrl: process.env.DEMO_URL || undefined,
  config: process.env.SOBOT_SERVER_URL ? { sobotServerUrl: process.env.SOBOT_SERVER_URL } : undefined,
})
const wb = workbenchOrigins[0]
console.log(`demo (docking page):  ${demoUrl}`)
console.log(`test workbench:       ${wb}/?cid=cid-1001&uid=visitor-alice`)
console.log(`without cid:          ${wb}/?uid=visitor-alice`)
console.log(`cover server:         ${process.env.SOBOT_SERVER_URL || '(none: set SOBOT_SERVER_URL to server-demo\'s URL)'}`)
console.log(`Ctrl+C to stop`)
