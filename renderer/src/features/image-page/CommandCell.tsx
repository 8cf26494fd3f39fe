import { useId, useState } from 'react'
import type { HistoryStep } from '../../../../shared/model'
import { Badge } from '../../ui/Badge'
import { commandPreview } from './image-text'
import { escapeForDisplay } from '../../../../shared/lib/display-text'

/** A step's command: cut when long, with the full text in the title and one click away. */
export function CommandCell({ step }: { step: HistoryStep }) {
  const [expanded, setExpanded] = useState(false)
  const fullId = useId()
  // History is written by whoever built the image: show control and bidi characters as escapes.
  const command = escapeForDisplay(step.createdBy, { keepLineBreaks: true })
  const preview = commandPreview(command)
  const title = step.comment ? `${command}\n\n${escapeForDisplay(step.comment, { keepLineBreaks: true })}` : command
  return (
    <div className="command">
      {expanded ? (
        <pre id={fullId} className="command-full">
          {command}
        </pre>
      ) : (
        <code className="command-preview" title={title}>
          {preview.text}
        </code>
      )}
      {preview.isTruncated ? (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          aria-controls={expanded ? fullId : undefined}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Show less' : 'Show full'}
          <span className="visually-hidden"> command of step {step.step}</span>
        </button>
      ) : null}
      {step.tags.map((tag) => (
        <Badge key={tag} tone="accent" title={`The local image ${tag} ends at this step`}>
          {escapeForDisplay(tag)}
        </Badge>
      ))}
    </div>
  )
}
