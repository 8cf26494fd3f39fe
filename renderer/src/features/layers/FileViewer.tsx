import { useEffect, useId, useRef, useState } from 'react'
import { escapeForDisplay } from '../../../../shared/lib/display-text'
import { ErrorState } from '../../ui/ErrorState'
import { LoadingState } from '../../ui/LoadingState'
import { FileContentsView } from './FileContentsView'
import { FileDiffView } from './FileDiffView'
import { ScanProgress } from './ScanProgress'
import { previousText, versionHeadline } from './file-viewer-text'
import { useFileContent } from './use-file-content'
import './file-viewer.css'

interface FileViewerProps {
  reference: string
  layerIndex: number
  path: string
  onClose: () => void
}

/** One file as of one layer, read from the engine's export on demand; Escape or Close returns to the tree. */
export function FileViewer({ reference, layerIndex, path, onClose }: FileViewerProps) {
  const headingId = useId()
  const region = useRef<HTMLElement>(null)
  const { state, cancel, retry } = useFileContent({ reference, layerIndex, path })
  const [tab, setTab] = useState<'contents' | 'changes'>('contents')
  useEffect(() => region.current?.focus(), [path, layerIndex])
  const shownPath = `/${escapeForDisplay(path)}`
  return (
    <section
      ref={region}
      tabIndex={-1}
      className="scan-section file-viewer card"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose()
      }}
    >
      <div className="file-viewer-head">
        <h2 id={headingId} className="section-title">
          {shownPath}
          <span className="section-note"> · as of layer {layerIndex}</span>
        </h2>
        <button type="button" className="btn" onClick={onClose}>Close</button>
      </div>
      {state.status === 'loading' ? <LoadingState label="Looking for this file…" /> : null}
      {state.status === 'reading' ? (
        <ScanProgress progress={state.progress} label={state.progress ? undefined : 'Reading the image export'} canCancel={state.operationId !== null} isCancelling={state.isCancelling} onCancel={cancel} title="Reading the file" />
      ) : null}
      {state.status === 'cancelled' ? (
        <div className="state" role="status">
          <p className="state-body">Reading was cancelled.</p>
          <button type="button" className="btn" onClick={retry}>Read again</button>
        </div>
      ) : null}
      {state.status === 'failed' ? (
        <ErrorState title="This file could not be read" error={state.error}>
          <button type="button" className="btn" onClick={retry}>Try again</button>
        </ErrorState>
      ) : null}
      {state.status === 'done' ? (
        <>
          <p className="file-headline">{versionHeadline(state.content)}</p>
          {state.content.diff ? (
            <div role="tablist" aria-label="What to show" className="file-tabs">
              <button type="button" role="tab" aria-selected={tab === 'contents'} className="btn" onClick={() => setTab('contents')}>Contents</button>
              <button type="button" role="tab" aria-selected={tab === 'changes'} className="btn" onClick={() => setTab('changes')}>
                Changes from layer {state.content.previous?.layerIndex}
              </button>
            </div>
          ) : (
            <p className="muted">{previousText(state.content.previous) ?? 'No earlier version: this layer is where it first appears.'}</p>
          )}
          {tab === 'changes' && state.content.diff ? (
            <>
              <p className="muted">{previousText(state.content.previous)}</p>
              <FileDiffView diff={state.content.diff} label={`Changes to ${shownPath}`} />
            </>
          ) : state.content.current?.state === 'file' ? (
            <FileContentsView version={state.content.current} label={`Contents of ${shownPath}`} />
          ) : null}
        </>
      ) : null}
    </section>
  )
}
