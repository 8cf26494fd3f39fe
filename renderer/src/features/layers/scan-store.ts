import { isErrorCode, type ErrorPayload, type ImageRequest } from '../../../../shared/contract'
import type { OperationFinished, OperationProgress } from '../../../../shared/model'
import type { ApiClient } from '../../api/api-client'

/** Where the scan of one image stands, as far as this window knows. */
export type ScanState =
  | { status: 'idle' }
  /** layers.scan was asked; its operation ID is on its way. */
  | { status: 'starting' }
  | { status: 'running'; operationId: string; progress: OperationProgress | null; isCancelling: boolean }
  /** The scan finished; the result is being read with layers.get. */
  | { status: 'reading-result' }
  | { status: 'cancelled' }
  | { status: 'failed'; error: ErrorPayload }

/** One platform of an image is one scan: "app:1 linux/arm64/v8" and "app:1 linux/amd64" never share a state. */
function keyOf({ reference, platform }: ImageRequest): string {
  return platform ? `${reference} ${platform}` : reference
}

export interface ScanStore {
  getState(target: ImageRequest): ScanState
  subscribe(target: ImageRequest, listener: () => void): () => void
  start(target: ImageRequest): Promise<void>
  cancel(target: ImageRequest): Promise<void>
  /** Listens to operation events; returns the unsubscribe. */
  connect(): () => void
}

const IDLE: ScanState = { status: 'idle' }
/**
 * Events seen before layers.scan's answer named their operation: a cached scan ends at once, and
 * over HTTP the event stream often delivers the first progress ("preparing export") before the
 * POST's answer arrives. The latest of each is kept, for a few operations.
 */
const EARLY_EVENTS_KEPT = 20

function keepEarly<T>(map: Map<string, T>, operationId: string, event: T): void {
  map.delete(operationId)
  map.set(operationId, event)
  if (map.size > EARLY_EVENTS_KEPT) map.delete(map.keys().next().value ?? '')
}

/**
 * Scans by image reference, kept outside any screen so leaving the page mid-scan and coming back
 * finds the progress where it is. `readResult` reads the finished scan (refetches layers.get).
 */
export function createScanStore(client: ApiClient, readResult: (target: ImageRequest) => Promise<void>): ScanStore {
  const targets = new Map<string, ImageRequest>()
  const states = new Map<string, ScanState>()
  const listeners = new Map<string, Set<() => void>>()
  const referenceOf = new Map<string, string>()
  const earlyFinishes = new Map<string, OperationFinished>()
  const earlyProgress = new Map<string, OperationProgress>()

  function set(reference: string, state: ScanState): void {
    states.set(reference, state)
    for (const listener of [...(listeners.get(reference) ?? [])]) listener()
  }

  async function settle(reference: string, finished: OperationFinished): Promise<void> {
    referenceOf.delete(finished.operationId)
    if (finished.outcome === 'cancelled') return set(reference, { status: 'cancelled' })
    if (finished.outcome === 'failed') return set(reference, { status: 'failed', error: failureOf(finished) })
    set(reference, { status: 'reading-result' })
    await readResult(targets.get(reference) ?? { reference })
    // The page now shows the result from layers.get; this store has nothing more to say.
    if (states.get(reference)?.status === 'reading-result') set(reference, IDLE)
  }

  function onProgress(progress: OperationProgress): void {
    const reference = referenceOf.get(progress.operationId)
    if (reference === undefined) return keepEarly(earlyProgress, progress.operationId, progress)
    const state = states.get(reference)
    if (state?.status !== 'running') return
    set(reference, { ...state, progress })
  }

  function onFinished(finished: OperationFinished): void {
    const reference = referenceOf.get(finished.operationId)
    if (reference !== undefined) {
      void settle(reference, finished)
      return
    }
    // Another feature's operation, or ours before its ID came back: kept briefly either way.
    keepEarly(earlyFinishes, finished.operationId, finished)
  }

  return {
    getState: (target) => states.get(keyOf(target)) ?? IDLE,
    subscribe(target, listener) {
      const group = listeners.get(keyOf(target)) ?? new Set()
      group.add(listener)
      listeners.set(keyOf(target), group)
      return () => group.delete(listener)
    },
    async start(target) {
      const reference = keyOf(target)
      const status = states.get(reference)?.status
      if (status === 'starting' || status === 'running' || status === 'reading-result') return
      targets.set(reference, target)
      set(reference, { status: 'starting' })
      const reply = await client.call('layers.scan', target)
      if (!reply.ok) return set(reference, { status: 'failed', error: reply.error })
      const { operationId } = reply.value
      const early = earlyFinishes.get(operationId)
      const progress = earlyProgress.get(operationId) ?? null
      earlyFinishes.delete(operationId)
      earlyProgress.delete(operationId)
      referenceOf.set(operationId, reference)
      set(reference, { status: 'running', operationId, progress, isCancelling: false })
      if (early) await settle(reference, early)
    },
    async cancel(target) {
      const reference = keyOf(target)
      const state = states.get(reference)
      if (state?.status !== 'running' || state.isCancelling) return
      set(reference, { ...state, isCancelling: true })
      // The outcome arrives as operation.finished ('cancelled', or 'succeeded' when too late).
      const reply = await client.call('operations.cancel', { operationId: state.operationId })
      const now = states.get(reference)
      if (!reply.ok && now?.status === 'running') set(reference, { ...now, isCancelling: false })
    },
    connect() {
      const offProgress = client.on('operation.progress', onProgress)
      const offFinished = client.on('operation.finished', onFinished)
      return () => {
        offProgress()
        offFinished()
      }
    },
  }
}

/** The operation's error as the envelope's kind (its code is a plain string in the event). */
function failureOf(finished: OperationFinished): ErrorPayload {
  const error = finished.error
  if (!error) return { code: 'INTERNAL', message: 'The scan failed without saying why.' }
  return { code: isErrorCode(error.code) ? error.code : 'INTERNAL', message: error.message }
}
