import type { DockerfileStage } from '../../../../shared/model'
import { Badge } from '../../ui/Badge'
import { PinningBadge } from '../image-page/PinningBadge'
import { escapeForDisplay } from '../../../../shared/lib/display-text'

/** Text from the Dockerfile: control and bidi characters as visible escapes, a long one cut. */
function shown(text: string): string {
  return escapeForDisplay(text, { maxLength: 300 })
}

/** Every FROM: as written, as resolved, its platform and how firmly it is pinned. */
export function StagesTable({ stages, finalStage }: { stages: DockerfileStage[]; finalStage: number }) {
  return (
    <div className="table-frame">
      <table aria-label="Stages" className="data-table stages-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Name</th>
            <th scope="col">FROM</th>
            <th scope="col">Resolved</th>
            <th scope="col">Platform</th>
            <th scope="col">Pinning</th>
          </tr>
        </thead>
        <tbody>
          {stages.map((stage) => (
            <tr key={stage.index} className={stage.index === finalStage ? 'is-final' : undefined}>
              <td className="num">
                {stage.index}
                {stage.index === finalStage ? <span className="muted"> (final)</span> : null}
              </td>
              <td>{stage.name === null ? <span className="muted">—</span> : shown(stage.name)}</td>
              <td>
                <code className="selectable" title={`Line ${stage.line}`}>
                  {shown(stage.from)}
                </code>
              </td>
              <td>
                {stage.resolvedFrom === null ? (
                  <span className="muted">unresolved: a variable has no value</span>
                ) : (
                  <code className="selectable">{shown(stage.resolvedFrom)}</code>
                )}
                {stage.isStageRef ? <> <Badge tone="muted">stage</Badge></> : null}
              </td>
              <td>{stage.platform ? <code>{shown(stage.platform)}</code> : <span className="muted">—</span>}</td>
              <td>
                {stage.isStageRef ? (
                  <span className="muted" title={escapeForDisplay(stage.pinningExplanation, { maxLength: 2_000 })}>
                    stage
                  </span>
                ) : (
                  <PinningBadge pinning={{ reference: stage.resolvedFrom, class: stage.pinning, explanation: stage.pinningExplanation }} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
