import { randomUUID } from 'node:crypto'
import { ApiError, type EmitEvent } from '../../../shared/contract'
import type { OperationFinished, OperationProgress, OperationStarted } from '../../../shared/model'
import { createThrottle } from './progress-throttle'

/** What a long job calls to say how far it is; `total` null while unknown. */
export type ReportProgress = (phase: string, done: number, total: number | null) => void
/** A long job: it must stop (rejecting) once `signal` aborts, and pass `signal` on to Docker. */
export type OperationRun<T> = (signal: AbortSignal, report: ReportProgress) => Promise<T>

export interface TrackedOperation<T> extends OperationStarted {
  /** Settles with the job: its value, its error, or ApiError CANCELLED. Not JSON: keep in process. */
  result: Promise<T>
}

export interface Operations {
  /** Starts the job and answers at once; progress and the outcome arrive as events. */
  start<T>(kind: string, run: OperationRun<T>): OperationStarted
  /** The same, for callers in this process (the CLI) that also want the job's value. */
  track<T>(kind: string, run: OperationRun<T>): TrackedOperation<T>
  /** Aborts a running job; false when no such job is running. */
  cancel(operationId: string): { cancelled: boolean }
  running(): { operationId: string; kind: string }[]
  /** Cancels everything still running. */
  dispose(): void
}

export interface OperationsDeps {
  emit: EmitEvent
  /** Least time between two progress events of one job: 100 ms keeps them at 10 a second. */
  progressIntervalMs?: number
}

interface Running {
  kind: string
  controller: AbortController
  finish(outcome: OperationFinished['outcome'], error: OperationFinished['error']): void
}

export function createOperations(deps: OperationsDeps): Operations {
  const interval = deps.progressIntervalMs ?? 100
  const jobs = new Map<string, Running>()

  function track<T>(kind: string, run: OperationRun<T>): TrackedOperation<T> {
    const operationId = `op-${randomUUID()}`
    const controller = new AbortController()
    const progress = createThrottle<OperationProgress>((payload) => deps.emit('operation.progress', payload), interval)
    let settled = false
    const finish: Running['finish'] = (outcome, error) => {
      if (settled) return
      settled = true
      jobs.delete(operationId)
      progress.flush()
      deps.emit('operation.finished', { operationId, outcome, error })
    }
    jobs.set(operationId, { kind, controller, finish })

    const report: ReportProgress = (phase, done, total) => {
      if (!settled) progress.push({ operationId, phase, done: Math.max(0, done), total })
    }
    const result = runJob(run, controller, report, finish)
    return { operationId, result }
  }

  return {
    start(kind, run) {
      const { operationId, result } = track(kind, run)
      result.catch(() => undefined)
      return { operationId }
    },
    track,
    cancel(operationId) {
      const job = jobs.get(operationId)
      if (!job) return { cancelled: false }
      job.controller.abort(new ApiError('CANCELLED', 'Cancelled'))
      // Said at once: the user asked, and a job slow to notice the signal must not hold the UI.
      job.finish('cancelled', null)
      return { cancelled: true }
    },
    running: () => [...jobs].map(([operationId, job]) => ({ operationId, kind: job.kind })),
    dispose() {
      for (const job of [...jobs.values()]) {
        job.controller.abort(new ApiError('CANCELLED', 'Cancelled'))
        job.finish('cancelled', null)
      }
    },
  }
}

async function runJob<T>(
  run: OperationRun<T>,
  controller: AbortController,
  report: ReportProgress,
  finish: Running['finish'],
): Promise<T> {
  const cancelled = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(new ApiError('CANCELLED', 'Cancelled')), { once: true })
  })
  cancelled.catch(() => undefined)
  try {
    // A microtask first, so the caller holds the operationId before the job can say anything.
    const value = await Promise.race([Promise.resolve().then(() => run(controller.signal, report)), cancelled])
    finish('succeeded', null)
    return value
  } catch (error) {
    if (controller.signal.aborted) {
      finish('cancelled', null)
      throw new ApiError('CANCELLED', 'Cancelled')
    }
    const payload = error instanceof ApiError
      ? { code: error.code, message: error.message }
      : { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) }
    finish('failed', payload)
    throw error
  }
}
