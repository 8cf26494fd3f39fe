import { EmptyState } from './EmptyState'

interface NoImagesStateProps {
  /** False: the engine has no images at all; true: it has some, and the filter hides them all. */
  hasImages: boolean
  filter: string
  /** Clears the filter (and puts focus back in it). */
  onShowAll: () => void
}

/** What an image list shows instead of rows: none yet, or none that match the filter. */
export function NoImagesState({ hasImages, filter, onShowAll }: NoImagesStateProps) {
  if (!hasImages) {
    return (
      <EmptyState title="No images yet">
        <p className="state-body">Build, pull or load an image and it appears here by itself.</p>
      </EmptyState>
    )
  }
  return (
    <EmptyState title={`No images match “${filter.trim()}”`}>
      <button type="button" className="btn" onClick={onShowAll}>
        Show all images
      </button>
    </EmptyState>
  )
}
