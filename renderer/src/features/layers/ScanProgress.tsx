import { useId, useRef } from 'react'
import type { OperationProgress } from '../../../../shared/model'
import { phaseHint, phaseText, progressBytesText, progressPercent } from './scan-text'
import { useFocusWhenLost } from './use-focus-when-lost'

interface ScanProgressProps {
  progress: OperationProgress | null
  /** Overrides the phase in words (after the operation, while the result is read). */
  label?: string
  /** False until the operation has an ID to cancel, and once it is over. */
  canCancel: boolean
  isCancelling: boolean
  onCancel: () => void
  /** The region's heading; "Scanning files" by default. */
  title?: string
}

/**
 * The phase in words, a bar (indeterminate while the engine stages the export and the total is
 * unknown) and the bytes read so far, with Cancel.
 */
export function ScanProgress({ progress, label, canCancel, isCancelling, onCancel, title = 'Scanning files' }: ScanProgressProps) {
  const labelId = useId()
  const region = useRef<HTMLElement>(null)
  useFocusWhenLost(region)
  const percent = label ? null : progressPercent(progress)
  const bytes = label ? null : progressBytesText(progress)
  const hint = label ? null : phaseHint(progress)
  const phase = label ?? phaseText(progress)
  const known = percent !== null && progress?.total != null
  // Cancel stays focusable while it cannot act (aria-disabled, not disabled), so focus is not lost.
  const cancelInert = !canCancel || isCancelling
  return (
    <section ref={region} tabIndex={-1} className="scan-progress card" aria-labelledby={labelId}>
      <h2 className="section-title">{title}</h2>
      <p id={labelId} className="scan-phase" aria-live="polite">
        {phase}
        {isCancelling ? ' — cancelling…' : '…'}
      </p>
      <div
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={known ? 0 : undefined}
        aria-valuemax={known ? progress.total ?? undefined : undefined}
        aria-valuenow={known ? Math.min(progress.done, progress.total ?? progress.done) : undefined}
        aria-valuetext={known ? (bytes ?? `${Math.round(percent)}%`) : undefined}
        className={`progress-track${known ? '' : ' is-indeterminate'}`}
      >
        <div className="progress-fill" style={known ? { width: `${percent}%` } : undefined} />
      </div>
      <div className="scan-progress-foot">
        <p className="scan-bytes">{bytes ?? hint ?? '\u00a0'}</p>
        <button
          type="button"
          className="btn"
          aria-disabled={cancelInert}
          onClick={cancelInert ? undefined : onCancel}
        >
          {isCancelling ? 'Cancelling…' : 'Cancel'}
        </button>
      </div>
    </section>
  )
}
