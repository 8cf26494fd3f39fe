import type { AppNotice, EngineStatus, OperationFinished, OperationProgress } from '../model'
import type { OpenedDockerfile } from './methods'

/** Everything the core pushes to the renderer without being asked. */
export interface ApiEvents {
  'engine.changed': EngineStatus
  /** An image was built, pulled, loaded, tagged, untagged or removed: lists should re-read. */
  'images.changed': { action: string; imageId: string | null }
  'operation.progress': OperationProgress
  'operation.finished': OperationFinished
  'app.notice': AppNotice
  /** File › Open (a native dialog in main) read a Dockerfile: the renderer analyses it. */
  'dockerfile.opened': OpenedDockerfile
}

export type EventName = keyof ApiEvents

export const eventNames = [
  'engine.changed',
  'images.changed',
  'operation.progress',
  'operation.finished',
  'app.notice',
  'dockerfile.opened',
] as const satisfies readonly EventName[]

type Unlisted = Exclude<EventName, (typeof eventNames)[number]>
const everyEventListed: [Unlisted] extends [never] ? true : Unlisted = true
void everyEventListed

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (eventNames as readonly string[]).includes(value)
}

export type EventListener<E extends EventName> = (payload: ApiEvents[E]) => void
export type EmitEvent = <E extends EventName>(event: E, payload: ApiEvents[E]) => void
