import { dateText } from '../analysis/describe'
import type { AdvisorFacts } from './advisor-facts'
import type { CandidateSpec } from './candidate-tags'
import type { CatalogueMatch } from './catalogue-match'
import { DISTROLESS_PYTHON_LINE } from './families'
import type { Figures } from './size-figures'
import { variantKind } from '../catalog/tag-anatomy'

export interface CaveatInput {
  spec: CandidateSpec
  match: CatalogueMatch
  figures: Figures
  facts: AdvisorFacts
  /** The FROM line carries the catalogue's digest. */
  hasDigest: boolean
  /** A delta against the current base could be given (the two figures share a basis). */
  hasDelta: boolean
}

// What glibc-built code means in each ecosystem, for the first musl caveat.
const MUSL_FIRST: Readonly<Record<string, string>> = {
  python: 'musl instead of glibc: manylinux wheels do not install; pip needs musllinux wheels or builds from source.',
  node: 'musl instead of glibc: native addons need musl prebuilds or a rebuild (node-gyp with build-base).',
  ruby: 'musl instead of glibc: native gems build from source (build-base) unless a musl platform gem exists.',
}
const MUSL_REST = [
  "musl's DNS resolver and locales differ from glibc's (no nsswitch.conf, only C.UTF-8): test name resolution and sorting.",
  'busybox ash and apk instead of bash and apt: scripts and package names change.',
]
const MUSL_BUILD = 'Builds against musl: a cgo (or other C-linked) binary made here runs on Alpine only; a static one runs anywhere.'
const NO_SHELL = 'No shell and no package manager: `docker exec … sh` fails; the :debug tag adds a busybox shell for that.'
const SCRATCH =
  'Empty: copy in CA certificates (/etc/ssl/certs) and tzdata (/usr/share/zoneinfo) if the program makes TLS calls or uses time zones; ' +
  'there is no /etc/passwd, so USER takes a numeric ID, and no shell to debug with.'
const NOT_PROVEN_STATIC = 'The history cannot prove the binary is static: check with `file` or `ldd` before switching.'

/** What a person must know before switching to this candidate, most important first. */
export function caveatsFor(input: CaveatInput): string[] {
  return [...variantCaveats(input), ...figureCaveats(input)]
}

function variantCaveats({ spec, facts }: CaveatInput): string[] {
  const { base, workload } = facts
  const kind = variantKind(spec.variant)
  const caveats: string[] = []
  if (spec.role === 'build') {
    caveats.push(`A build image: use it as the build stage (FROM ${spec.reference} AS build) and copy the result into a runtime image.`)
  }
  if (kind === 'alpine' && base.libc !== 'musl') {
    const first = MUSL_FIRST[spec.family] ?? 'musl instead of glibc: programs built for glibc do not load.'
    caveats.push(...(spec.role === 'build' ? [MUSL_BUILD] : [first, ...MUSL_REST]))
  }
  if (spec.variant === 'alpine-slim' && spec.family === 'nginx') {
    caveats.push('No njs, acme, xslt, geoip or image-filter modules: take the -alpine variant if the configuration loads one.')
  }
  if (kind === 'slim' && spec.role === 'runtime' && spec.family !== 'debian' && spec.family !== 'eclipse-temurin') {
    caveats.push('No compilers or -dev headers: packages that build from source need a build stage (or the tools installed and removed in the same RUN).')
  }
  if (spec.variant === 'jre' || spec.variant === 'jre-alpine') {
    caveats.push('No javac, jlink or jcmd: diagnostics that need jcmd or jmap need the JDK.')
    if (workload.javaBuild) caveats.push(`The image ${workload.javaBuild}: keep the JDK as that build stage and copy the jar into this one.`)
  }
  if (spec.family === 'debian' && base.family !== 'debian' && base.family !== 'ubuntu') {
    caveats.push('Copy the binary in from the build stage; bash and apt stay for debugging.')
  }
  if (base.family !== null && ['debian', 'ubuntu'].includes(base.family) && kind === 'alpine') {
    caveats.push('Every apt-get install line needs the apk name of its package.')
  }
  caveats.push(...distrolessCaveats(spec, facts))
  if (spec.variant === 'scratch') caveats.push(SCRATCH)
  if ((spec.variant === 'scratch' || spec.variant === 'distroless-static') && workload.isStaticInferred) caveats.push(NOT_PROVEN_STATIC)
  return caveats
}

function distrolessCaveats(spec: CandidateSpec, facts: AdvisorFacts): string[] {
  if (variantKind(spec.variant) !== 'distroless') return []
  const caveats = [NO_SHELL, 'Runs as root unless you take the :nonroot tag.']
  const line = facts.base.versionLine
  if (spec.family === 'python' && line !== null && !line.startsWith(DISTROLESS_PYTHON_LINE)) {
    caveats.push(`Its Python is Debian 12's (${DISTROLESS_PYTHON_LINE}), not ${line}: code and wheels built for ${line} may not load.`)
  }
  if (spec.family === 'node') caveats.push('The entrypoint is node: CMD names the script ("server.js"), not a shell command.')
  if (spec.family === 'eclipse-temurin') caveats.push('The entrypoint is java -jar: CMD names the jar.')
  if (spec.variant === 'distroless-static') caveats.push('For static binaries only; it brings CA certificates, tzdata and a nonroot user.')
  if (spec.variant === 'distroless-base') caveats.push('glibc and OpenSSL for a dynamically linked binary; nothing else.')
  if (spec.variant === 'distroless-cc') caveats.push('glibc, libgcc and libstdc++ for a Rust or C++ binary; nothing else.')
  return caveats
}

function figureCaveats({ spec, match, figures, hasDigest, hasDelta, facts }: CaveatInput): string[] {
  const caveats: string[] = []
  const { entry } = match
  if (entry && match.isOtherLine && figures.onDisk?.source !== 'measured, on disk') {
    caveats.push(`Figures are for ${entry.reference} (${entry.version ?? 'latest'}) in the catalogue, not ${spec.reference}.`)
  }
  if (figures.shown?.source === 'catalogue, compressed') {
    const approximate = figures.shown.isApproximate ? ', as commonly published (approximate)' : ''
    const delta = hasDelta ? 'it compares only with the compressed size of the current base' : 'it does not compare with on-disk sizes, so no delta is given'
    caveats.push(`Only a compressed (download) size is known${approximate}: ${delta}.`)
  }
  if (hasDigest && entry) {
    const built = dateText(entry.created)
    caveats.push(
      `The digest pins the linux/amd64 image of ${entry.reference} as catalogued${built ? ` (built ${built})` : ''}; ` +
        'for other platforms pin the index digest of the tag instead.',
    )
  }
  if (spec.line === null && !spec.reference.startsWith('gcr.io/') && spec.reference !== 'scratch') {
    const pinned = facts.base.entry?.version ?? entry?.version
    caveats.push(`The tag names no version: pin one${pinned ? ` (the catalogue has ${pinned})` : ''} for repeatable builds.`)
  }
  return caveats
}
