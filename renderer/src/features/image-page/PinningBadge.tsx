import type { PinningSummary } from '../../../../shared/model'
import { pinningTone } from './base-text'

/**
 * How firmly the base is pinned, coloured by strength. The class is written out too, so the colour
 * is never the only carrier; role img gives the badge one name a screen reader reads whole.
 */
export function PinningBadge({ pinning }: { pinning: PinningSummary }) {
  const label = `Pinning: ${pinning.class}`
  return (
    <span
      role="img"
      aria-label={label}
      className={`pinning-badge pinning-badge--${pinningTone(pinning)}`}
      title={pinning.reference ? `How ${pinning.reference} is pinned` : undefined}
    >
      {label}
    </span>
  )
}
