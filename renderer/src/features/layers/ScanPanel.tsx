import { useRef } from 'react'
import type { ErrorPayload, ImageRequest } from '../../../../shared/contract'
import { ErrorState } from '../../ui/ErrorState'
import { ScanProgress } from './ScanProgress'
import { useFocusWhenLost } from './use-focus-when-lost'
import { useLayerScan } from './use-layer-scan'

/** What shows while the image has no scan: the offer to make one, its progress, or why it stopped. */
export function ScanPanel({ target }: { target: ImageRequest }) {
  const { state, start, cancel } = useLayerScan(target)
  switch (state.status) {
    case 'starting':
      return <ScanProgress progress={null} canCancel={false} isCancelling={false} onCancel={cancel} />
    case 'running':
      return <ScanProgress progress={state.progress} canCancel isCancelling={state.isCancelling} onCancel={cancel} />
    case 'reading-result':
      return <ScanProgress progress={null} label="Reading the result" canCancel={false} isCancelling={false} onCancel={cancel} />
    case 'failed':
      return <ScanFailed message={state.error} onRetry={start} />
    case 'idle':
    case 'cancelled':
      return <ScanStart wasCancelled={state.status === 'cancelled'} onStart={start} />
  }
}

function ScanStart({ wasCancelled, onStart }: { wasCancelled: boolean; onStart: () => void }) {
  const button = useRef<HTMLButtonElement>(null)
  useFocusWhenLost(button)
  return (
    <section className="scan-start card" aria-labelledby="scan-start-heading">
      <h2 id="scan-start-heading" className="section-title">
        Not scanned yet
      </h2>
      <p className="scan-explain">
        A scan exports the image from the engine and reads every layer&apos;s files as they stream past — nothing is
        written to disk. It shows what each layer&apos;s files cost, which copies are wasted (overwritten or deleted by a
        later layer), and what the final filesystem holds: OS, C library, packages, runtimes, compilers, shell.
      </p>
      {wasCancelled ? (
        <p className="scan-cancelled" role="status">
          Scan cancelled
        </p>
      ) : null}
      <div>
        <button ref={button} type="button" className="btn btn--primary" onClick={onStart}>
          Scan files
        </button>
      </div>
    </section>
  )
}

function ScanFailed({ message, onRetry }: { message: ErrorPayload; onRetry: () => void }) {
  const button = useRef<HTMLButtonElement>(null)
  useFocusWhenLost(button)
  return (
    <ErrorState title="The scan failed" error={message}>
      <button ref={button} type="button" className="btn" onClick={onRetry}>
        Retry
      </button>
    </ErrorState>
  )
}
