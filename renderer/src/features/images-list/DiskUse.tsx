import { useId } from 'react'
import type { ImageList } from '../../../../shared/model'
import { formatBytes } from '../../../../shared/lib/bytes'
import { formatExactBytes } from '../../ui/format'

const SUM_EXPLANATION =
  'The engine did not report disk usage, so this adds up every image’s size: layers shared by several images are counted once per image, and the real figure is lower.'

/** Total disk use: the engine's figure when it has one, else the sum of image sizes, said so. */
export function DiskUse({ list }: { list: ImageList }) {
  const labelId = useId()
  const noteId = useId()
  const isSum = list.diskUsageBytes === null
  const bytes = list.diskUsageBytes ?? list.totalSizeBytes
  return (
    <dl className="disk-use">
      <dt id={labelId}>Total disk use</dt>
      <dd
        aria-labelledby={labelId}
        aria-describedby={isSum ? noteId : undefined}
        title={isSum ? SUM_EXPLANATION : `${formatExactBytes(bytes)}, shared layers counted once`}
        className="num"
      >
        {formatBytes(bytes)}
      </dd>
      {isSum ? (
        <dd id={noteId} className="disk-use-note" title={SUM_EXPLANATION}>
          sum of image sizes
        </dd>
      ) : null}
    </dl>
  )
}
