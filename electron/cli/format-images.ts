import type { ImageList, ImageSummary } from '../../shared/model'
import { formatBytesLikeDocker, shortId } from '../../shared/lib/bytes'
import { dockerNames } from '../../shared/lib/image-name'
import { formatAge } from '../../shared/lib/time'
import { formatTable } from './table'

/** docker prints one row per tag; an untagged image named by digest shows its repository. */
const namesOf = (image: ImageSummary) => dockerNames(image.tags, image.repoDigests)

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
