import { PageHeading } from '../ui/PageHeading'
import { hrefOf } from './routes'
import { useDocumentTitle } from './use-document-title'

export function NotFoundPage() {
  useDocumentTitle('Not found')
  return (
    <div className="page">
      <PageHeading>Nothing here</PageHeading>
      <p>
        This address does not name a page of Baseline. <a href={hrefOf({ name: 'images' })}>Go to the image list</a>.
      </p>
    </div>
  )
}
