import type { ErrorPayload } from '../../../../shared/contract'
import { shortId } from '../../../../shared/lib/bytes'
import { useQuery } from '../../api/use-query'
import { hrefOf } from '../../app/routes'
import { useDocumentTitle } from '../../app/use-document-title'
import { navigate } from '../../app/use-route'
import { EmptyState } from '../../ui/EmptyState'
import { ErrorState } from '../../ui/ErrorState'
import { LoadingState } from '../../ui/LoadingState'
import { PageHeading } from '../../ui/PageHeading'
import { ImageFacts } from './ImageFacts'
import { LayerChart } from './LayerChart'
import { LayerTable } from './LayerTable'
import { imageTitle } from './image-text'
import './image-page.css'

const LIST_HREF = hrefOf({ name: 'images' })
const NOT_FOUND_TITLE = 'This image no longer exists'

export function ImagePage({ id }: { id: string }) {
  const image = useQuery('images.get', { reference: id })
  // One h1 through loading, error and data, so focus placed on it at arrival stays put.
  const heading =
    image.status === 'error'
      ? image.error.code === 'IMAGE_NOT_FOUND'
        ? NOT_FOUND_TITLE
        : 'This image could not be read'
      : image.data
        ? imageTitle(image.data)
        : id.startsWith('sha256:')
          ? shortId(id)
          : id
  useDocumentTitle(heading)

  return (
    <div className="page image-page">
      <button type="button" className="btn btn--quiet back-button" onClick={() => navigate(LIST_HREF)}>
        <span aria-hidden="true">← </span>Back to images
      </button>
      <PageHeading>{heading}</PageHeading>
      {image.status === 'error' ? (
        <ImageError error={image.error} retry={() => void image.refetch()} />
      ) : image.data ? (
        <>
          <ImageFacts image={image.data} />
          <LayerChart history={image.data.history} />
          <section className="layers-section" aria-labelledby="layers-heading">
            <h2 id="layers-heading" className="section-title">
              Layers
            </h2>
            <LayerTable history={image.data.history} />
          </section>
        </>
      ) : (
        <LoadingState label="Loading image…" />
      )}
    </div>
  )
}

function ImageError({ error, retry }: { error: ErrorPayload; retry: () => void }) {
  if (error.code === 'IMAGE_NOT_FOUND') {
    return (
      <EmptyState>
        <p className="state-body">Nothing on this engine has that ID any more: it was probably removed.</p>
        <a href={LIST_HREF} className="btn">
          Back to images
        </a>
      </EmptyState>
    )
  }
  return (
    <ErrorState error={error}>
      <button type="button" className="btn" onClick={retry}>
        Try again
      </button>
      {error.code === 'DOCKER_UNREACHABLE' ? (
        <a href={hrefOf({ name: 'engine' })} className="btn btn--quiet">
          Open the engine page
        </a>
      ) : null}
    </ErrorState>
  )
}
