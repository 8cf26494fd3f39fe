import { useMemo, useRef } from 'react'
import { useCopyText, type CopyState } from '../variants/use-copy-text'
import { diffLines, diffStats, suggestedFileName } from './diff-lines'
import { saveTextFile } from '../../ui/save-text-file'
import { escapeForDisplay } from '../../../../shared/lib/display-text'

interface SuggestedDiffProps {
  diff: string
  suggestedDockerfile: string
  name: string | null
}

/**
 * The improved Dockerfile as a unified diff. Added and removed lines are coloured and keep their
 * + and -, so the change does not rest on colour (screen readers read the signs); no hidden words
 * are added, since they would end up in a copied selection of the diff.
 */
export function SuggestedDiff({ diff, suggestedDockerfile, name }: SuggestedDiffProps) {
  const lines = useMemo(() => diffLines(diff), [diff])
  const stats = diffStats(lines)
  const code = useRef<HTMLElement>(null)
  const { state, copy } = useCopyText(code)
  return (
    <figure aria-label="Suggested changes" className="card suggested-diff">
      <figcaption className="suggested-diff-head">
        <span>
          <span className="figure-title">Suggested changes</span>{' '}
          <span className="muted">
            {lines.length === 0 ? 'none: the Dockerfile already follows every suggestion' : `${stats.added} added, ${stats.removed} removed`}
          </span>
        </span>
        <span className="suggested-diff-actions">
          <button type="button" className="btn" onClick={() => void copy(suggestedDockerfile)}>
            Copy suggested Dockerfile
          </button>
          <button type="button" className="btn" onClick={() => saveTextFile(suggestedDockerfile, suggestedFileName(name))}>
            Save suggested Dockerfile
          </button>
        </span>
      </figcaption>
      {lines.length > 0 ? (
        <pre className="diff-body selectable" tabIndex={0} aria-label="Unified diff">
          <code ref={code}>
            {lines.map((line, index) => (
              <span key={index} className={`diff-line diff-line--${line.kind}`}>
                {escapeForDisplay(line.text)}
                {'\n'}
              </span>
            ))}
          </code>
        </pre>
      ) : null}
      <p role="status" className={`copy-status copy-status--${state.status}`}>
        {statusText(state)}
      </p>
    </figure>
  )
}

function statusText(state: CopyState): string {
  switch (state.status) {
    case 'idle':
      return ''
    case 'copied':
      return 'Copied the suggested Dockerfile'
    case 'failed':
      // The hook selects the element it was given: here the diff, not the whole file.
      return state.message.replace('The line is selected', 'The diff is selected')
  }
}
