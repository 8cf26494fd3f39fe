import type { EngineStatus } from '../../../../shared/model'
import { useAction } from '../../api/use-action'

/**
 * Probe the endpoints again now. The answer goes straight into the shared `engine.status` entry,
 * and every other answer is refetched: they were read from the engine as it was before.
 */
export function useEngineRefresh() {
  return useAction<[], EngineStatus>(async ({ client, store }) => {
    const reply = await client.call('engine.status', { refresh: true })
    if (reply.ok) {
      store.setData('engine.status', {}, reply.value)
      store.invalidate((method) => method !== 'engine.status')
    }
    return reply
  })
}
