import type { ImagePlatform, ImageSummary } from '../../../../shared/model'
import { shortId } from '../../../../shared/lib/bytes'
import { NONE, repositoryOfDigest, splitTag } from '../../../../shared/lib/image-name'

export { NONE }

export interface TagChip {
  /** The tag alone when it shares the row's repository, else the whole reference. */
  label: string
  reference: string
}

/** One row of the list: an image ID with everything the columns, sorting and filter need. */
export interface ImageRow {
  id: string
  shortId: string
  repository: string
  tags: TagChip[]
  /** The first tag's tag part, for sorting; NONE when untagged. */
  primaryTag: string
  isUntagged: boolean
  isDangling: boolean
  sizeBytes: number
  createdAt: string
  createdMs: number
  layerCount: number
  /** The platforms of a multi-platform image (its index), as far as they are known; empty for one platform. */
  platforms: ImagePlatform[]
  /** Lower-cased text the filter searches: every reference, repository and the ID. */
  searchText: string
}

export function toImageRow(image: ImageSummary, platforms: ImagePlatform[] = []): ImageRow {
  const first = image.tags[0]
  const primary = first ? splitTag(first) : null
  // An untagged image pulled by digest still has a repository; docker shows it as "repo <none>".
  const digest = image.repoDigests[0]
  const digestRepository = digest === undefined ? undefined : repositoryOfDigest(digest)
  const repository = primary?.repository ?? digestRepository ?? NONE
  const tags = image.tags.map((reference) => {
    const { repository: repo, tag } = splitTag(reference)
    return { reference, label: repo === repository && tag ? tag : reference }
  })
  const createdMs = Date.parse(image.createdAt)
  const searchText = [image.id, repository, ...image.tags, ...image.repoDigests, image.tags.length ? '' : NONE]
    .join('\n')
    .toLowerCase()
  return {
    id: image.id,
    shortId: shortId(image.id),
    repository,
    tags,
    primaryTag: primary?.tag || NONE,
    isUntagged: image.tags.length === 0,
    isDangling: image.isDangling,
    sizeBytes: image.sizeBytes,
    createdAt: image.createdAt,
    createdMs: Number.isNaN(createdMs) ? 0 : createdMs,
    layerCount: image.layerCount,
    platforms,
    searchText,
  }
}

/**
 * Case-insensitive substring over repository, tags and ID; an ID also matches without its
 * "sha256:" prefix because the full text contains it either way.
 */
export function filterRows(rows: readonly ImageRow[], query: string): readonly ImageRow[] {
  const needle = query.trim().toLowerCase()
  if (needle === '') return rows
  return rows.filter((row) => row.searchText.includes(needle))
}
