import { useMemo } from 'react'
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
import { VariantsSection } from '../variants/VariantsSection'
import { BaseSection } from './BaseSection'
import { ImageFacts } from './ImageFacts'
import { LayerChart } from './LayerChart'
import { LayerTable } from './LayerTable'
import { imageTitle, platformOf } from './image-text'
import { PlatformChooser } from './PlatformChooser'
import { ownersOf } from './layer-groups'
import './image-page.css'

const LIST_HREF = hrefOf({ name: 'images' })
const NOT_FOUND_TITLE = 'This image no longer exists'

export function ImagePage({ id, platform }: { id: string; platform: string | null }) {
  const request = platform === null ? { reference: id } : { reference: id, platform }
  const image = useQuery('images.get', request)
  // Asked for at once, beside the detail: the page shows the detail first and the base when it comes.
  const analysis = useQuery('images.analyze', request)
  const owners = useMemo(() => ownersOf(analysis.data?.layers), [analysis.data])
  const baseName = analysis.data?.base.hierarchy[0] ?? null
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
          {image.data.platforms.length > 0 ? (
            <PlatformChooser
              platforms={image.data.platforms}
              shown={platformOf(image.data)}
              onChoose={(chosen) => navigate(hrefOf({ name: 'image', id, platform: chosen }))}
            />
          ) : null}
          <p className="image-actions">
            <a href={hrefOf({ name: 'image-files', id, ...(platform === null ? {} : { platform }) })} className="btn">
              Files and waste
            </a>
          </p>
          <BaseSection analysis={analysis} />
          <VariantsSection reference={id} />
          <LayerChart history={image.data.history} owners={owners} />
          <section className="layers-section" aria-labelledby="layers-heading">
            <h2 id="layers-heading" className="section-title">
              Layers
            </h2>
            <LayerTable history={image.data.history} owners={owners} baseName={baseName} />
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
