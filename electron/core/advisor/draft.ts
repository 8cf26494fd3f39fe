import type { Libc } from '../../../shared/model'
import type { CandidateSpec } from './candidate-tags'
import type { CatalogueMatch } from './catalogue-match'
import type { Figures } from './size-figures'

/**
 * One candidate while it is being judged: what the catalogue and the local images say of it. Its
 * own file, because drafting, the exclusion rules and the evidence all read it and none of them
 * may import another in a circle.
 */
export interface Draft {
  spec: CandidateSpec
  match: CatalogueMatch
  figures: Figures
  localImageId: string | null
  libc: Libc | null
  hasShell: boolean
  /** bash is there (Debian, Ubuntu), not only a POSIX sh (busybox ash on Alpine). */
  hasBash: boolean
  shell: string | null
  packageManager: string | null
}

/** The image (or reference) the candidates are compared with. */
export interface CurrentSubject {
  reference: string | null
  figures: Figures
}
