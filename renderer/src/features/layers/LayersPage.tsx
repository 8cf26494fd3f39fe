import { useMemo } from 'react'
import { shortId } from '../../../../shared/lib/bytes'
import { useQuery } from '../../api/use-query'
import { hrefOf } from '../../app/routes'
import { useDocumentTitle } from '../../app/use-document-title'
import { navigate } from '../../app/use-route'
import { ErrorState } from '../../ui/ErrorState'
import { LoadingState } from '../../ui/LoadingState'
import { PageHeading } from '../../ui/PageHeading'
import { imageTitle } from '../image-page/image-text'
import { ScanPanel } from './ScanPanel'
import { ScanResult } from './ScanResult'
import './layers.css'

/** The file-level scan of one image: start it, follow it, then read what its layers' files cost. */
export function LayersPage({ id, platform }: { id: string; platform: string | null }) {
  const target = useMemo(() => (platform === null ? { reference: id } : { reference: id, platform }), [id, platform])
  const image = useQuery('images.get', target)
  const scan = useQuery('layers.get', target)
  const name = image.data ? imageTitle(image.data) : id.startsWith('sha256:') ? shortId(id) : id
  useDocumentTitle(`Files and waste · ${name}`)

  return (
    <div className="page layers-page">
      <button type="button" className="btn btn--quiet back-button" onClick={() => navigate(hrefOf({ name: 'image', id, ...(platform === null ? {} : { platform }) }))}>
        <span aria-hidden="true">← </span>Back to image
      </button>
      <PageHeading>
        Files and waste <span className="layers-page-image">· {name}</span>
      </PageHeading>
      {scan.status === 'error' ? (
        <ErrorState title="The scan could not be read" error={scan.error}>
          <button type="button" className="btn" onClick={() => void scan.refetch()}>
            Try again
          </button>
        </ErrorState>
      ) : scan.data === undefined ? (
        <LoadingState label="Looking for an earlier scan…" />
      ) : scan.data === null ? (
        <ScanPanel target={target} />
      ) : (
        <ScanResult scan={scan.data} target={target} />
      )}
    </div>
  )
}
