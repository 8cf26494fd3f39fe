import type { ImageRequest } from '../../../../shared/contract'
import { useState } from 'react'
import type { LayerScan } from '../../../../shared/model'
import { FileTreeSection } from './FileTreeSection'
import { ScannedLayerTable } from './ScannedLayerTable'
import { initialFileView, type FileView } from './file-view'

/** The layer list and the files of the layer chosen in it. */
export function LayerFiles({ scan, target }: { scan: LayerScan; target: ImageRequest }) {
  const [view, setView] = useState<FileView>(() => initialFileView(scan.layers.length))
  const layer = scan.layers.find((candidate) => candidate.index === view.layerIndex) ?? null
  return (
    <>
      <section className="scan-section" aria-labelledby="scan-layers-heading">
        <h2 id="scan-layers-heading" className="section-title">
          Layers
          <span className="section-note"> · choose one to see its files</span>
        </h2>
        <ScannedLayerTable layers={scan.layers} selectedIndex={view.layerIndex} onSelect={(layerIndex) => setView({ ...view, layerIndex })} />
      </section>
      {layer ? <FileTreeSection target={target} layer={layer} view={view} onViewChange={setView} /> : null}
    </>
  )
}
