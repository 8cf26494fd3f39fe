import type { CurrentBase, DeltaReference, Libc, VariantCandidate } from '../../../../shared/model'
import { formatBytes, formatDeltaBytes } from '../../../../shared/lib/bytes'

/** "119 MB"; "~50 MB" for a published approximation. */
export function sizeText(sizeBytes: number, isApproximate = false): string {
  return `${isApproximate ? '~' : ''}${formatBytes(sizeBytes)}`
}

/** "−991 MB", "+12 MB", "0 B"; "not comparable" when the two figures are on different bases. */
export function deltaText(deltaBytes: number | null): string {
  return deltaBytes === null ? 'not comparable' : formatDeltaBytes(deltaBytes)
}

/**
 * "vs app:1.2" when the delta is not against the first column (a sibling of the image is measured
 * against the image, not its base); null when it is, or when there is no delta.
 */
export function deltaAgainstText(candidate: Pick<VariantCandidate, 'deltaAgainst'>, current: CurrentBase): string | null {
  const against = candidate.deltaAgainst
  return against === null || isAgainstCurrent(against, current) ? null : `vs ${against.reference}`
}

/** The figure a delta is against is the first column's: by name, or by size for a base without one. */
export function isAgainstCurrent(against: DeltaReference, current: CurrentBase): boolean {
  return current.reference === null ? against.sizeBytes === current.sizeBytes : against.reference === current.reference
}

export type DeltaTone = 'smaller' | 'larger' | 'same' | 'unknown'

export function deltaTone(deltaBytes: number | null): DeltaTone {
  if (deltaBytes === null) return 'unknown'
  return deltaBytes < 0 ? 'smaller' : deltaBytes > 0 ? 'larger' : 'same'
}

/** "glibc", "musl"; a static image has none. */
export function libcText(libc: Libc): string {
  return libc === 'none' ? 'none (static binaries only)' : libc
}

/** The shell's description when the advisor knows it, else "yes"; "none" for distroless and scratch. */
export function shellText(candidate: Pick<VariantCandidate, 'hasShell' | 'shell'>): string {
  if (!candidate.hasShell) return 'none'
  return candidate.shell ?? 'yes'
}

/** The current base's name for the first column's header; said plainly when no base was found. */
export function currentName(reference: string | null): string {
  return reference ?? 'unknown base'
}
