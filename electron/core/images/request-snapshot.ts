import { AsyncLocalStorage } from 'node:async_hooks'
import type { EngineCallOptions, EngineClient } from '../engine/engine-api-types'

/**
 * One snapshot of the engine per request: within one contract request, the listing, each image's
 * inspection and each history are asked of the engine once, and every step downstream (analysis,
 * advice, comparison) reads the same answers. A compare of three images used to list six times,
 * and an analysis inspected each image up to five times (test/e2e/engine-requests.spec.ts counts it).
 * Identical calls from concurrent requests (an image page asks for the image, its analysis and
 * its advice at once) share a history still on its way: by image ID it never changes. A listing
 * or an inspection is never shared across requests: one asked for after an image event must see it.
 */
type Memo = Map<string, Promise<unknown>>

/** Per request, the answers of each engine connection (a request may outlive a switch of engines). */
const scope = new AsyncLocalStorage<WeakMap<EngineClient, Memo>>()
/** Histories on their way, by connection: what concurrent requests share. */
const pending = new WeakMap<EngineClient, Memo>()

function memoOf(memos: WeakMap<EngineClient, Memo> | undefined, client: EngineClient): Memo | undefined {
  if (!memos) return undefined
  let memo = memos.get(client)
  if (!memo) memos.set(client, (memo = new Map()))
  return memo
}

/** Runs `work` as one request: engine reads through `snapshotClient` inside it are made once. */
export function inRequestScope<T>(work: () => Promise<T>): Promise<T> {
  return scope.run(new WeakMap(), work)
}

/** Every handler of `handlers` run in a request scope of its own. */
export function inRequestScopes<H extends Record<string, (request: never) => Promise<unknown>>>(handlers: H): H {
  const scoped: Record<string, (request: never) => Promise<unknown>> = {}
  for (const [method, handler] of Object.entries(handlers)) scoped[method] = (request) => inRequestScope(() => handler(request))
  return scoped as H
}

/**
 * The client as the pipeline reads it: list, inspect and history answered once per request (an
 * inspection is kept under the image ID too, so asking by tag then by ID is one call). Exports and
 * disk usage pass straight through: a stream cannot be shared, and only the list view asks df.
 */
export function snapshotClient(client: EngineClient): EngineClient {
  const once = <T>(key: string, ask: () => Promise<T>): Promise<T> => onceFor(client, key, ask)
  return {
    imagesDiskUsage: (options) => client.imagesDiskUsage(options),
    version: (options) => client.version(options),
    exportImage: (reference, options) => client.exportImage(reference, options),
    listImages: (options) => once('list', () => client.listImages(options)),
    inspectImage: async (reference, options) => {
      const inspect = await once(`inspect ${reference}`, () => client.inspectImage(reference, options))
      const memo = memoOf(scope.getStore(), client)
      if (memo && !memo.has(`inspect ${inspect.Id}`)) memo.set(`inspect ${inspect.Id}`, Promise.resolve(inspect))
      return inspect
    },
    imageHistory: (reference, options) => {
      const key = `history ${reference}`
      return once(key, () => shareInFlight(memoOf(pending, client) ?? new Map(), key, options, () => client.imageHistory(reference, options)))
    },
  }
}

function onceFor<T>(client: EngineClient, key: string, ask: () => Promise<T>): Promise<T> {
  const memo = memoOf(scope.getStore(), client)
  const known = memo?.get(key)
  if (known) return known as Promise<T>
  const answer = ask()
  // A failed answer is not kept: a retry within the request asks again.
  memo?.set(key, answer)
  answer.catch(() => memo?.delete(key))
  return answer
}

/** Only calls nobody can cancel are shared: one caller's abort must not fail another's request. */
function shareInFlight<T>(inFlight: Memo, key: string, options: EngineCallOptions | undefined, ask: () => Promise<T>): Promise<T> {
  if (options?.signal) return ask()
  const sharing = inFlight.get(key)
  if (sharing) return sharing as Promise<T>
  const answer = ask()
  inFlight.set(key, answer)
  const forget = () => {
    if (inFlight.get(key) === answer) inFlight.delete(key)
  }
  answer.then(forget, forget)
  return answer
}
