import { useMemo } from 'react'
import { escapeForDisplay } from '../../../../shared/lib/display-text'
import type { FileDiff } from '../../../../shared/model'
import { diffLines } from '../dockerfile/diff-lines'

/**
 * The change from the previous version: a unified diff (its + and - kept, so colour is never the
 * only sign), or in words when either side is binary or nothing changed.
 */
export function FileDiffView({ diff, label }: { diff: FileDiff; label: string }) {
  const lines = useMemo(() => (diff.kind === 'text' ? diffLines(diff.unified) : []), [diff])
  if (diff.kind === 'same') return <p className="muted">Same content as the previous version (only its metadata changed).</p>
  if (diff.kind === 'binary') return <p>{diff.summary}</p>
  return (
    <div className="file-diff">
      <p className="muted">
        {diff.added} added, {diff.removed} removed
        {diff.isCut ? ' — cut: only the first part of the change is shown (or of the files, where they were cut at 1 MiB).' : ''}
      </p>
      <pre className="file-diff-body" tabIndex={0} aria-label={label}>
        <code>
          {lines.map((line, index) => (
            <span key={index} className={`file-diff-line file-diff-line--${line.kind}`}>
              {escapeForDisplay(line.text, { keepLineBreaks: true })}
              {'\n'}
            </span>
          ))}
        </code>
      </pre>
    </div>
  )
}
