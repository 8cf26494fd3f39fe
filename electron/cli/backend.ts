import { createDispatcher, settle } from '../core/api/dispatch'
import { loadCatalog } from '../core/analysis'
import { createServices } from '../core/services'
import { cliDataDir } from './data-dir'
import type { CliBackend } from './run-cli'

/**
 * The same core the app runs, without Electron and without watching the engine. Kept apart from
 * index.ts so `--help` and `--version` never load it.
 */
export function openBackend(env: NodeJS.ProcessEnv, debug: boolean): CliBackend {
  const services = createServices({
    dataDir: cliDataDir(env),
    emit: () => undefined,
    env,
    // `docker system df` answers that question; the list stays as quick as `docker image ls`.
    diskUsage: false,
    warn: (message) => process.stderr.write(`baseline: warning: ${message}\n`),
  })
  // Unexpected errors still reach the user as one line (INTERNAL); the stack only when debugging.
  const log = (error: unknown) => {
    if (debug) process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  }
  return {
    dispatch: createDispatcher(services.handlers, log),
    analyzeMany: (references) =>
      settle(() => (references === 'all' ? services.analysis().analyzeAll() : services.analysis().analyzeMany(references)), log),
    analyzeDockerfile: (path) => settle(() => services.dockerfiles.analyzePath(path), log),
    // The handler itself, past the request guard: that wants two images, and CI judges one.
    compare: (references) => settle(() => services.handlers['images.compare']({ references }), log),
    catalog: loadCatalog,
    // Straight to the service: a CLI has no window for operation events; Ctrl-C ends the process.
    scan: (reference, onProgress) => settle(() => services.layers.scan(reference, new AbortController().signal, onProgress), log),
    dispose: () => services.dispose(),
  }
}
