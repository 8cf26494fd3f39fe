import type { ScannedLayer } from '../../../../shared/model'
import { formatBytes } from '../../../../shared/lib/bytes'
import { formatExactBytes } from '../../ui/format'
import { commandPreview } from '../image-page/image-text'

interface ScannedLayerTableProps {
  layers: readonly ScannedLayer[]
  selectedIndex: number
  onSelect: (index: number) => void
}

/** Every layer with what its files cost and changed; its number is the button that shows its files. */
export function ScannedLayerTable({ layers, selectedIndex, onSelect }: ScannedLayerTableProps) {
  return (
    <div className="table-scroll">
      <table aria-label="Scanned layers" className="scan-table">
        <thead>
          <tr>
            <th scope="col" className="num">Layer</th>
            <th scope="col">Command</th>
            <th scope="col" className="num">Size</th>
            <th scope="col" className="num">Added</th>
            <th scope="col" className="num">Modified</th>
            <th scope="col" className="num">Removed</th>
            <th scope="col" className="num">Wasted</th>
            <th scope="col">Owner</th>
          </tr>
        </thead>
        <tbody>
          {layers.map((layer) => (
            <LayerRow key={layer.index} layer={layer} isSelected={layer.index === selectedIndex} onSelect={onSelect} />
          ))}
        </tbody>
      </table>
    </div>
  )
}

function LayerRow({ layer, isSelected, onSelect }: { layer: ScannedLayer; isSelected: boolean; onSelect: (index: number) => void }) {
  const command = layer.createdBy === null ? null : commandPreview(layer.createdBy)
  return (
    <tr className={isSelected ? 'is-selected' : undefined}>
      <td className="num">
        <button type="button" className="layer-pick" aria-pressed={isSelected} onClick={() => onSelect(layer.index)}>
          <span className="visually-hidden">Show files of layer </span>
          {layer.index}
        </button>
      </td>
      <td className="cell-command">
        {command ? (
          <code className="command-preview" title={layer.createdBy ?? undefined}>
            {command.text}
          </code>
        ) : (
          <span className="muted" title="No history step could be matched to this layer">
            unknown step
          </span>
        )}
      </td>
      <td className="num" title={formatExactBytes(layer.sizeBytes)}>{formatBytes(layer.sizeBytes)}</td>
      <td className="num">{layer.added.toLocaleString('en')}</td>
      <td className="num">{layer.modified.toLocaleString('en')}</td>
      <td className="num">{layer.removed.toLocaleString('en')}</td>
      <td className={`num${layer.wastedBytes > 0 ? ' is-waste' : ''}`} title={formatExactBytes(layer.wastedBytes)}>
        {formatBytes(layer.wastedBytes)}
      </td>
      <td>
        <span className={`owner owner--${layer.owner}`}>{layer.owner}</span>
      </td>
    </tr>
  )
}
