import { imageHref } from '../../app/routes'

/** A candidate's reference; a link to its image page when the variant exists on this engine. */
export function CandidateName({ reference, localImageId }: { reference: string; localImageId: string | null }) {
  if (localImageId === null) return <span className="candidate-name">{reference}</span>
  return (
    <a href={imageHref(localImageId)} className="candidate-name" title={`Open ${reference}: it is on this engine`}>
      {reference}
    </a>
  )
}
