import type { DockerfileFinding } from '../../../../shared/model'
import { Badge, type BadgeTone } from '../../ui/Badge'
import { escapeForDisplay } from '../../../../shared/lib/display-text'

const TONES: Readonly<Record<DockerfileFinding['severity'], BadgeTone>> = { error: 'danger', warning: 'warning', info: 'accent' }

/** What the Dockerfile does that it could do better, worst first as the core orders them. */
export function FindingsList({ findings }: { findings: DockerfileFinding[] }) {
  return (
    <section className="dockerfile-section">
      <h2 className="section-title">Findings</h2>
      {findings.length === 0 ? (
        <p className="muted">Nothing to report.</p>
      ) : (
        <ul aria-label="Findings" className="findings-list">
          {findings.map((finding, index) => (
            <li key={`${finding.rule}-${finding.line}-${index}`} className={`finding finding--${finding.severity}`}>
              <Badge tone={TONES[finding.severity]}>{finding.severity}</Badge>{' '}
              <code className="finding-rule">{finding.rule}</code> <span className="muted finding-line">line {finding.line}</span>{' '}
              <span className="finding-message">{escapeForDisplay(finding.message, { maxLength: 2_000 })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
