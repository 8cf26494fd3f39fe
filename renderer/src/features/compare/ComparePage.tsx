import { useQuery } from '../../api/use-query'
import { hrefOf } from '../../app/routes'
import { useDocumentTitle } from '../../app/use-document-title'
import { navigate } from '../../app/use-route'
import { EmptyState } from '../../ui/EmptyState'
import { LoadingState } from '../../ui/LoadingState'
import { PageHeading } from '../../ui/PageHeading'
import { EnginePanel } from '../engine/EnginePanel'
import { MAX_COMPARED } from '../images-list/image-selection'
import { CompareError } from './CompareError'
import { ComparisonView } from './ComparisonView'
import { compareTitle } from './compare-summary'
import './compare.css'

const LIST_HREF = hrefOf({ name: 'images' })

/** The images of `#/compare/a,b,…` side by side; fewer than two (or too many) says how to pick. */
export function ComparePage({ references }: { references: string[] }) {
  const title = compareTitle(references.length)
  useDocumentTitle(title)
  const isComparable = references.length >= 2 && references.length <= MAX_COMPARED
  return (
    <div className="page compare-page">
      <button type="button" className="btn btn--quiet back-button" onClick={() => navigate(LIST_HREF)}>
        <span aria-hidden="true">← </span>Back to images
      </button>
      <PageHeading>{title}</PageHeading>
      {isComparable ? (
        <ComparisonLoader references={references} />
      ) : (
        <EmptyState title={references.length < 2 ? 'Pick two or more images to compare' : `At most ${MAX_COMPARED} images at once`}>
          <p className="state-body">
            In the image list, tick the images (or press Space on a row, Ctrl+click, Shift+click for a range), then
            press Compare.
          </p>
          <a href={LIST_HREF} className="btn">
            Go to the image list
          </a>
        </EmptyState>
      )}
    </div>
  )
}

function ComparisonLoader({ references }: { references: string[] }) {
  const engine = useQuery('engine.status', {})
  const comparison = useQuery('images.compare', { references })
  // With no engine there is nothing to measure: the panel that says why takes the page's place.
  if (engine.data?.state === 'unreachable') return <EnginePanel />
  if (comparison.data) return <ComparisonView comparison={comparison.data} references={references} />
  if (comparison.status === 'error') {
    return <CompareError error={comparison.error} references={references} retry={() => void comparison.refetch()} />
  }
  return <LoadingState label={`Comparing ${references.length} images…`} />
}
