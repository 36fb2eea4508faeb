interface ImportMetaEnv {
  /** Pins the workbench origin at build time, e.g. `https://www.sobot.com`; the URL cannot override it. */
  readonly VITE_WORKBENCH_ORIGIN?: string
  /** Your server with `GET /sobot/thumb-media`, e.g. `https://api.example.com`; else `config.json` beside the page. */
  readonly VITE_SOBOT_SERVER_URL?: string
}
