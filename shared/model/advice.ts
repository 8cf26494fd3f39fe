/** Where a size figure comes from; always shown beside the number. */
export type SizeSource = 'measured, on disk' | 'catalogue, on disk' | 'catalogue, compressed'

export type Libc = 'glibc' | 'musl' | 'none'

/**
 * The variant of an image a tag or the catalogue names: what tag anatomy reads from a tag
 * ("3.12-slim" -> slim, "21-jre-alpine" -> jre-alpine) and the distroless images by what they hold.
 */
export type Variant =
  | 'full' | 'slim' | 'alpine' | 'alpine-slim' | 'musl' | 'jdk' | 'jre' | 'jdk-alpine' | 'jre-alpine'
  | 'distroless' | 'distroless-static' | 'distroless-base' | 'distroless-cc' | 'scratch'

/** How easily someone can get a shell and tools inside a running container. */
export type DebugEase = 'easy' | 'moderate' | 'hard'

/** Rough attack surface: what an attacker would find to work with inside. */
export type AttackSurface = 'large' | 'medium' | 'small' | 'minimal'

/** The base as it is now, the first column of the comparison. */
export interface CurrentBase {
  reference: string | null
  family: string | null
  variant: Variant | null
  libc: Libc | null
  sizeBytes: number | null
  sizeSource: SizeSource | null
}

/** The figure a delta is taken from: the current base, or the image itself for its own siblings. */
export interface DeltaReference {
  /** An image reference; "the current base" when the base has no name. */
  reference: string
  sizeBytes: number
}

export interface VariantCandidate {
  reference: string
  variant: Variant
  /** null: not known (a local sibling that was not inspected). */
  libc: Libc | null
  /** When `areToolsKnown` is false, a guess from the tag that the DTO still needs as a boolean. */
  hasShell: boolean
  shell: string | null
  /** null: none, or not known when `areToolsKnown` is false. */
  packageManager: string | null
  /**
   * libc, shell and package manager come from the catalogue or the official variant's kind. False
   * for a local sibling, whose content was not inspected: its nulls then mean unknown, not none.
   */
  areToolsKnown: boolean
  sizeBytes: number | null
  sizeSource: SizeSource | null
  /** The figure is a published approximation, not a measurement (distroless). */
  isApproximate: boolean
  /** candidate − deltaAgainst, same basis only (null when the two figures are not comparable). */
  deltaBytes: number | null
  /**
   * What `deltaBytes` is measured against (null when it is null): the current base, except for a
   * local sibling of the image itself (app:1.2-slim beside app:1.2), which replaces the whole image.
   */
  deltaAgainst: DeltaReference | null
  debugEase: DebugEase
  attackSurface: AttackSurface
  caveats: string[]
  /** The exact line to write, pinned to the version line (and a digest where one is known). */
  fromLine: string
  recommended: boolean
  /** Why this one is recommended; null for the others. */
  reason: string | null
  /** The local image of this variant, when one exists (its size is then measured). */
  localImageId: string | null
  /**
   * The facts this candidate rests on, in words: the release line it keeps, what of the workload
   * it meets (glibc, a shell), where its size comes from. Never empty.
   */
  evidence: string[]
}

/** A variant considered and ruled out, with the fact that ruled it out. */
export interface ExcludedVariant {
  reference: string
  reason: string
}

export interface VariantAdvice {
  current: CurrentBase
  candidates: VariantCandidate[]
  excluded: ExcludedVariant[]
  /** The base is already as small as makes sense (scratch, distroless static, Alpine with nothing smaller). */
  isMinimal: boolean
  /** What to tell the user instead of an empty table; null when there are candidates. */
  note: string | null
  /** The facts the rules used, in words ("pip installs numpy: needs glibc wheels"). */
  evidence: string[]
}
