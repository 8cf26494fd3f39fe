import { isErrorCode, type ApiEvents, type EventName, type ImageRequest, type MethodName, type Reply, type RequestOf, type ResponseOf } from '../../shared/contract'
import type { OperationFinished, OperationStarted } from '../../shared/model'
import { createDispatcher, settle } from '../core/api/dispatch'
import { loadCatalog } from '../core/catalog/catalog'
import { readDockerfilePath } from '../core/dockerfile/input'
import { createServices } from '../core/services'
import { cliDataDir } from './data-dir'
import type { CliBackend } from './run-cli'
import type { ScanProgress } from './scan-command'

type Listener = (event: EventName, payload: unknown) => void

/**
 * The same core the app runs, without Electron and without watching the engine, entered only
 * through the contract: every request passes the same dispatcher and request guards as the app's,
 * and a scan runs as an operation whose progress arrives as events. Kept apart from index.ts so
 * `--help` and `--version` never load it.
 */
export function openBackend(env: NodeJS.ProcessEnv, debug: boolean): CliBackend {
  const listeners = new Set<Listener>()
  const services = createServices({
    dataDir: cliDataDir(env),
    emit: (event, payload) => listeners.forEach((listener) => listener(event, payload)),
    env,
    // `docker system df` answers that question; the list stays as quick as `docker image ls`.
    diskUsage: false,
    warn: (message) => process.stderr.write(`baseline: warning: ${message}\n`),
  })
  // Unexpected errors still reach the user as one line (INTERNAL); the stack only when debugging.
  const log = (error: unknown) => {
    if (debug) process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  }
  const dispatch = createDispatcher(services.handlers, log)
  const call = <M extends MethodName>(method: M, request: RequestOf<M>) => dispatch(method, request) as Promise<Reply<ResponseOf<M>>>
  return {
    dispatch,
    analyzeMany: async (references) => {
      const reply = await call('images.analyzeMany', { references: references === 'all' ? null : references })
      return reply.ok ? { ok: true, value: reply.value.analyses } : reply
    },
    // The path is the shell's to read (as File › Open is main's); the bytes go through the contract.
    analyzeDockerfile: async (path) => {
      const file = await settle(() => readDockerfilePath(path), log)
      if (!file.ok) return file
      return call('dockerfile.analyze', { contentBase64: file.value.bytes.toString('base64'), name: file.value.name })
    },
    compare: (references) => call('images.compare', { references }),
    catalog: loadCatalog,
    scan: async (reference, onProgress, platform) => {
      const target: ImageRequest = platform ? { reference, platform } : { reference }
      const finished = await runAsOperation(call, listeners, () => call('layers.scan', target), onProgress)
      if (!finished.ok) return finished
      const scan = await call('layers.get', target)
      if (!scan.ok) return scan
      return scan.value === null ? { ok: false, error: { code: 'INTERNAL', message: 'The scan finished but left no result.' } } : { ok: true, value: scan.value }
    },
    readFile: async (request) => {
      const finished = await runAsOperation(call, listeners, () => call('files.read', request), () => undefined)
      if (!finished.ok) return finished
      const file = await call('files.get', request)
      if (!file.ok) return file
      return file.value === null ? { ok: false, error: { code: 'INTERNAL', message: 'The read finished but left no result.' } } : { ok: true, value: file.value }
    },
    dispose: () => services.dispose(),
  }
}

type Call = <M extends MethodName>(method: M, request: RequestOf<M>) => Promise<Reply<ResponseOf<M>>>

/**
 * A long job as the app runs it (layers.scan, files.read): an operation, its progress events
 * passed on (the scan's bar), then its outcome; the caller reads the result back. Ctrl-C cancels
 * the operation (the engine's export request is aborted) before the process ends.
 */
async function runAsOperation(call: Call, listeners: Set<Listener>, start: () => Promise<Reply<OperationStarted>>, onProgress: ScanProgress): Promise<Reply<null>> {
  const events: { finished: OperationFinished | null; wake: () => void } = { finished: null, wake: () => undefined }
  let operationId: string | null = null
  const listener: Listener = (event, payload) => {
    if (event === 'operation.progress') {
      const progress = payload as ApiEvents['operation.progress']
      if (progress.operationId === operationId) onProgress(progress.phase, progress.done, progress.total)
    } else if (event === 'operation.finished' && (payload as OperationFinished).operationId === operationId) {
      events.finished = payload as OperationFinished
      events.wake()
    }
  }
  listeners.add(listener)
  const cancel = () => void (operationId && call('operations.cancel', { operationId }))
  process.once('SIGINT', cancel)
  try {
    const started = await start()
    if (!started.ok) return started
    operationId = started.value.operationId
    const finished = events.finished ?? (await new Promise<OperationFinished>((resolve) => (events.wake = () => resolve(events.finished as OperationFinished))))
    if (finished.outcome !== 'succeeded') {
      const error = finished.error ?? { code: 'CANCELLED', message: 'Cancelled.' }
      return { ok: false, error: { code: isErrorCode(error.code) ? error.code : 'INTERNAL', message: error.message } }
    }
    return { ok: true, value: null }
  } finally {
    listeners.delete(listener)
    process.removeListener('SIGINT', cancel)
  }
}
