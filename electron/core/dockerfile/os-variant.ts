import type { DockerfileAnalysis } from '../../../shared/model/dockerfile'
import { parseReference } from '../../../shared/lib/image-reference'
import type { Catalog, CatalogEntry } from '../analysis/catalog'

export type BaseOs = DockerfileAnalysis['os']
export type BaseVariant = DockerfileAnalysis['variant']

const OS_FAMILIES: readonly BaseOs[] = ['debian', 'alpine', 'ubuntu', 'distroless', 'scratch']
const DEBIAN_CODENAMES = /(^|[-_.])(buster|bullseye|bookworm|trixie|forky|stretch|sid)($|[-_.])/
const UBUNTU_CODENAMES = /(^|[-_.])(focal|jammy|noble|oracular|plucky|questing)($|[-_.])/
// Official images whose default tags build on Debian; eclipse-temurin builds on Ubuntu.
const DEBIAN_BASED = new Set(['python', 'node', 'golang', 'ruby', 'php', 'rust', 'openjdk', 'nginx', 'httpd', 'perl', 'postgres', 'redis', 'maven', 'gradle', 'buildpack-deps', 'elixir', 'erlang', 'haskell', 'julia', 'r-base'])
const UBUNTU_BASED = new Set(['ubuntu', 'eclipse-temurin', 'ibm-semeru-runtimes'])

/**
 * OS family and variant of a base, first from the catalogue (measured), then from what the
 * reference spells (the tag's "slim", "alpine", a Debian codename, a distroless path).
 */
export function detectOsVariant(reference: string | null, catalog: Catalog): { os: BaseOs; variant: BaseVariant } {
  if (reference === null) return { os: 'unknown', variant: 'other' }
  const entry = catalog.byReference(reference)
  if (entry !== null) return fromCatalog(entry)
  return fromReference(reference)
}

function fromCatalog(entry: CatalogEntry): { os: BaseOs; variant: BaseVariant } {
  const os = entry.os === 'none' ? 'scratch' : (OS_FAMILIES.find((family) => family === entry.os) ?? 'unknown')
  const variant = entry.variant.startsWith('alpine') ? 'alpine' : entry.variant
  const known: readonly BaseVariant[] = ['full', 'slim', 'alpine', 'distroless', 'scratch']
  return { os, variant: known.find((candidate) => candidate === variant) ?? 'other' }
}

function fromReference(reference: string): { os: BaseOs; variant: BaseVariant } {
  const parsed = parseReference(reference)
  if (parsed.kind === 'scratch') return { os: 'scratch', variant: 'scratch' }
  if (parsed.kind !== 'image') return { os: 'unknown', variant: 'other' }
  const { familiarName, path, tag } = parsed.reference
  const name = path.split('/').pop() ?? ''
  const tagText = (tag ?? '').toLowerCase()
  if (familiarName.includes('distroless')) {
    // The catalogue files Google's distroless images under Debian, which they are built from.
    return { os: /debian/.test(name) ? 'debian' : 'distroless', variant: 'distroless' }
  }
  if (name === 'alpine' || /alpine/.test(tagText)) return { os: 'alpine', variant: 'alpine' }
  const slim = /(^|[-_.])slim($|[-_.])/.test(tagText)
  if (name === 'debian' || DEBIAN_CODENAMES.test(tagText)) return { os: 'debian', variant: slim ? 'slim' : 'full' }
  if (UBUNTU_BASED.has(name) || UBUNTU_CODENAMES.test(tagText)) return { os: 'ubuntu', variant: 'full' }
  if (isOfficial(parsed.reference.domain, path) && DEBIAN_BASED.has(name)) {
    return { os: 'debian', variant: slim ? 'slim' : 'full' }
  }
  return { os: 'unknown', variant: slim ? 'slim' : 'other' }
}

function isOfficial(domain: string, path: string): boolean {
  return domain === 'docker.io' && path.startsWith('library/')
}
