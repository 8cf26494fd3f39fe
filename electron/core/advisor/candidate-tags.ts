import type { Variant } from '../../../shared/model'
import type { Catalog } from '../catalog/catalog'
import { compareVersionTags } from '../../../shared/lib/version-tag'
import type { AdvisorFacts } from './advisor-facts'
import type { BaseIdentity } from './base-identity'
import { DISTROLESS_JAVA_MAJORS, DISTROLESS_NODE_MAJORS, TOOLCHAIN_FAMILIES } from './families'
import { DEBIAN_CODENAMES, UBUNTU_CODENAMES } from '../catalog/tag-anatomy'

/** A variant worth comparing, before any figure is attached. */
export interface CandidateSpec {
  /** As the user would write it, in the base's own repository when it is a mirror. */
  reference: string
  /** The official spelling: catalogue lookups and digests go by it. */
  officialReference: string
  /** Catalogue family and variant whose figures stand in when this exact tag is not catalogued. */
  family: string
  variant: Variant
  /** The version line the tag pins ("3.12", "22", "3.24"); null for a floating tag. */
  line: string | null
  /** A runtime for the final stage, or a smaller image for the build stage only. */
  role: 'runtime' | 'build'
}

// How far a variant is from the full image: only variants further along are proposed.
const RANK: Readonly<Record<string, number>> = {
  full: 0, jdk: 0, slim: 1, jre: 1, 'jdk-alpine': 1, alpine: 2, 'jre-alpine': 2, musl: 2, 'alpine-slim': 3, distroless: 3, scratch: 4,
}
const DISTROLESS = 'gcr.io/distroless'

/** "3.12", "slim", "bookworm" -> "3.12-slim-bookworm"; null parts are skipped. */
function tagOf(...parts: Array<string | null | undefined>): string {
  return parts.filter((part): part is string => Boolean(part)).join('-')
}

function same(base: BaseIdentity, variant: Variant, tag: string, role: CandidateSpec['role'] = 'runtime'): CandidateSpec {
  const family = base.family ?? ''
  const repository = base.repository ?? family
  return { reference: `${repository}:${tag}`, officialReference: `${family}:${tag}`, family, variant, line: base.versionLine, role }
}

function other(reference: string, family: string, variant: Variant, line: string | null, role: CandidateSpec['role'] = 'runtime'): CandidateSpec {
  return { reference, officialReference: reference, family, variant, line, role }
}

/**
 * What a candidate tag starts with to keep the release line (issue 16, class 4): the version, or
 * else the channel the tag follows ("lts" in node:lts -> node:lts-alpine, never node:alpine, which
 * is the current release). "latest" is no word of a tag: python:latest -> python:slim.
 */
function lineWord(base: BaseIdentity): string | null {
  if (base.versionLine !== null) return base.versionLine
  const channel = base.tag?.channel ?? null
  return channel === 'latest' ? null : channel
}

/** The variants of the base's own family, by the official images' tag schemes. */
function familyVariants(base: BaseIdentity, catalog: Catalog): CandidateSpec[] {
  const line = lineWord(base)
  const codename = base.codename && base.tag?.codename ? base.codename : null
  switch (base.family) {
    case 'python':
      return [same(base, 'slim', tagOf(line, 'slim', codename)), same(base, 'alpine', tagOf(line, 'alpine')),
        other(`${DISTROLESS}/python3-debian12`, 'python', 'distroless', null)]
    case 'ruby':
      return [same(base, 'slim', tagOf(line, 'slim', codename)), same(base, 'alpine', tagOf(line, 'alpine'))]
    case 'node':
      return [same(base, 'slim', tagOf(line, codename, 'slim')), same(base, 'alpine', tagOf(line, 'alpine')),
        ...(line !== null && DISTROLESS_NODE_MAJORS.has(line.split('.')[0] ?? '')
          ? [other(`${DISTROLESS}/nodejs${line.split('.')[0]}-debian12`, 'node', 'distroless', line.split('.')[0] ?? null)] : [])]
    case 'php':
      return base.tag?.flavour === 'apache' ? [] : [same(base, 'alpine', tagOf(line, base.tag?.flavour ?? 'cli', 'alpine'))]
    case 'eclipse-temurin':
    case 'openjdk':
    case 'amazoncorretto':
      return javaVariants(base, line)
    case 'nginx':
      return [same(base, 'alpine', tagOf(line, 'alpine')), same(base, 'alpine-slim', tagOf(line, 'alpine', 'slim'))]
    case 'golang':
      return [same(base, 'alpine', tagOf(line, 'alpine'), 'build')]
    case 'rust':
      return [same(base, 'slim', tagOf(line, 'slim', codename), 'build'), same(base, 'alpine', tagOf(line, 'alpine'), 'build')]
    case 'debian':
      return [same(base, 'slim', debianSlimTag(base)), newestAlpine(catalog)]
    case 'ubuntu':
      return [newestDebianSlim(catalog), newestAlpine(catalog)]
    case 'busybox':
      return [same(base, 'musl', tagOf(line, 'musl'))]
    default:
      return []
  }
}

/**
 * A JRE (or distroless java) of the same major (issue 16, class 5). openjdk's images are
 * deprecated and amazoncorretto publishes no JRE: both point to eclipse-temurin of that major.
 */
function javaVariants(base: BaseIdentity, line: string | null): CandidateSpec[] {
  const major = line?.split(/[._u+-]/)[0] ?? null
  const isTemurin = base.family === 'eclipse-temurin'
  const ubuntu = base.tag?.codename && base.tag.codename in UBUNTU_CODENAMES ? base.tag.codename : null
  const temurin = (variant: Variant, tag: string): CandidateSpec =>
    isTemurin ? same(base, variant, tag) : other(`eclipse-temurin:${tag}`, 'eclipse-temurin', variant, major)
  const version = isTemurin ? line : major
  return [
    temurin('jre', tagOf(version, 'jre', isTemurin ? ubuntu : null)),
    temurin('jre-alpine', tagOf(version, 'jre', 'alpine')),
    ...(major !== null && DISTROLESS_JAVA_MAJORS.has(major) ? [other(`${DISTROLESS}/java${major}-debian12`, 'eclipse-temurin', 'distroless', major)] : []),
  ]
}

function debianSlimTag(base: BaseIdentity): string {
  const raw = base.tag?.raw ?? 'latest'
  if (raw === 'latest') return base.codename ? `${base.codename}-slim` : 'stable-slim'
  return `${raw}-slim`
}

function newestOf(catalog: Catalog, family: string, variant: Variant): { reference: string; line: string | null } {
  const entries = catalog.byFamily(family).filter((entry) => entry.variant === variant)
  const newest = [...entries].sort((a, b) => compareVersionTags(b.version ?? '', a.version ?? ''))[0]
  return { reference: newest?.reference ?? `${family}:latest`, line: newest?.tag ?? null }
}

function newestAlpine(catalog: Catalog): CandidateSpec {
  const { reference, line } = newestOf(catalog, 'alpine', 'alpine')
  return other(reference, 'alpine', 'alpine', line)
}

function newestDebianSlim(catalog: Catalog): CandidateSpec {
  const { reference, line } = newestOf(catalog, 'debian', 'slim')
  return other(reference, 'debian', 'slim', line)
}

/**
 * Where a compiled program runs: distroless static or scratch for a static binary, distroless
 * base (Go, glibc) or cc (Rust, libgcc) otherwise, and Debian slim when people debug in production.
 */
function runtimeVariants(facts: AdvisorFacts, catalog: Catalog): CandidateSpec[] {
  const { base, workload } = facts
  const isToolchain = TOOLCHAIN_FAMILIES.has(base.family ?? '')
  const onDistrolessLibc = base.distroless === 'base' || base.distroless === 'cc'
  if (!isToolchain && !onDistrolessLibc && workload.staticBinary === null && workload.dynamicBinary === null) return []
  const specs = [
    other(`${DISTROLESS}/static-debian12`, 'distroless', 'distroless-static', null),
    other('scratch', 'scratch', 'scratch', null),
  ]
  if (isToolchain && base.libc === 'musl') specs.push(newestAlpine(catalog))
  else if (base.family === 'golang' || workload.dynamicBinary === 'go') specs.push(other(`${DISTROLESS}/base-debian12`, 'distroless', 'distroless-base', null))
  else if (base.family === 'rust' || workload.dynamicBinary === 'cc') specs.push(other(`${DISTROLESS}/cc-debian12`, 'distroless', 'distroless-cc', null))
  if (facts.debugInProduction && base.family !== 'debian') {
    const codename = base.codename !== null && base.codename in DEBIAN_CODENAMES ? base.codename : null
    specs.push(codename ? other(`debian:${codename}-slim`, 'debian', 'slim', codename) : newestDebianSlim(catalog))
  }
  return specs
}

/** Every variant worth comparing with the base, nearest first; none further from full than it is dropped. */
export function proposeCandidates(facts: AdvisorFacts, catalog: Catalog): CandidateSpec[] {
  const { base } = facts
  if (base.variant === 'scratch' || base.distroless === 'static') return []
  const rank = RANK[base.variant ?? 'full'] ?? 0
  // An unknown base still gets scratch and distroless static when the binary on it is static.
  const own = base.family !== null && base.distroless === null ? familyVariants(base, catalog).filter((spec) => (RANK[spec.variant] ?? 0) > rank || spec.family !== base.family) : []
  const runtime = runtimeVariants(facts, catalog).filter((spec) => spec.officialReference !== base.reference)
  const seen = new Set<string>()
  return [...own, ...runtime].filter((spec) => !seen.has(spec.reference) && Boolean(seen.add(spec.reference)))
}
