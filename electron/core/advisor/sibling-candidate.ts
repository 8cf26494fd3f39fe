import type { DeltaReference, ExcludedVariant, VariantCandidate } from '../../../shared/model'
import { formatBytes, shortId } from '../../../shared/lib/bytes'
import type { ImageSummary } from '../../../shared/model'
import { assumedTools, attackSurfaceOf, debugEaseOf, type Tools } from './candidate-draft'
import type { LocalSibling } from './local-variants'
import type { CurrentSubject } from './variant-rules'

/** What is known of a local image's content: the scan's facts, or the catalogue when it is an official build. */
export interface KnownTools {
  tools: Tools
  /** "the file scan of the image", "the catalogue's entry for python:3.12-alpine" */
  source: string
}

export interface SiblingInput {
  toolsOf?: (image: ImageSummary) => KnownTools | null
}

export type SiblingOutcome = { kind: 'candidate'; candidate: VariantCandidate } | { kind: 'excluded'; excluded: ExcludedVariant }

/**
 * A local sibling as a candidate: its size is measured, and its delta exact against the measured
 * size of what it would replace. Its libc, shell and package manager come from a file scan of it
 * or the catalogue (an official build) when either is at hand; otherwise they are unknown, what the
 * DTO cannot leave unknown is guessed from the tag, and a caveat says so.
 */
export function siblingOutcome(sibling: LocalSibling, current: CurrentSubject, input: SiblingInput = {}): SiblingOutcome {
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
  const known = input.toolsOf?.(image) ?? null
  const guessedShell = known ? known.tools.shell !== null : assumedTools(tag.variant).shell !== null
  // Nothing says a package manager is there, so the debug ease cannot be 'easy' unless facts say so.
  const debugEase = debugEaseOf(guessedShell, known?.tools.packageManager ?? null)
  const attackSurface = attackSurfaceOf(tag.variant)
  const replaces =
    anchor.role === 'image'
      ? `A local build of the same repository: it replaces ${anchor.reference} as a whole, so its delta is against that image's measured size, not the base's.`
      : `A local image of the same repository as the base ${anchor.reference}.`
  const measured = `Measured on this machine: ${formatBytes(image.sizeBytes)} on disk (${shortId(image.id)}), the same version ${tag.version ?? tag.channel ?? '(untagged line)'} as ${anchor.reference}, slimmer by its -${tag.variant} tag.`
  const toolCaveats = known
    ? [`Its libc, shell and package manager come from ${known.source}.`]
    : [
        `Only its size was measured: the image (${shortId(image.id)}) was not inspected, so its libc, shell and package manager are unknown.`,
        `Guessed from the -${tag.variant} tag, not known: ${guessedShell ? 'a shell' : 'no shell'} (so ${debugEase} to debug) and a ${attackSurface} attack surface.`,
      ]
  return {
    kind: 'candidate',
    candidate: {
      reference,
      variant: tag.variant,
      libc: known?.tools.libc ?? null,
      hasShell: guessedShell,
      shell: known?.tools.shell ?? null,
      packageManager: known?.tools.packageManager ?? null,
      areToolsKnown: known !== null,
      sizeBytes: image.sizeBytes,
      sizeSource: 'measured, on disk',
      isApproximate: false,
      deltaBytes,
      deltaAgainst: deltaAgainstOf(sibling, current),
      debugEase,
      attackSurface,
      caveats: [replaces, ...toolCaveats],
      fromLine: `FROM ${reference}`,
      recommended: false,
      reason: null,
      localImageId: image.id,
      evidence: [measured, ...(known ? [`${known.source}: ${known.tools.libc}, ${known.tools.shell ?? 'no shell'}, ${known.tools.packageManager ?? 'no package manager'}.`] : [])],
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
