import type { HistoryStep, ImageDetail } from '../../../shared/model'

/**
 * What base detection looks at: an image, or a base found earlier, seen as the first layers and
 * history steps of the image that carries it (a base's history is the start of its child's).
 */
export interface BaseSubject {
  /** Null for a base that is not on this machine (found by label or history only). */
  imageId: string | null
  diffIds: readonly string[]
  /** Oldest first, aligned with diffIds as HistoryStep.diffId says. */
  history: readonly HistoryStep[]
  labels: Readonly<Record<string, string>>
}

export function subjectOf(image: ImageDetail): BaseSubject {
  return {
    imageId: image.summary.id,
    diffIds: image.diffIds,
    history: image.history,
    labels: image.summary.labels,
  }
}

export const BASE_NAME_LABEL = 'org.opencontainers.image.base.name'
export const BASE_DIGEST_LABEL = 'org.opencontainers.image.base.digest'

export interface BaseLabels {
  name: string | null
  digest: string | null
}

/** The OCI base annotations, as labels; null when the image carries neither. */
export function baseLabelsOf(labels: Readonly<Record<string, string>>): BaseLabels | null {
  const name = labels[BASE_NAME_LABEL]?.trim() || null
  const digest = labels[BASE_DIGEST_LABEL]?.trim() || null
  return name === null && digest === null ? null : { name, digest }
}
