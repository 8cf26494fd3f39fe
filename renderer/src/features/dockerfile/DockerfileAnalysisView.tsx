import type { DockerfileAnalysis } from '../../../../shared/model'
import { VariantAdviceView } from '../variants/VariantAdviceView'
import { CompareSuggestionLink } from './CompareSuggestionLink'
import { CopyFromList } from './CopyFromList'
import { DockerfileSummary } from './DockerfileSummary'
import { FindingsList } from './FindingsList'
import { StagesTable } from './StagesTable'
import { SuggestedDiff } from './SuggestedDiff'
import { SuggestionsList } from './SuggestionsList'

/** One analysis, top to bottom: what it inherits, its stages, what to fix, and the fix itself. */
export function DockerfileAnalysisView({ analysis, name }: { analysis: DockerfileAnalysis; name: string | null }) {
  return (
    <div className="dockerfile-analysis">
      <DockerfileSummary analysis={analysis} />
      <CompareSuggestionLink analysis={analysis} />
      <section className="dockerfile-section">
        <h2 className="section-title">Stages</h2>
        <StagesTable stages={analysis.stages} finalStage={analysis.finalStage} />
      </section>
      <CopyFromList edges={analysis.copyFrom} stages={analysis.stages} />
      <FindingsList findings={analysis.findings} />
      <SuggestionsList suggestions={analysis.suggestions} />
      <SuggestedDiff diff={analysis.suggestedDiff} suggestedDockerfile={analysis.suggestedDockerfile} name={name} />
      {analysis.advice ? (
        <section className="dockerfile-section" aria-labelledby="dockerfile-variants-title">
          <h2 id="dockerfile-variants-title" className="section-title">
            Variants of the final base
          </h2>
          <VariantAdviceView advice={analysis.advice} />
        </section>
      ) : null}
    </div>
  )
}
