import { useCallback, useEffect, useRef, useState } from 'react'
import { isErrorCode, type ErrorPayload, type FileRequest } from '../../../../shared/contract'
import type { FileContent, OperationFinished, OperationProgress } from '../../../../shared/model'
import { useApiContext } from '../../api/api-context'

export type FileReadState =
  | { status: 'loading' }
  | { status: 'reading'; operationId: string | null; progress: OperationProgress | null; isCancelling: boolean }
  | { status: 'done'; content: FileContent }
  | { status: 'cancelled' }
  | { status: 'failed'; error: ErrorPayload }

/**
 * One file of one layer: from the cache (files.get) when it was read before, else read from the
 * engine's export as an operation (files.read) whose progress and outcome arrive as events; then
 * files.get once more. Events may arrive before files.read's answer names the operation (a
 * cached read ends at once): they are kept by operation ID until it is known.
 */
export function useFileContent(request: FileRequest): { state: FileReadState; cancel: () => void; retry: () => void } {
  const { client } = useApiContext()
  const [state, setState] = useState<FileReadState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const operation = useRef<string | null>(null)
  const { reference, layerIndex, path } = request

  useEffect(() => {
    let isLive = true
    const seen = new Map<string, OperationFinished>()
    const set = (next: FileReadState): void => void (isLive && setState(next))
    const readBack = async (): Promise<void> => {
      const reply = await client.call('files.get', { reference, layerIndex, path })
      if (!reply.ok) return set({ status: 'failed', error: reply.error })
      set(reply.value === null ? { status: 'failed', error: { code: 'INTERNAL', message: 'The file was read but nothing was kept.' } } : { status: 'done', content: reply.value })
    }
    const settle = (finished: OperationFinished): void => {
      if (finished.outcome === 'succeeded') return void readBack()
      if (finished.outcome === 'cancelled') return set({ status: 'cancelled' })
      const error = finished.error ?? { code: 'INTERNAL', message: 'Reading the file failed without saying why.' }
      set({ status: 'failed', error: { code: isErrorCode(error.code) ? error.code : 'INTERNAL', message: error.message } })
    }
    const offFinished = client.on('operation.finished', (finished) => {
      if (finished.operationId === operation.current) settle(finished)
      else seen.set(finished.operationId, finished)
    })
    const offProgress = client.on('operation.progress', (progress) => {
      if (progress.operationId === operation.current) setState((now) => (isLive && now.status === 'reading' ? { ...now, progress } : now))
    })
    const start = async (): Promise<void> => {
      set({ status: 'loading' })
      const cached = await client.call('files.get', { reference, layerIndex, path })
      if (cached.ok && cached.value !== null) return set({ status: 'done', content: cached.value })
      if (!cached.ok) return set({ status: 'failed', error: cached.error })
      set({ status: 'reading', operationId: null, progress: null, isCancelling: false })
      const started = await client.call('files.read', { reference, layerIndex, path })
      if (!started.ok) return set({ status: 'failed', error: started.error })
      operation.current = started.value.operationId
      set({ status: 'reading', operationId: started.value.operationId, progress: null, isCancelling: false })
      const early = seen.get(started.value.operationId)
      if (early) settle(early)
    }
    void start()
    return () => {
      isLive = false
      offFinished()
      offProgress()
      // Leaving the file (another file, another layer, Close) stops a read still running.
      if (operation.current !== null) void client.call('operations.cancel', { operationId: operation.current })
      operation.current = null
    }
  }, [client, reference, layerIndex, path, attempt])

  const cancel = useCallback(() => {
    if (operation.current === null) return
    setState((now) => (now.status === 'reading' ? { ...now, isCancelling: true } : now))
    void client.call('operations.cancel', { operationId: operation.current })
  }, [client])
  const retry = useCallback(() => setAttempt((value) => value + 1), [])
  return { state, cancel, retry }
}
