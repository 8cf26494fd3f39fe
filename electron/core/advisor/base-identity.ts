import type { Variant } from '../../../shared/model'
import type { Libc } from '../../../shared/model'
import { parseReference, type ImageReference } from '../../../shared/lib/image-reference'
import type { Catalog, CatalogEntry } from '../catalog/catalog'
import { envOf, type BuildLine } from './build-lines'
import { distrolessName, KNOWN_FAMILIES, lineOfVersion, VERSION_ENV } from './families'
import { parseTag, variantKind, type TagAnatomy } from '../catalog/tag-anatomy'

/** What the base is: family, version line, variant, libc, and how each was found. */
export interface BaseIdentity {
  reference: string | null
  /** Where candidate tags are written: "python", or a mirror such as "mirror.example/library/python". */
  repository: string | null
  family: string | null
  tag: TagAnatomy | null
  versionLine: string | null
  variant: Variant | null
  libc: Libc | null
  /** Debian or Ubuntu release: from the tag, the history or the catalogue. */
  codename: string | null
  entry: CatalogEntry | null
  /** The gcr.io/distroless image ("static", "python3" …); null for others. */
  distroless: string | null
  evidence: string[]
}

export interface IdentityInput {
  reference: string | null
  entry: CatalogEntry | null
  /** The base's own history steps (or the catalogue entry's). */
  baseLines: readonly BuildLine[]
  /** The image's config environment: a fallback for the version ENV. */
  configEnv: readonly string[]
  catalog: Catalog
}

export function identifyBase(input: IdentityInput): BaseIdentity {
  const parsed = input.reference === null ? null : parseReference(input.reference)
  if (parsed?.kind === 'scratch') return scratchIdentity()
  const image = parsed?.kind === 'image' ? parsed.reference : null
  const entry = input.entry ?? (input.reference === null ? null : input.catalog.byReference(input.reference))
  const distroless = image?.domain === 'gcr.io' ? distrolessName(image.path) : null
  // Only what this image carries: a catalogue entry's ENV describes the tag as catalogued, and
  // "nginx:latest" must not be pinned to the catalogue's 1.31 for a build that will pull today's.
  const env = envOf(input.baseLines, input.configEnv)
  const named = familyOfName(image)
  const byEnv = familyOfEnv(env)
  const family = distroless?.family ?? named ?? entry?.family ?? byEnv?.family ?? familyOfHistory(input.baseLines)
  const repository = named !== null && image ? image.familiarName : family !== null && !distroless ? officialName(family, entry) : null
  // A tag speaks for the family only when the name is the family's (mycorp/base:1.2 built on
  // python says nothing of Python's version): else the catalogue entry's tag, else none.
  const tag = distroless ? null : named !== null && image ? parseTag(image.tag) : entry ? parseTag(entry.tag) : null
  const fromEnv = family && byEnv?.family === family ? lineOfVersion(family, byEnv.value) : null
  const codename = tag?.codename ?? codenameOf(input.baseLines, entry)
  // Debian and Ubuntu lines are as often a release name (bookworm) as a number (12).
  const osLine = family === 'debian' || family === 'ubuntu' ? codename : null
  const versionLine = distroless?.versionLine ?? tag?.version ?? fromEnv ?? osLine
  const namedVariant = variantOf(family, tag, distroless, input.baseLines)
  const libc = libcOf(entry, namedVariant, distroless?.name ?? null, input.baseLines)
  const variant = namedVariant ?? (libc === 'musl' ? 'alpine' : null)
  const evidence = [identitySentence(input.reference, family, versionLine, tag, fromEnv, byEnv)]
  return {
    reference: input.reference,
    repository,
    family,
    tag,
    versionLine,
    variant,
    libc,
    codename,
    entry,
    distroless: distroless?.name ?? null,
    evidence,
  }
}

function scratchIdentity(): BaseIdentity {
  return {
    reference: 'scratch', repository: null, family: 'scratch', tag: null, versionLine: null, variant: 'scratch',
    libc: 'none', codename: null, entry: null, distroless: null, evidence: ['The base is scratch: the empty image.'],
  }
}

/** The official family a reference names ("python" for python:3.12); null for any other name. */
export function officialFamilyOf(reference: string): string | null {
  const parsed = parseReference(reference)
  return parsed.kind === 'image' ? familyOfName(parsed.reference) : null
}

/** "python" for python:3.12, docker.io/library/python or a mirror's …/library/python. */
function familyOfName(image: ImageReference | null): string | null {
  if (image === null) return null
  const match = /(?:^|\/)library\/([a-z0-9._-]+)$/.exec(image.path)
  const name = match?.[1] ?? null
  return name !== null && KNOWN_FAMILIES.has(name) ? name : null
}

function familyOfEnv(env: ReadonlyMap<string, string>): { family: string; name: string; value: string } | null {
  for (const [name, family] of Object.entries(VERSION_ENV)) {
    const value = env.get(name)
    if (value !== undefined) return { family, name, value }
  }
  return null
}

function familyOfHistory(lines: readonly BuildLine[]): string | null {
  const text = lines.map((line) => line.text).join('\n')
  if (/debian\.sh\b.*\bout\//.test(text)) return 'debian'
  if (/alpine-minirootfs-/.test(text)) return 'alpine'
  if (/org\.opencontainers\.image\.version=\d+\.\d+/.test(text) && /ARG LAUNCHPAD_BUILD_ARCH/.test(text)) return 'ubuntu'
  return null
}

function officialName(family: string, entry: CatalogEntry | null): string | null {
  if (entry !== null) return entry.reference.split(/[:@]/, 1)[0] ?? entry.reference
  return KNOWN_FAMILIES.has(family) ? family : null
}

function variantOf(family: string | null, tag: TagAnatomy | null, distroless: { name: string } | null, lines: readonly BuildLine[]): Variant | null {
  if (distroless) return 'distroless'
  if (tag === null) return null
  if (family === 'alpine') return 'alpine'
  if (family === 'eclipse-temurin' && tag.flavour === null) return javaKind(lines) ?? (tag.variant === 'alpine' ? 'jdk-alpine' : 'jdk')
  // openjdk and amazoncorretto tags without a flavour are JDKs.
  if ((family === 'openjdk' || family === 'amazoncorretto') && tag.flavour === null) return tag.variant === 'alpine' ? 'jdk-alpine' : 'jdk'
  return tag.variant
}

/** Temurin downloads OpenJDK21U-jdk_… or OpenJDK21U-jre_…; distributions install openjdk-17-jre. */
function javaKind(lines: readonly BuildLine[]): 'jdk' | 'jre' | null {
  const text = lines.map((line) => line.text).join('\n')
  const match = /OpenJDK\d+U-(jdk|jre)_|openjdk-\d+-(jdk|jre)/.exec(text)
  const kind = match?.[1] ?? match?.[2]
  return kind === 'jdk' || kind === 'jre' ? kind : null
}

function libcOf(entry: CatalogEntry | null, variant: Variant | null, distroless: string | null, lines: readonly BuildLine[]): Libc | null {
  if (entry && (entry.libc === 'glibc' || entry.libc === 'musl' || entry.libc === 'none')) return entry.libc
  if (distroless !== null) return distroless === 'static' ? 'none' : 'glibc'
  if (variant !== null) return variantKind(variant) === 'alpine' ? 'musl' : 'glibc'
  const text = lines.map((line) => line.text).join('\n')
  if (/alpine-minirootfs-|\bapk (add|update)\b/.test(text)) return 'musl'
  if (/debian\.sh\b|\bapt-get\b|\bdpkg\b/.test(text)) return 'glibc'
  return null
}

function codenameOf(lines: readonly BuildLine[], entry: CatalogEntry | null): string | null {
  const text = lines.map((line) => line.text).join('\n')
  const fromHistory = /debian\.sh\b.*\bout\/ '([a-z]+)'/.exec(text)?.[1]
  return fromHistory ?? /\(([a-z]+)\)/.exec(entry?.osVersion ?? '')?.[1] ?? null
}

function identitySentence(
  reference: string | null, family: string | null, line: string | null, tag: TagAnatomy | null,
  fromEnv: string | null, byEnv: { name: string; value: string } | null,
): string {
  const subject = reference ?? 'The base (no tag names it)'
  if (family === null) return `${subject}: not an image family the advisor knows, and no version ENV in its history.`
  const inTag = tag !== null && line !== null && (tag.version === line || tag.codename === line)
  const source = inTag ? 'the tag' : fromEnv !== null ? `ENV ${byEnv?.name}` : 'the history'
  const lineText = line === null ? 'no version line' : `version line ${line} (from ${source})`
  const agrees = tag?.version && byEnv && fromEnv !== null
    ? fromEnv.startsWith(tag.version) || tag.version.startsWith(fromEnv)
      ? `; ENV ${byEnv.name}=${byEnv.value} agrees`
      : `; but ENV ${byEnv.name}=${byEnv.value} says ${fromEnv}`
    : ''
  return `${subject}: family ${family}, ${lineText}${agrees}.`
}
