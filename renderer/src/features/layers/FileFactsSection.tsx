import type { FileFacts } from '../../../../shared/model'
import { formatBytes } from '../../../../shared/lib/bytes'
import { ScanStat } from './ScanStat'
import { absolutePath, headersText, libcText, osText, packagesText } from './scan-text'

const NONE_FOUND = <span className="muted">None found</span>

/** What the final filesystem holds, as the variant advisor reads it. */
export function FileFactsSection({ facts }: { facts: FileFacts }) {
  return (
    <section className="scan-section" aria-labelledby="scan-facts-heading">
      <h2 id="scan-facts-heading" className="section-title">
        What the final filesystem holds
      </h2>
      <dl className="scan-stats scan-stats--facts">
        <ScanStat term="OS">{osText(facts)}</ScanStat>
        <ScanStat term="C library">{libcText(facts)}</ScanStat>
        <ScanStat term="Shell">{facts.shell ? <code>{absolutePath(facts.shell)}</code> : <span className="muted">No shell</span>}</ScanStat>
        <ScanStat term="Packages">{packagesText(facts) ?? NONE_FOUND}</ScanStat>
        <ScanStat term="Language runtimes" className="scan-stat--wide">
          {facts.runtimes.length === 0 ? NONE_FOUND : (
            <ul className="fact-list">
              {facts.runtimes.map((runtime) => (
                <li key={runtime.path}>
                  {runtime.name} {runtime.version ?? <span className="muted">(version unknown)</span>}{' '}
                  <code className="muted">{absolutePath(runtime.path)}</code>
                </li>
              ))}
            </ul>
          )}
        </ScanStat>
        <ScanStat term="Compilers" className="scan-stat--wide">
          {facts.compilers.length === 0 ? NONE_FOUND : (
            <ul className="fact-list">
              {facts.compilers.map((compiler) => (
                <li key={compiler.path}>
                  {compiler.name}: {formatBytes(compiler.sizeBytes)} <code className="muted">{absolutePath(compiler.path)}</code>
                </li>
              ))}
            </ul>
          )}
        </ScanStat>
        <ScanStat term="C headers">{headersText(facts) ?? NONE_FOUND}</ScanStat>
      </dl>
    </section>
  )
}
