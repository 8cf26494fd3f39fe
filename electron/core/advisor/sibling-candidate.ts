import type { DeltaReference, ExcludedVariant, VariantCandidate } from '../../../shared/model'
import { formatBytes, shortId } from '../../../shared/lib/bytes'
import { assumedTools, attackSurfaceOf, debugEaseOf } from './candidate-draft'
import type { LocalSibling } from './local-variants'
import type { CurrentSubject } from './variant-rules'

export type SiblingOutcome = { kind: 'candidate'; candidate: VariantCandidate } | { kind: 'excluded'; excluded: ExcludedVariant }

/**
 * A local sibling as a candidate: its size is measured, and its delta exact against the measured
 * size of what it would replace. Only its summary (not its content) is at hand, so its libc, shell
 * and package manager are unknown; what the DTO cannot leave unknown is guessed from the tag, and a
 * caveat says so.
 */
export function siblingOutcome(sibling: LocalSibling, current: CurrentSubject): SiblingOutcome {
  const { anchor, image, reference, tag } = sibling
  const deltaBytes = anchor.sizeBytes === null ? null : image.sizeBytes - anchor.sizeBytes
  if (deltaBytes !== null && deltaBytes >= 0) {
    return {
      kind: 'excluded',
      excluded: {
        reference,
        reason: `Not smaller than ${anchor.reference} (${formatBytes(image.sizeBytes)} vs ${formatBytes(anchor.sizeBytes ?? 0)}, measured on disk).`,
      },
    }
  }
  const guessedShell = assumedTools(tag.variant).shell !== null
  // Nothing says a package manager is there, so the debug ease cannot be 'easy'.
  const debugEase = debugEaseOf(guessedShell, null)
  const attackSurface = attackSurfaceOf(tag.variant)
  const replaces =
    anchor.role === 'image'
      ? `A local build of the same repository: it replaces ${anchor.reference} as a whole, so its delta is against that image's measured size, not the base's.`
      : `A local image of the same repository as the base ${anchor.reference}.`
  return {
    kind: 'candidate',
    candidate: {
      reference,
      variant: tag.variant,
      libc: null,
      hasShell: guessedShell,
      shell: null,
      packageManager: null,
      areToolsKnown: false,
      sizeBytes: image.sizeBytes,
      sizeSource: 'measured, on disk',
      isApproximate: false,
      deltaBytes,
      deltaAgainst: deltaAgainstOf(sibling, current),
      debugEase,
      attackSurface,
      caveats: [
        replaces,
        `Only its size was measured: the image (${shortId(image.id)}) was not inspected, so its libc, shell and package manager are unknown.`,
        `Guessed from the -${tag.variant} tag, not known: ${guessedShell ? 'a shell' : 'no shell'} (so ${debugEase} to debug) and a ${attackSurface} attack surface.`,
      ],
      fromLine: `FROM ${reference}`,
      recommended: false,
      reason: null,
      localImageId: image.id,
    },
  }
}

/** The image itself for its own siblings; for the base's, the base under the name the first column shows. */
function deltaAgainstOf(sibling: LocalSibling, current: CurrentSubject): DeltaReference | null {
  const { anchor } = sibling
  if (anchor.sizeBytes === null) return null
  const reference = anchor.role === 'base' ? (current.reference ?? anchor.reference) : anchor.reference
  return { reference, sizeBytes: anchor.sizeBytes }
}
