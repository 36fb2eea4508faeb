interface ImportMetaEnv {
  /** Pins the workbench origin at build time, e.g. `https://www.sobot.com`; the URL cannot override it. */
  readonly VITE_WORKBENCH_ORIGIN?: string
}
