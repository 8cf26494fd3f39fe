import { useApiContext } from '../../api/api-context'
import { useDocumentTitle } from '../../app/use-document-title'
import { EmptyState } from '../../ui/EmptyState'
import { ErrorState } from '../../ui/ErrorState'
import { LoadingState } from '../../ui/LoadingState'
import { PageHeading } from '../../ui/PageHeading'
import { DockerfileAnalysisView } from './DockerfileAnalysisView'
import { OpenDockerfileButton } from './OpenDockerfileButton'
import { RecentDockerfiles } from './RecentDockerfiles'
import type { DockerfileSession } from './use-dockerfile-session'
import './dockerfile.css'
import { escapeForDisplay } from '../../../../shared/lib/display-text'

/** A Dockerfile analysed before anything is built; the analysis itself lives in the session above the router. */
export function DockerfilePage({ session }: { session: DockerfileSession }) {
  const { analysis, name, error, busy } = session
  const { isBrowserMode } = useApiContext().client
  useDocumentTitle(name ? `Dockerfile ${name}` : 'Dockerfile')
  return (
    <div className="page dockerfile-page">
      <PageHeading>
        Dockerfile{name && analysis ? <span className="page-title-detail"> {escapeForDisplay(name, { maxLength: 300 })}</span> : null}
      </PageHeading>
      {isBrowserMode ? <OpenDockerfileButton session={session} /> : null}
      {busy ? <LoadingState label="Analysing the Dockerfile…" /> : null}
      {error ? (
        <ErrorState title={analysis ? 'This file was not analysed: the previous analysis is kept below.' : 'This file was not analysed.'} error={error} />
      ) : null}
      {analysis ? (
        <DockerfileAnalysisView analysis={analysis} name={name} />
      ) : (
        <EmptyState title="No Dockerfile analysed yet">
          <p>
            Drag a Dockerfile from your file manager and drop it anywhere on this window, or choose {isBrowserMode ? 'Open Dockerfile…' : 'File › Open'}. Baseline shows the
            stages, how firmly each FROM is pinned, what to fix, and a suggested Dockerfile — before anything is built.
          </p>
        </EmptyState>
      )}
      <RecentDockerfiles onOpen={(path) => void session.openRecent(path)} busy={busy} />
    </div>
  )
}
