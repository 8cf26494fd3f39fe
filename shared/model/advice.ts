/** Where a size figure comes from; always shown beside the number. */
export type SizeSource = 'measured, on disk' | 'catalogue, on disk' | 'catalogue, compressed'

export type Libc = 'glibc' | 'musl' | 'none'

/** How easily someone can get a shell and tools inside a running container. */
export type DebugEase = 'easy' | 'moderate' | 'hard'

/** Rough attack surface: what an attacker would find to work with inside. */
export type AttackSurface = 'large' | 'medium' | 'small' | 'minimal'

/** The base as it is now, the first column of the comparison. */
export interface CurrentBase {
  reference: string | null
  family: string | null
  variant: string | null
  libc: Libc | null
  sizeBytes: number | null
  sizeSource: SizeSource | null
}

export interface VariantCandidate {
  reference: string
  /** slim, alpine, distroless, scratch, jre, … */
  variant: string
  libc: Libc | null
  hasShell: boolean
  shell: string | null
  packageManager: string | null
  sizeBytes: number | null
  sizeSource: SizeSource | null
  /** The figure is a published approximation, not a measurement (distroless). */
  isApproximate: boolean
  /** candidate − current, same basis only (null when the two figures are not comparable). */
  deltaBytes: number | null
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
