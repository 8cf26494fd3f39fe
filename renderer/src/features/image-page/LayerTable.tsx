import { useState } from 'react'
import type { HistoryStep } from '../../../../shared/model'
import { formatBytes, shortId } from '../../../../shared/lib/bytes'
import { formatAge } from '../../../../shared/lib/time'
import { Badge } from '../../ui/Badge'
import { CommandCell } from './CommandCell'
import { formatDateTime, formatExactBytes } from '../../ui/format'
import { FIRST_STEPS, layerGroups, visibleSteps, type LayerGroup, type LayerOwner, type OwnerByStep } from './layer-groups'

const COLUMNS = 7

interface LayerTableProps {
  history: readonly HistoryStep[]
  /** Base or own per step; null while the analysis is loading or when it failed. */
  owners: OwnerByStep
  /** The nearest base's name, for the heading of the base's rows. */
  baseName: string | null
}

/**
 * Every history step in build order; metadata-only steps stay, muted, as zero-byte rows. Once the
 * analysis is in, the base's steps and the image's own sit in two row groups, each with a heading.
 * A long history (an image can carry 5,000 steps) shows its first FIRST_STEPS rows until asked for
 * all: 5,000 rows took seconds to render and made the page a wall to scroll past.
 */
export function LayerTable({ history, owners, baseName }: LayerTableProps) {
  const [showAll, setShowAll] = useState(false)
  const groups = layerGroups(history, owners)
  const isCut = !showAll && history.length > FIRST_STEPS
  const shown = visibleSteps(groups, isCut ? FIRST_STEPS : history.length)
  return (
    <>
      <LayerRows groups={groups} shown={shown} baseName={baseName} />
      {isCut ? (
        <p className="layers-more">
          <span className="muted">
            Showing the first {FIRST_STEPS.toLocaleString('en-US')} of {history.length.toLocaleString('en-US')} steps.
          </span>{' '}
          <button type="button" className="btn" onClick={() => setShowAll(true)}>
            Show all {history.length.toLocaleString('en-US')} steps
          </button>
        </p>
      ) : null}
    </>
  )
}

function LayerRows({ groups, shown, baseName }: { groups: LayerGroup[]; shown: HistoryStep[][]; baseName: string | null }) {
  return (
    <div className="table-scroll">
      <table aria-label="Layers" className="layer-table">
        <thead>
          <tr>
            <th scope="col" className="num">Step</th>
            <th scope="col">Owner</th>
            <th scope="col">Instruction</th>
            <th scope="col">Command</th>
            <th scope="col" className="num">Size</th>
            <th scope="col">Created</th>
            <th scope="col">Diff ID</th>
          </tr>
        </thead>
        {groups.map((group, index) => (
          <tbody key={`${index} ${group.owner}`} className={group.owner ? `layer-group layer-group--${group.owner}` : undefined}>
            {group.owner ? <GroupHeading group={group} baseName={baseName} /> : null}
            {(shown[index] ?? []).map((step) => (
              <LayerRow key={step.step} step={step} owner={group.owner} />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  )
}

function GroupHeading({ group, baseName }: { group: LayerGroup; baseName: string | null }) {
  const count = `${group.steps.length} ${group.steps.length === 1 ? 'step' : 'steps'}`
  return (
    <tr className="layer-group-heading">
      <th scope="rowgroup" colSpan={COLUMNS}>
        {group.owner === 'base' ? 'Base layers' : 'Own layers'}
        <span className="muted">
          {group.owner === 'base' && baseName ? ` · from ${baseName}` : ''} · {count} · {formatBytes(group.sizeBytes)}
        </span>
      </th>
    </tr>
  )
}

function LayerRow({ step, owner }: { step: HistoryStep; owner: LayerOwner | null }) {
  return (
    <tr className={step.isEmpty ? 'is-empty' : undefined}>
      <td className="num">{step.step}</td>
      <td>
        {owner ? (
          <span className={`owner owner--${owner}`}>{owner}</span>
        ) : (
          <span className="muted" title="Not known: the base analysis is not available">—</span>
        )}
      </td>
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
