import { useRef } from 'react'
import type { LayerScan } from '../../../../shared/model'
import { formatBytes } from '../../../../shared/lib/bytes'
import { formatDateTime, formatExactBytes } from '../../ui/format'
import { ScanStat } from './ScanStat'
import { efficiencyText } from './scan-text'
import { useFocusWhenLost } from './use-focus-when-lost'

/** What the layers store, what survives, what is wasted and whose waste it is. */
export function ScanSummary({ scan }: { scan: LayerScan }) {
  const heading = useRef<HTMLHeadingElement>(null)
  // Arriving right after a scan, the progress that had focus is gone: the result takes it.
  useFocusWhenLost(heading)
  const bytes = (value: number) => ({ children: formatBytes(value), title: formatExactBytes(value) })
  return (
    <section className="scan-section" aria-labelledby="scan-summary-heading">
      <h2 id="scan-summary-heading" ref={heading} tabIndex={-1} className="section-title">
        Summary
        <span className="section-note"> · scanned {formatDateTime(scan.scannedAt) ?? scan.scannedAt}</span>
      </h2>
      <dl className="scan-stats">
        <ScanStat term="Stored in layers" {...bytes(scan.totalBytes)} />
        <ScanStat term="Final filesystem" {...bytes(scan.finalBytes)} />
        <ScanStat term="Wasted" className={scan.wastedBytes > 0 ? 'is-waste' : undefined} {...bytes(scan.wastedBytes)} />
        <ScanStat term="Efficiency" title="Final filesystem ÷ stored in layers: 100% means nothing is wasted">
          {efficiencyText(scan.efficiency)}
        </ScanStat>
        <ScanStat term="Base waste" {...bytes(scan.baseWastedBytes)} />
        <ScanStat term="Own waste" {...bytes(scan.ownWastedBytes)} />
      </dl>
    </section>
  )
}
