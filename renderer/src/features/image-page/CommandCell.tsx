import { useId, useMemo, useState } from 'react'
import type { HistoryStep } from '../../../../shared/model'
import { Badge } from '../../ui/Badge'
import { commandPreview } from './image-text'
import { escapeForDisplay } from '../../../../shared/lib/display-text'

/** The tooltip holds the start of a long command; the whole of it is one click away. */
const TITLE_CHARS = 2_000

/** A step's command: cut when long, with the start in the title and the full text one click away. */
export function CommandCell({ step }: { step: HistoryStep }) {
  const [expanded, setExpanded] = useState(false)
  const fullId = useId()
  // History is written by whoever built the image: show control and bidi characters as escapes.
  // Cut first, escape after: a 1 MB command escaped whole for every row made the page take seconds.
  const preview = commandPreview(step.createdBy)
  const shown = escapeForDisplay(preview.text, { keepLineBreaks: true })
  const command = escapeForDisplay(step.createdBy, { keepLineBreaks: true, maxLength: TITLE_CHARS })
  const title = step.comment ? `${command}\n\n${escapeForDisplay(step.comment, { keepLineBreaks: true, maxLength: TITLE_CHARS })}` : command
  return (
    <div className="command">
      {expanded ? (
        <FullCommand id={fullId} text={step.createdBy} />
      ) : (
        <code className="command-preview" title={title}>
          {shown}
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

/** The whole command, escaped only once it is asked for. */
function FullCommand({ id, text }: { id: string; text: string }) {
  const full = useMemo(() => escapeForDisplay(text, { keepLineBreaks: true }), [text])
  return (
    <pre id={id} className="command-full">
      {full}
    </pre>
  )
}
