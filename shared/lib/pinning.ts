import { parseReference, type ParsedReference } from './image-reference'
import { parseVersionTag } from './version-tag'

/** How firmly a reference holds its base still (DESIGN.md, "Pinning"), strongest first. */
export const pinningClasses = [
  'digest',
  'exact',
  'minor',
  'major',
  'floating-named',
  'latest',
  'none',
] as const

export type PinningClass = (typeof pinningClasses)[number]

/**
 * `not-applicable` for scratch; `unresolved` for a build argument with no value; `invalid` for bad
 * syntax; `unknown` when there is no reference to judge (no base found, or only an untagged one).
 */
export type PinningVerdict = PinningClass | 'not-applicable' | 'unresolved' | 'invalid' | 'unknown'

export interface Pinning {
  reference: string
  class: PinningVerdict
  /** One line a person can act on. */
  explanation: string
  /** The version the tag names ("3.12.3"), null when it names none. */
  version: string | null
}

// A date stamp as a token of the tag: 20240125, 2024-01-25, 2024.01.25 (jammy-20240125, bookworm-20240110-slim).
const DATE_STAMP = /(^|[-_.])((19|20)\d{2}([-.]?)(0[1-9]|1[0-2])\4(0[1-9]|[12]\d|3[01]))(?=$|[-_.])/
// A commit-like build identifier ("1a2b3c4d", docker/metadata-action's "sha-1a2b3c4"): hex, 7+ long.
const BUILD_ID = /^(?:sha-|git-)?(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,40}$/

export function classifyPinning(raw: string): Pinning {
  return classifyParsed(raw, parseReference(raw))
}

export function classifyParsed(raw: string, parsed: ParsedReference): Pinning {
  const reference = raw.trim()
  switch (parsed.kind) {
    case 'scratch':
      return { reference, class: 'not-applicable', version: null, explanation: 'scratch is the empty base: there is nothing to pin.' }
    case 'unresolved':
      return {
        reference, class: 'unresolved', version: null,
        explanation: `Depends on the build argument ${parsed.variables.join(', ')}, which has no default: the base is whatever the build passes.`,
      }
    case 'invalid':
      return { reference, class: 'invalid', version: null, explanation: `Not a valid image reference: ${parsed.reason}.` }
    case 'image':
      if (parsed.reference.digest) {
        return { reference, class: 'digest', version: null, explanation: 'Pinned by digest: every build gets exactly the same image.' }
      }
      return classifyTag(reference, parsed.reference.tag)
  }
}

function classifyTag(reference: string, tag: string | null): Pinning {
  if (tag === null) {
    return { reference, class: 'none', version: null, explanation: 'No tag means "latest": each build may get a different image.' }
  }
  if (tag === 'latest') {
    return { reference, class: 'latest', version: null, explanation: '"latest" moves with every release: builds are not reproducible.' }
  }
  const date = DATE_STAMP.exec(tag)
  if (date) {
    return { reference, class: 'exact', version: date[2] ?? null, explanation: `Pinned to the build dated ${date[2]}; only a digest is stricter.` }
  }
  const { numbers, text, prerelease } = parseVersionTag(tag)
  const version = text + (prerelease ?? '')
  if (numbers.length >= 3) {
    return { reference, class: 'exact', version, explanation: `Pinned to release ${version}; the tag can still be rebuilt with OS patches.` }
  }
  if (numbers.length === 2) {
    return { reference, class: 'minor', version, explanation: `Follows ${version}.x: patch releases arrive on the next build.` }
  }
  if (numbers.length === 1) {
    return { reference, class: 'major', version, explanation: `Follows ${version}.x.x: new minor releases, and their changes, arrive on the next build.` }
  }
  if (BUILD_ID.test(tag)) {
    return { reference, class: 'exact', version: tag, explanation: `Pinned to build ${tag}; only a digest is stricter.` }
  }
  return {
    reference, class: 'floating-named', version: null,
    explanation: `"${tag}" is a moving name: it points at whatever version is current when you build.`,
  }
}

/** Higher is firmer; for thresholds such as "at least minor". Scratch counts as firm as a digest. */
export function pinningStrength(verdict: PinningVerdict): number {
  if (verdict === 'not-applicable') return pinningClasses.length
  const index = (pinningClasses as readonly string[]).indexOf(verdict)
  return index === -1 ? 0 : pinningClasses.length - index
}
