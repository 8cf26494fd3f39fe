import type { ImageList, ImageSummary } from '../../shared/model'
import { formatBytesLikeDocker, shortId } from '../../shared/lib/bytes'
import { formatAge } from '../../shared/lib/time'
import { formatTable } from './table'

const NONE = '<none>'

/** "localhost:5000/team/app:1.2" -> repository and tag, splitting at the last ':' after the last '/'. */
export function splitTag(reference: string): { repository: string; tag: string } {
  const colon = reference.lastIndexOf(':')
  if (colon <= reference.lastIndexOf('/')) return { repository: reference, tag: NONE }
  return { repository: reference.slice(0, colon), tag: reference.slice(colon + 1) }
}

/** docker prints one row per tag; an untagged image named by digest shows its repository. */
function namesOf(image: ImageSummary): { repository: string; tag: string }[] {
  if (image.tags.length > 0) return image.tags.map(splitTag)
  const digest = image.repoDigests[0]
  return [{ repository: digest === undefined ? NONE : digest.slice(0, digest.indexOf('@')), tag: NONE }]
}

/** The human table of `baseline images`: docker's columns plus LAYERS, then one total line. */
export function formatImageList(list: ImageList, now: Date): string {
  const rows = list.images.flatMap((image) =>
    namesOf(image).map(({ repository, tag }) => [
      repository,
      tag,
      shortId(image.id),
      formatAge(image.createdAt, now),
      formatBytesLikeDocker(image.sizeBytes),
      String(image.layerCount),
    ]),
  )
  const table = formatTable(['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE', 'LAYERS'], rows)
  return `${table}\n${totalLine(list)}\n`
}

function totalLine(list: ImageList): string {
  const count = `${list.images.length} image${list.images.length === 1 ? '' : 's'}`
  const total = `${formatBytesLikeDocker(list.totalSizeBytes)} in total`
  if (list.diskUsageBytes === null) return `${count}, ${total}`
  return `${count}, ${total}, ${formatBytesLikeDocker(list.diskUsageBytes)} on disk (shared layers counted once)`
}
