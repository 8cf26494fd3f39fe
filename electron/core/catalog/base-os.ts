import { parseReference } from '../../../shared/lib/image-reference'
import type { DockerfileAnalysis } from '../../../shared/model/dockerfile'
import { DEBIAN_CODENAMES, parseTag, UBUNTU_CODENAMES, variantKind, type VariantKind } from './tag-anatomy'

/** The OS families a base is classed in: the closed set the Dockerfile analysis reports. */
export type BaseOs = DockerfileAnalysis['os']

const OS_FAMILIES: readonly BaseOs[] = ['debian', 'alpine', 'ubuntu', 'distroless', 'scratch']

/** The catalogue's `os` field as an OS family: "none" (scratch) has none; busybox and the rest are unknown. */
export function osFamily(os: string): BaseOs {
  if (os === 'none') return 'scratch'
  return OS_FAMILIES.find((family) => family === os) ?? 'unknown'
}

/**
 * The OS the default tags of an official image build on. eclipse-temurin and the other Java
 * images of Adoptium build on Ubuntu; openjdk's default tags moved to Oracle Linux (only its
 * -slim and -bullseye tags are Debian), so it is not listed: its tags say which.
 */
export const FAMILY_OS: Readonly<Record<string, BaseOs>> = {
  python: 'debian', node: 'debian', golang: 'debian', ruby: 'debian', php: 'debian', rust: 'debian', nginx: 'debian',
  httpd: 'debian', perl: 'debian', postgres: 'debian', redis: 'debian', 'buildpack-deps': 'debian', elixir: 'debian',
  erlang: 'debian', haskell: 'debian', julia: 'debian', 'r-base': 'debian', debian: 'debian',
  ubuntu: 'ubuntu', 'eclipse-temurin': 'ubuntu', 'ibm-semeru-runtimes': 'ubuntu', alpine: 'alpine',
}

export interface BaseKind {
  os: BaseOs
  /** full, slim, alpine, distroless, scratch; null when the name says nothing (a company image). */
  kind: VariantKind | null
}

/**
 * OS and variant kind of a reference from its spelling alone: the path (distroless, an official
 * repository) and the tag's anatomy (slim, alpine, a codename). The one reading of a name that the
 * advisor, the Dockerfile analysis and the CI gate share.
 */
export function baseKindOfReference(reference: string): BaseKind {
  const parsed = parseReference(reference)
  if (parsed.kind === 'scratch') return { os: 'scratch', kind: 'scratch' }
  if (parsed.kind !== 'image') return { os: 'unknown', kind: null }
  const { domain, path, tag } = parsed.reference
  if (path.includes('distroless')) return { os: /debian/.test(path) ? 'debian' : 'distroless', kind: 'distroless' }
  const official = domain === 'docker.io' && path.startsWith('library/') ? path.slice('library/'.length) : null
  const anatomy = parseTag(tag)
  const kind = variantKind(anatomy.variant)
  if (official === 'alpine' || kind === 'alpine') return { os: 'alpine', kind: 'alpine' }
  const codename = anatomy.codename
  const byCodename: BaseOs | null = codename === null ? null : codename in DEBIAN_CODENAMES ? 'debian' : codename in UBUNTU_CODENAMES ? 'ubuntu' : null
  const os = byCodename ?? (official === null ? 'unknown' : (FAMILY_OS[official] ?? 'unknown'))
  // A company image's tag is its own business: only slim is read as what it says.
  const known = official !== null || byCodename !== null || kind === 'slim'
  return { os, kind: known ? kind : null }
}
