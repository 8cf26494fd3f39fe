import type { ApiEvents } from '../../../shared/contract'
import type { EventFilters } from './dockerode-augment'
import type { EngineEvent } from './engine-api-types'

export type ImagesChanged = ApiEvents['images.changed']

/** Asked of the engine, so a busy host's container events never cross the socket. */
export const IMAGE_EVENT_FILTERS: EventFilters = { type: ['image'] }

/**
 * Image actions after which a list is out of date. Docker says delete, Podman's compatibility API
 * says remove; prune, build and commit come from newer or other engines. push, save, pull-progress
 * and the like change nothing local.
 */
const LIST_CHANGING_ACTIONS = new Set([
  'pull', 'import', 'load', 'tag', 'untag', 'delete', 'remove', 'prune', 'build', 'commit',
])

/**
 * What an image event means for the renderer, or null when it changes nothing it shows. Note an
 * `untag` event names the image ID, not the tag that went away: listeners re-list rather than patch.
 */
export function imageChangeOf(event: EngineEvent): ImagesChanged | null {
  if (event.Type !== 'image' || !LIST_CHANGING_ACTIONS.has(event.Action)) return null
  return { action: event.Action, imageId: imageIdOf(event.Actor?.ID) }
}

// A pull names the reference it pulled and a prune names nothing: only real IDs are passed on.
function imageIdOf(id: string | undefined): string | null {
  if (id === undefined) return null
  if (/^sha256:[0-9a-f]{64}$/.test(id)) return id
  if (/^[0-9a-f]{64}$/.test(id)) return `sha256:${id}`
  return null
}
