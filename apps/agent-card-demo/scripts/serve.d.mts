export declare const distDir: string
export interface Servers {
  /** Origin of the built demo (`null` when `demoUrl` was given). */
  demoOrigin: string | null
  demoUrl: string
  /** One per entry of `workbenchPorts`, each its own origin. */
  workbenchOrigins: string[]
  close(): Promise<unknown>
}
export declare function startServers(options?: {
  host?: string
  demoPort?: number
  workbenchPorts?: number[]
  /** Embed this URL instead of serving dist/ (e.g. the Vite dev server). */
  demoUrl?: string
  /** Served as the demo's `/config.json`, read on every request (so it can be filled in after start). */
  config?: { sobotServerUrl?: string }
}): Promise<Servers>
