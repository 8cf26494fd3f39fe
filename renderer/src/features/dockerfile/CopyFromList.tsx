import type { CopyFromEdge, DockerfileStage } from '../../../../shared/model'
import { escapeForDisplay } from '../../../../shared/lib/display-text'

function stageLabel(stages: DockerfileStage[], index: number): string {
  const name = stages.find((stage) => stage.index === index)?.name
  return name ? `#${index} ${escapeForDisplay(name, { maxLength: 300 })}` : `#${index}`
}

/** The COPY --from graph: which stage takes files from which stage or external image. */
export function CopyFromList({ edges, stages }: { edges: CopyFromEdge[]; stages: DockerfileStage[] }) {
  if (edges.length === 0) return null
  return (
    <section className="dockerfile-section">
      <h2 className="section-title">COPY --from</h2>
      <ul aria-label="COPY --from" className="copy-from-list">
        {edges.map((edge, index) => (
          <li key={`${edge.line}-${index}`}>
            <span>{stageLabel(stages, edge.toStage)}</span> <span aria-hidden="true">←</span>
            <span className="visually-hidden">copies from</span>{' '}
            {edge.kind === 'image' ? (
              <>
                <code className="selectable">{escapeForDisplay(edge.from, { maxLength: 300 })}</code> <span className="muted">(external image)</span>
              </>
            ) : edge.fromStage === null ? (
              <>
                <code>{escapeForDisplay(edge.from, { maxLength: 300 })}</code> <span className="muted">(no such stage)</span>
              </>
            ) : (
              <span>{stageLabel(stages, edge.fromStage)}</span>
            )}{' '}
            <span className="muted">line {edge.line}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
