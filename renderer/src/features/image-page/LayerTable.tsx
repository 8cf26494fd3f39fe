import type { HistoryStep } from '../../../../shared/model'
import { formatBytes, shortId } from '../../../../shared/lib/bytes'
import { formatAge } from '../../../../shared/lib/time'
import { Badge } from '../../ui/Badge'
import { CommandCell } from './CommandCell'
import { formatDateTime, formatExactBytes } from '../../ui/format'

/** Every history step in build order; metadata-only steps stay, muted, as zero-byte rows. */
export function LayerTable({ history }: { history: readonly HistoryStep[] }) {
  return (
    <div className="table-scroll">
      <table aria-label="Layers" className="layer-table">
        <thead>
          <tr>
            <th scope="col" className="num">Step</th>
            <th scope="col">Instruction</th>
            <th scope="col">Command</th>
            <th scope="col" className="num">Size</th>
            <th scope="col">Created</th>
            <th scope="col">Diff ID</th>
          </tr>
        </thead>
        <tbody>
          {history.map((step) => (
            <LayerRow key={step.step} step={step} />
          ))}
        </tbody>
      </table>
    </div>
  )
}

function LayerRow({ step }: { step: HistoryStep }) {
  return (
    <tr className={step.isEmpty ? 'is-empty' : undefined}>
      <td className="num">{step.step}</td>
      <td>
        <span className="instruction">{step.instruction ?? '?'}</span>
        {step.isEmpty ? (
          <Badge tone="muted" title="A metadata-only step: it produced no layer">
            empty
          </Badge>
        ) : null}
      </td>
      <td className="cell-command">
        <CommandCell step={step} />
      </td>
      <td className="num" title={formatExactBytes(step.sizeBytes)}>
        {formatBytes(step.sizeBytes)}
      </td>
      <td title={formatDateTime(step.createdAt)}>{formatAge(step.createdAt)}</td>
      <td className="mono" title={step.diffId ?? 'No layer: this step only changed metadata'}>
        {step.diffId ? shortId(step.diffId) : '—'}
      </td>
    </tr>
  )
}
