import { useState } from 'react'
import type { ReportFormat } from '../../../../shared/model'
import { useApiContext } from '../../api/api-context'
import { useAction } from '../../api/use-action'
import { ErrorState } from '../../ui/ErrorState'
import { Spinner } from '../../ui/Spinner'
import { EXPORT_FORMATS, exportOutcome, formatLabel, runningText, type ExportState } from './export-text'

/**
 * One button per format. The core renders the report from the same images and main asks where to
 * save it (in a browser: it becomes a download); the line under the buttons says how it went
 * (nothing when the dialog was cancelled).
 */
export function ExportReport({ references }: { references: readonly string[] }) {
  const { isBrowserMode } = useApiContext().client
  const [state, setState] = useState<ExportState>({ status: 'idle' })
  const action = useAction((api, format: ReportFormat) =>
    api.client.call('report.export', { references: [...references], format }))

  const exportAs = async (format: ReportFormat) => {
    if (action.busy) return
    setState({ status: 'running', format })
    const reply = await action.run(format)
    if (reply !== null) setState(exportOutcome(format, reply))
  }

  return (
    <section className="compare-export" aria-labelledby="compare-export-title">
      <h2 id="compare-export-title" className="export-title">
        Export report
      </h2>
      <div role="group" aria-label="Export formats" className="export-buttons">
        {EXPORT_FORMATS.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            className="btn"
            aria-disabled={action.busy}
            onClick={() => void exportAs(format)}
          >
            Export {label}
          </button>
        ))}
      </div>
      {/* Always in the DOM, so a screen reader hears each change of it. */}
      <p role="status" className="export-status">
        {state.status === 'running' ? (
          <>
            <Spinner /> {runningText(state.format)}
          </>
        ) : state.status === 'saved' ? (
          <>
            {isBrowserMode ? 'Downloaded' : 'Saved to'} <code className="selectable">{state.path}</code>
          </>
        ) : null}
      </p>
      {state.status === 'failed' ? (
        <ErrorState title={`The ${formatLabel(state.format)} report could not be saved`} error={state.error} />
      ) : null}
    </section>
  )
}
