import type { HistoryStep, ImageDetail, ImageSummary } from '../../../shared/model'
import { unixSecondsToIso } from '../../../shared/lib/time'
import type { EngineHistoryEntry, EngineImageInspect, EngineImageSummary } from '../engine/engine-api-types'
import { alignHistory } from './align-history'
import { parseCreatedBy } from './parse-created-by'

/**
 * The one place Engine API shapes become Baseline's DTOs. Everything else in the core reads
 * ImageSummary / ImageDetail only.
 */

/** The engine's placeholders for "no tag" and "no digest". */
const NO_TAG = '<none>:<none>'
const NO_DIGEST = '<none>@<none>'

export function cleanTags(tags: string[] | null | undefined): string[] {
  return (tags ?? []).filter((tag) => tag !== NO_TAG && tag !== '')
}

export function cleanDigests(digests: string[] | null | undefined): string[] {
  return (digests ?? []).filter((digest) => digest !== NO_DIGEST && digest !== '')
}

/** Unix seconds to ISO, keeping Go's zero time ("0001-01-01…") rather than inventing a date. */
function secondsToIso(seconds: number): string {
  return new Date((Number.isFinite(seconds) ? seconds : 0) * 1000).toISOString()
}

/**
 * Inspect sends RFC 3339 with nanoseconds while the list sends whole seconds; both are cut to the
 * second so an image has the same `createdAt` wherever it was read.
 */
function rfc3339ToIso(text: string): string {
  const milliseconds = Date.parse(text)
  return secondsToIso(Number.isNaN(milliseconds) ? 0 : Math.floor(milliseconds / 1000))
}

function summaryOf(fields: {
  id: string
  tags: string[] | null
  digests: string[] | null
  sizeBytes: number
  createdAt: string
  layerCount: number
  labels: Record<string, string> | null | undefined
}): ImageSummary {
  const tags = cleanTags(fields.tags)
  const repoDigests = cleanDigests(fields.digests)
  return {
    id: fields.id,
    tags,
    repoDigests,
    isDangling: tags.length === 0 && repoDigests.length === 0,
    sizeBytes: fields.sizeBytes,
    createdAt: fields.createdAt,
    layerCount: fields.layerCount,
    labels: { ...(fields.labels ?? {}) },
  }
}

/** A row of GET /images/json, with the layer count its inspect gave. */
export function toImageSummary(image: EngineImageSummary, layerCount: number): ImageSummary {
  return summaryOf({
    id: image.Id,
    tags: image.RepoTags,
    digests: image.RepoDigests,
    sizeBytes: image.Size,
    createdAt: secondsToIso(image.Created),
    layerCount,
    labels: image.Labels,
  })
}

export function layerCountOf(inspect: EngineImageInspect): number {
  return inspect.RootFS.Layers?.length ?? 0
}

export function summaryFromInspect(inspect: EngineImageInspect): ImageSummary {
  return summaryOf({
    id: inspect.Id,
    tags: inspect.RepoTags,
    digests: inspect.RepoDigests,
    sizeBytes: inspect.Size,
    createdAt: rfc3339ToIso(inspect.Created),
    layerCount: layerCountOf(inspect),
    labels: inspect.Config?.Labels,
  })
}

/** Newest first, as `docker image ls` orders them; ties in a stable, readable order. */
export function compareNewestFirst(a: ImageSummary, b: ImageSummary): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1
  const aName = a.tags[0] ?? '\uffff'
  const bName = b.tags[0] ?? '\uffff'
  if (aName !== bName) return aName < bName ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

function emptyToNull(value: string | undefined | null): string | null {
  return value === undefined || value === null || value === '' ? null : value
}

/** History (as the engine sends it: newest first) -> steps oldest first, aligned with the layers. */
export function toHistorySteps(
  entries: EngineHistoryEntry[],
  diffIds: string[],
  layerCounts: ReadonlyMap<string, number> = new Map(),
): Pick<ImageDetail, 'history' | 'alignment'> {
  const oldestFirst = [...entries].reverse()
  const parsed = oldestFirst.map((entry) => ({
    ...parseCreatedBy(entry.CreatedBy ?? '', entry.Comment ?? ''),
    sizeBytes: Math.max(0, entry.Size),
    layersAfter: layerCounts.get(entry.Id) ?? null,
  }))
  const aligned = alignHistory(parsed, diffIds)
  const history = oldestFirst.map((entry, index): HistoryStep => {
    const step = parsed[index]!
    const diffId = aligned.diffIds[index] ?? null
    return {
      step: index + 1,
      instruction: step.instruction,
      createdBy: step.createdBy,
      sizeBytes: step.sizeBytes,
      // Without an alignment, a step is empty when it added no bytes: the best that can be said.
      isEmpty: diffId === null && (aligned.alignment !== 'mismatch' || step.sizeBytes === 0),
      createdAt: unixSecondsToIso(entry.Created),
      comment: emptyToNull(entry.Comment),
      diffId,
      tags: cleanTags(entry.Tags),
    }
  })
  return { history, alignment: aligned.alignment }
}

/** `layerCounts`: layer counts of local intermediate images by ID, when they were asked for. */
export function toImageDetail(
  inspect: EngineImageInspect,
  entries: EngineHistoryEntry[],
  layerCounts: ReadonlyMap<string, number> = new Map(),
): ImageDetail {
  const config = inspect.Config ?? {}
  const diffIds = inspect.RootFS.Layers ?? []
  return {
    summary: summaryFromInspect(inspect),
    contentBytes: null,
    platforms: [],
    architecture: inspect.Architecture,
    os: inspect.Os,
    variant: emptyToNull(inspect.Variant),
    author: emptyToNull(inspect.Author),
    config: {
      user: emptyToNull(config.User),
      workingDir: emptyToNull(config.WorkingDir),
      entrypoint: config.Entrypoint ?? null,
      cmd: config.Cmd ?? null,
      env: config.Env ?? [],
      exposedPorts: Object.keys(config.ExposedPorts ?? {}),
    },
    diffIds: [...diffIds],
    ...toHistorySteps(entries, diffIds, layerCounts),
  }
}
