import type { ErrorPayload } from '../../../../shared/contract'
import { compareHref, hrefOf } from '../../app/routes'
import { ErrorState } from '../../ui/ErrorState'
import { displayReference, missingReference } from './compare-error-text'

interface CompareErrorProps {
  error: ErrorPayload
  references: readonly string[]
  retry: () => void
}

/** One image missing says which, and offers the comparison without it when two or more remain. */
export function CompareError({ error, references, retry }: CompareErrorProps) {
  const missing = missingReference(error, references)
  const rest = missing === null ? [] : references.filter((reference) => reference !== missing)
  const name = missing === null ? '' : displayReference(missing)
  return (
    <ErrorState title={missing === null ? 'These images could not be compared' : `${name} could not be found`} error={error}>
      {rest.length >= 2 ? (
        <a className="btn" href={compareHref(rest)}>
          Compare without {name}
        </a>
      ) : null}
      {missing === null ? (
        <button type="button" className="btn" onClick={retry}>
          Try again
        </button>
      ) : null}
      <a className="btn btn--quiet" href={hrefOf({ name: 'images' })}>
        Back to images
      </a>
    </ErrorState>
  )
}
