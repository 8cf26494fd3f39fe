import { readBinaryFacts } from './binary-facts'
import type { BuildLine } from './build-lines'
import { identifyBase, type BaseIdentity, type IdentityInput } from './base-identity'
import { copiedGlibcBinaries, dynamicBinaryOf } from './copied-binaries'
import { NEED_ROWS, needText, type Need } from './decision-table'
import { finalBuildNeed } from './final-build'
import { readNativeCode, type GlibcNeed } from './native-code'
import { condaAndWheels, shellNeeds } from './workload-needs'

/** What runs on the base, as far as the history (or Dockerfile) shows it. */
export interface WorkloadFacts {
  /** False when nothing was seen beyond the base (a bare reference, an official image itself). */
  isKnown: boolean
  glibcNeeds: GlibcNeed[]
  purePython: string[]
  opaquePython: string[]
  muslBuilds: string[]
  staticBinary: string | null
  isStaticInferred: boolean
  javaBuild: string | null
  /** nginx modules the image loads beyond the core: njs, geoip, xslt, image_filter, perl … */
  nginxModules: string[]
  /** Every need the decision table reads (glibc ones included), in the order found. */
  needs: Need[]
  /** A dynamically linked program copied from a glibc stage: distroless cc (or base, for Go) runs it. */
  dynamicBinary: 'go' | 'cc' | null
}

export interface AdvisorFacts {
  base: BaseIdentity
  workload: WorkloadFacts
  debugInProduction: boolean
  /** Every fact in words, in the order the rules use them. */
  evidence: string[]
}

export interface FactsInput extends IdentityInput {
  /** What is added on top of the base: the image's own steps, a Dockerfile's later and build stages. */
  workloadLines: readonly BuildLine[]
  isWorkloadKnown: boolean
  /** The program the image runs (config ENTRYPOINT, else CMD); null when unknown. */
  entrypoint: readonly string[] | null
  /** A person says the containers get debugged in production (the UI toggle, a CLI flag). */
  debugInProduction: boolean
}

const NGINX_MODULES = /\b(load_module|ngx_http_js|njs|geoip2?|xslt|image_filter|nginx-module-[a-z0-9-]+)\b/g

/** Facts from what we have: the base's name and history, and the steps built on it. */
export function deriveFacts(input: FactsInput): AdvisorFacts {
  const base = identifyBase(input)
  const lines = input.workloadLines
  const native = readNativeCode(lines, base.libc === 'musl')
  const binary = readBinaryFacts(lines, input.entrypoint)
  const copied = copiedGlibcBinaries(lines)
  const glibcNeeds = [...native.glibcNeeds, ...(binary.cgo ? [binary.cgo] : []), ...condaAndWheels(lines, base.reference), ...copied]
  const toolchainStatic = binary.staticBinary === null ? muslToolchain(base, native.muslBuilds.length > 0 || binary.cgo !== null) : null
  // A copied binary is only guessed static; a build stage on glibc says otherwise.
  const staticBinary = copied.length > 0 && binary.isStaticInferred ? null : (binary.staticBinary ?? toolchainStatic)
  const finalBuild = finalBuildNeed(lines, base.variant === 'full' || base.variant === 'jdk')
  // With a final stage that compiles the advice is a split, and its RUN steps move to the build stage.
  const shell = shellNeeds(lines).filter((need) => finalBuild === null || need.id !== 'run-in-final')
  const needs: Need[] = [...glibcNeeds.map(({ id, what, where }) => ({ id, what, where })), ...shell, ...(finalBuild ? [finalBuild] : [])]
  const workload: WorkloadFacts = {
    isKnown: input.isWorkloadKnown,
    glibcNeeds,
    purePython: [...new Set(native.purePython)],
    opaquePython: [...new Set(native.opaquePython)],
    muslBuilds: native.muslBuilds,
    staticBinary,
    isStaticInferred: staticBinary !== null && (binary.isStaticInferred || toolchainStatic !== null),
    javaBuild: binary.javaBuild,
    nginxModules: nginxModules(lines, base),
    needs,
    dynamicBinary: dynamicBinaryOf(copied),
  }
  return { base, workload, debugInProduction: input.debugInProduction, evidence: [...base.evidence, ...workloadEvidence(workload, input.debugInProduction)] }
}

/**
 * golang:*-alpine has no C compiler, so cgo is off and Go links statically; Rust on Alpine
 * targets musl, which links statically by default. Unless the image adds a compiler (apk add
 * build-base) or asks for cgo, what it builds is static.
 */
function muslToolchain(base: BaseIdentity, compilesC: boolean): string | null {
  if (base.libc !== 'musl' || compilesC || (base.family !== 'golang' && base.family !== 'rust')) return null
  return base.family === 'golang'
    ? `${base.reference ?? 'golang on Alpine'} has no C compiler, so cgo is off: the Go binary it builds is static`
    : `${base.reference ?? 'rust on Alpine'} targets musl, which links statically by default: the binary it builds is static`
}

function nginxModules(lines: readonly BuildLine[], base: BaseIdentity): string[] {
  // One scan of the joined text, not one per line (50,000 lines made 50,000 scans); a newline is a word boundary as a line's ends are.
  const found = [...lines.map((line) => line.text).join('\n').matchAll(NGINX_MODULES)].map((match) => match[1] ?? '')
  const fromTag = (base.family === 'nginx' ? (base.tag?.others ?? []) : []).filter((word) => word === 'perl' || word === 'otel')
  const named = found.filter((name) => name !== 'load_module')
  // A bare load_module still says some module is in use, even when the history does not name it.
  return [...new Set([...(named.length > 0 ? named : found), ...fromTag])]
}

function workloadEvidence(workload: WorkloadFacts, debug: boolean): string[] {
  const sentences: string[] = []
  if (!workload.isKnown) {
    sentences.push('Nothing is known of what runs on this base (no steps on top of it to read): the rules assume the least.')
  }
  for (const need of workload.glibcNeeds) sentences.push(`${need.what} (${need.where}): ${need.why}.`)
  for (const need of workload.needs.filter((item) => NEED_ROWS[item.id].cls !== 1)) sentences.push(`${needText(need)}.`)
  if (workload.purePython.length > 0) {
    sentences.push(`pip installs ${workload.purePython.join(', ')} by name; none is known to carry a C extension.`)
  }
  if (workload.opaquePython.length > 0) {
    sentences.push(`pip installs from ${workload.opaquePython.join(', ')}, which the history does not show: whether a package needs glibc is unknown.`)
  }
  for (const build of workload.muslBuilds) sentences.push(`${build}.`)
  if (workload.staticBinary) sentences.push(`${workload.staticBinary}.`)
  if (workload.javaBuild) sentences.push(`The image ${workload.javaBuild}.`)
  if (workload.nginxModules.length > 0) sentences.push(`nginx modules in use: ${workload.nginxModules.join(', ')}.`)
  if (debug) {
    sentences.push('People debug these containers in production (the option is on): variants without a shell are ruled out, and slim Debian is preferred.')
  }
  return sentences
}
