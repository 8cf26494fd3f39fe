import { describe, expect, it } from 'vitest'
import type { EngineClient, EngineImageInspect } from '../engine/engine-api-types'
import { inRequestScope, snapshotClient } from './request-snapshot'

/** An engine that counts what it is asked: the memo's whole point is what reaches the engine. */
function countingEngine(): { client: EngineClient; asked: string[] } {
  const asked: string[] = []
  const inspect = (reference: string): EngineImageInspect =>
    ({ Id: 'sha256:one', RepoTags: [reference], RootFS: { Type: 'layers', Layers: [] } }) as unknown as EngineImageInspect
  const client = {
    listImages: async () => (asked.push('list'), []),
    inspectImage: async (reference: string) => (asked.push(`inspect ${reference}`), inspect(reference)),
    imageHistory: async (reference: string) => (asked.push(`history ${reference}`), []),
    imagesDiskUsage: async () => (asked.push('df'), 1),
  } as unknown as EngineClient
  return { client, asked }
}

describe('snapshotClient', () => {
  it('lists and inspects once per request, an inspection by tag serving a later one by ID', async () => {
    const { client, asked } = countingEngine()
    await inRequestScope(async () => {
      const reads = snapshotClient(client)
      await reads.listImages()
      await reads.listImages()
      await reads.inspectImage('app:1')
      await reads.inspectImage('sha256:one')
      await reads.imageHistory('sha256:one')
      await reads.imageHistory('sha256:one')
    })
    expect(asked).toEqual(['list', 'inspect app:1', 'history sha256:one'])
  })

  it('asks again in the next request: a snapshot lives as long as its request', async () => {
    const { client, asked } = countingEngine()
    await inRequestScope(() => snapshotClient(client).listImages())
    await inRequestScope(() => snapshotClient(client).listImages())
    expect(asked).toEqual(['list', 'list'])
  })

  it('lets concurrent requests share a history on its way, but never a listing, nor a call that can be cancelled', async () => {
    const { client, asked } = countingEngine()
    await Promise.all([
      inRequestScope(() => snapshotClient(client).imageHistory('sha256:one')),
      inRequestScope(() => snapshotClient(client).imageHistory('sha256:one')),
    ])
    expect(asked).toEqual(['history sha256:one'])
    // A list asked after an image event must not be answered by one sent before it.
    await Promise.all([inRequestScope(() => snapshotClient(client).listImages()), inRequestScope(() => snapshotClient(client).listImages())])
    expect(asked.filter((call) => call === 'list')).toHaveLength(2)
    const signal = new AbortController().signal
    await Promise.all([
      inRequestScope(() => snapshotClient(client).imageHistory('app:1', { signal })),
      inRequestScope(() => snapshotClient(client).imageHistory('app:1', { signal })),
    ])
    expect(asked.filter((call) => call === 'history app:1')).toHaveLength(2)
  })

  it('passes disk usage straight through: only the list view asks for it', async () => {
    const { client, asked } = countingEngine()
    await inRequestScope(async () => {
      await snapshotClient(client).imagesDiskUsage()
      await snapshotClient(client).imagesDiskUsage()
    })
    expect(asked).toEqual(['df', 'df'])
  })
})
