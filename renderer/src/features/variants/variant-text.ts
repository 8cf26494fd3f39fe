import type { Libc, VariantCandidate } from '../../../../shared/model'
import { formatBytes } from '../../../../shared/lib/bytes'

/** The typographic minus: "−991 MB" reads as a number, "-991 MB" as a dash. */
const MINUS = '\u2212'

/** "119 MB"; "~50 MB" for a published approximation. */
export function sizeText(sizeBytes: number, isApproximate = false): string {
  return `${isApproximate ? '~' : ''}${formatBytes(sizeBytes)}`
}

/** "−991 MB", "+12 MB", "0 B"; "not comparable" when the two figures are on different bases. */
export function deltaText(deltaBytes: number | null): string {
  if (deltaBytes === null) return 'not comparable'
  if (deltaBytes === 0) return formatBytes(0)
  return `${deltaBytes < 0 ? MINUS : '+'}${formatBytes(Math.abs(deltaBytes))}`
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
