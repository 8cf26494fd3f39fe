import type { ImageRequest } from '../../../../shared/contract'
import type { LayerScan } from '../../../../shared/model'
import { PackagesSection } from '../packages/PackagesSection'
import { FileFactsSection } from './FileFactsSection'
import { LayerFiles } from './LayerFiles'
import { ScanSummary } from './ScanSummary'
import { ScanWarnings } from './ScanWarnings'
import { WastedFilesSection } from './WastedFilesSection'

/** A finished scan: the totals, the layers and their files, the wasted copies, the facts. */
export function ScanResult({ scan, target }: { scan: LayerScan; target: ImageRequest }) {
  return (
    <>
      <ScanSummary scan={scan} />
      <ScanWarnings warnings={scan.warnings} />
      <LayerFiles scan={scan} target={target} />
      <WastedFilesSection scan={scan} />
      <FileFactsSection facts={scan.facts} />
      <PackagesSection target={target} />
    </>
  )
}
