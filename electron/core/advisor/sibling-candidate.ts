import type { ExcludedVariant, VariantCandidate } from '../../../shared/model'
import { formatBytes, shortId } from '../../../shared/lib/bytes'
import { assumedTools, attackSurfaceOf, debugEaseOf } from './candidate-draft'
import type { LocalSibling } from './local-variants'

export type SiblingOutcome = { kind: 'candidate'; candidate: VariantCandidate } | { kind: 'excluded'; excluded: ExcludedVariant }

/**
 * A local sibling as a candidate: its size is measured, and its delta exact against the measured
 * size of what it would replace. Its tools are assumed from its variant, since only its summary
 * (not its content) is at hand, and a caveat says so.
 */
export function siblingOutcome(sibling: LocalSibling): SiblingOutcome {
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
  const tools = assumedTools(tag.variant)
  const replaces =
    anchor.role === 'image'
      ? `A local build of the same repository: it replaces ${anchor.reference} as a whole, so its delta is against that image's measured size, not the base's.`
      : `A local image of the same repository as the base ${anchor.reference}.`
  return {
    kind: 'candidate',
    candidate: {
      reference,
      variant: tag.variant,
      libc: tools.libc,
      hasShell: tools.shell !== null,
      shell: tools.shell,
      packageManager: tools.packageManager,
      sizeBytes: image.sizeBytes,
      sizeSource: 'measured, on disk',
      isApproximate: false,
      deltaBytes,
      debugEase: debugEaseOf(tools.shell !== null, tools.packageManager),
      attackSurface: attackSurfaceOf(tag.variant),
      caveats: [
        replaces,
        `libc, shell and package manager are assumed from the -${tag.variant} tag: the image (${shortId(image.id)}) was not inspected.`,
      ],
      fromLine: `FROM ${reference}`,
      recommended: false,
      reason: null,
      localImageId: image.id,
    },
  }
}
