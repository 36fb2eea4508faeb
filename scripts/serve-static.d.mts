/** Serves `dir` on 127.0.0.1 (a free port unless `port` is given); unknown paths get index.html. */
export declare function serveStatic(dir: string, options?: { port?: number }): Promise<{ origin: string; close(): Promise<void> }>
