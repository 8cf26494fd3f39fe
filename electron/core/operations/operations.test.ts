import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ApiEvents, EventName } from '../../../shared/contract'
import { ApiError } from '../../../shared/contract'
import { createOperations, type ReportProgress } from './operations'

type Sent = { [E in EventName]: { event: E; payload: ApiEvents[E] } }[EventName]

let sent: Sent[]
const emit = <E extends EventName>(event: E, payload: ApiEvents[E]) => {
  sent.push({ event, payload } as Sent)
}
const progressOf = () => sent.flatMap((item) => (item.event === 'operation.progress' ? [item.payload] : []))
const finishedOf = () => sent.flatMap((item) => (item.event === 'operation.finished' ? [item.payload] : []))

/** A job the test drives by hand. */
function controllable<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  let report!: ReportProgress
  let signal!: AbortSignal
  const run = (jobSignal: AbortSignal, jobReport: ReportProgress) => {
    signal = jobSignal
    report = jobReport
    return new Promise<T>((res, rej) => {
      resolve = res
      reject = rej
    })
  }
  return { run, resolve: (value: T) => resolve(value), reject: (error: unknown) => reject(error), report: (...args: Parameters<ReportProgress>) => report(...args), signal: () => signal }
}

beforeEach(() => {
  sent = []
  vi.useFakeTimers()
})
afterEach(() => vi.useRealTimers())

describe('operations', () => {
  it('answers with an id at once and says once that the job succeeded', async () => {
    const operations = createOperations({ emit })
    const job = controllable<number>()
    const { operationId } = operations.start('scan', job.run)
    expect(operationId).toMatch(/^op-/)
    expect(sent).toEqual([])
    await vi.advanceTimersByTimeAsync(0)
    expect(operations.running()).toEqual([{ operationId, kind: 'scan' }])
    job.resolve(42)
    await vi.advanceTimersByTimeAsync(0)
    expect(finishedOf()).toEqual([{ operationId, outcome: 'succeeded', error: null }])
    expect(operations.running()).toEqual([])
  })

  it('gives the job value to an in-process caller', async () => {
    const operations = createOperations({ emit })
    const { result } = operations.track('export', async (_signal, report) => {
      report('writing', 1, 1)
      return 'done'
    })
    await expect(result).resolves.toBe('done')
  })

  it('sends at most ten progress events a second, and always the last one', async () => {
    const operations = createOperations({ emit })
    const job = controllable<void>()
    const { operationId } = operations.start('scan', job.run)
    await vi.advanceTimersByTimeAsync(0)
    for (let done = 1; done <= 100; done += 1) {
      job.report('reading layers', done, 100)
      await vi.advanceTimersByTimeAsync(10)
    }
    const events = progressOf()
    expect(events.length).toBeLessThanOrEqual(11)
    expect(events.length).toBeGreaterThanOrEqual(9)
    await vi.advanceTimersByTimeAsync(100)
    expect(progressOf().at(-1)).toEqual({ operationId, phase: 'reading layers', done: 100, total: 100 })
  })

  it('sends the held progress before it says the job finished', async () => {
    const operations = createOperations({ emit })
    const job = controllable<void>()
    const { operationId } = operations.start('scan', job.run)
    await vi.advanceTimersByTimeAsync(0)
    job.report('preparing', 0, null)
    job.report('reading', 5, 10)
    job.resolve()
    await vi.advanceTimersByTimeAsync(0)
    expect(sent.map((item) => item.event)).toEqual(['operation.progress', 'operation.progress', 'operation.finished'])
    expect(progressOf()[1]).toEqual({ operationId, phase: 'reading', done: 5, total: 10 })
    await vi.advanceTimersByTimeAsync(1000)
    expect(sent).toHaveLength(3)
  })

  it('cancels: aborts the signal, says cancelled once, and ignores what the job does after', async () => {
    const operations = createOperations({ emit })
    const job = controllable<string>()
    const { operationId, result } = operations.track('export', job.run)
    await vi.advanceTimersByTimeAsync(0)
    expect(operations.cancel(operationId)).toEqual({ cancelled: true })
    expect(job.signal().aborted).toBe(true)
    await expect(result).rejects.toMatchObject({ code: 'CANCELLED' })
    job.report('late', 1, 1)
    job.resolve('too late')
    await vi.advanceTimersByTimeAsync(500)
    expect(finishedOf()).toEqual([{ operationId, outcome: 'cancelled', error: null }])
    expect(progressOf()).toEqual([])
  })

  it('cannot cancel a job that is unknown or already over', async () => {
    const operations = createOperations({ emit })
    const { operationId, result } = operations.track('scan', async () => 1)
    await result
    expect(operations.cancel(operationId)).toEqual({ cancelled: false })
    expect(operations.cancel('op-nope')).toEqual({ cancelled: false })
  })

  it('reports a failure with its code, or INTERNAL for an unexpected error', async () => {
    const operations = createOperations({ emit })
    const known = operations.track('scan', async () => {
      throw new ApiError('IMAGE_NOT_FOUND', 'No such image: x')
    })
    const unknown = operations.track('scan', async () => {
      throw new Error('disk full')
    })
    await expect(known.result).rejects.toThrow('No such image: x')
    await expect(unknown.result).rejects.toThrow('disk full')
    expect(finishedOf().map((item) => [item.outcome, item.error])).toEqual([
      ['failed', { code: 'IMAGE_NOT_FOUND', message: 'No such image: x' }],
      ['failed', { code: 'INTERNAL', message: 'disk full' }],
    ])
  })

  it('turns a job that throws at once into a failure, not a crash of start()', async () => {
    const operations = createOperations({ emit })
    expect(() => operations.start('scan', () => {
      throw new Error('bad start')
    })).not.toThrow()
    await vi.advanceTimersByTimeAsync(0)
    expect(finishedOf()[0]).toMatchObject({ outcome: 'failed', error: { message: 'bad start' } })
  })

  it('cancels every running job when disposed', async () => {
    const operations = createOperations({ emit })
    const a = controllable<void>()
    const b = controllable<void>()
    operations.start('scan', a.run)
    operations.start('export', b.run)
    await vi.advanceTimersByTimeAsync(0)
    operations.dispose()
    expect([a.signal().aborted, b.signal().aborted]).toEqual([true, true])
    expect(finishedOf().map((item) => item.outcome)).toEqual(['cancelled', 'cancelled'])
  })
})
