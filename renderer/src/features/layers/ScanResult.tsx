import type { LayerScan } from '../../../../shared/model'
import { PackagesSection } from '../packages/PackagesSection'
import { FileFactsSection } from './FileFactsSection'
import { LayerFiles } from './LayerFiles'
import { ScanSummary } from './ScanSummary'
import { ScanWarnings } from './ScanWarnings'
import { WastedFilesSection } from './WastedFilesSection'

/** A finished scan: the totals, the layers and their files, the wasted copies, the facts. */
export function ScanResult({ scan, reference }: { scan: LayerScan; reference: string }) {
  return (
    <>
      <ScanSummary scan={scan} />
      <ScanWarnings warnings={scan.warnings} />
      <LayerFiles scan={scan} reference={reference} />
      <WastedFilesSection scan={scan} />
      <FileFactsSection facts={scan.facts} />
      <PackagesSection reference={reference} />
    </>
  )
}
