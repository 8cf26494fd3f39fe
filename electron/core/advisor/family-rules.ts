import type { Variant } from '../../../shared/model'
import { listText } from '../analysis/describe'
import type { AdvisorFacts } from './advisor-facts'

/** When `when` holds, the first candidate left of `variant` (a runtime) is recommended, for `reason`. */
export interface Rule {
  when: boolean
  variant: Variant
  reason: (reference: string) => string
}

export function rule(when: boolean, variant: Variant, reason: (reference: string) => string): Rule {
  return { when, variant, reason }
}

const NO_GLIBC = 'Nothing in sight needs glibc'

/** The rules of DESIGN.md's "Variant advice" for the base's family, most specific first. */
export function familyRules(facts: AdvisorFacts): Rule[] {
  const { base } = facts
  if ((base.family === 'golang' || base.family === 'rust') && base.libc === 'musl') {
    const built = base.reference ?? 'Alpine'
    return [rule(true, 'alpine', (ref) => `The binary is built on ${built} against musl: ${ref} has musl and a shell, and none of the toolchain.`)]
  }
  switch (base.family) {
    case 'python': return pythonRules(facts)
    case 'node':
    case 'ruby': return interpretedRules(facts)
    case 'php': return [alpineRule(facts, NO_GLIBC)]
    case 'golang':
    case 'rust': return toolchainRules(facts)
    case 'eclipse-temurin':
    case 'openjdk':
    case 'amazoncorretto': return javaRules(facts)
    case 'nginx': return nginxRules(facts)
    case 'debian':
      return [
        rule(base.variant === 'full', 'slim', (ref) => `The same Debian release without docs, man pages and extra locales: ${ref} does the same job.`),
        alpineRule(facts, NO_GLIBC),
      ]
    case 'ubuntu': return [alpineRule(facts, `${NO_GLIBC}; Ubuntu has no slim tag`)]
    case 'busybox': return [rule(facts.workload.glibcNeeds.length === 0, 'musl', (ref) => `${ref}: the same busybox applets, without glibc.`)]
    default: return [debugSlim(facts)]
  }
}

function debugSlim(facts: AdvisorFacts): Rule {
  return rule(facts.debugInProduction, 'slim',
    (ref) => `People debug these containers in production: ${ref} keeps bash, apt and glibc's tools, where distroless has no shell at all.`)
}

function glibcSlim(facts: AdvisorFacts): Rule {
  const needs = listText(facts.workload.glibcNeeds.map((need) => need.what))
  return rule(needs !== '', 'slim', (ref) => `${needs}: that needs glibc, and ${ref} keeps glibc while dropping the full image's compilers and headers.`)
}

/** Alpine, when nothing needs glibc and nobody debugs in production (slim Debian then). */
function alpineRule(facts: AdvisorFacts, why: string, when = true): Rule {
  const fits = when && facts.workload.glibcNeeds.length === 0 && !facts.debugInProduction
  return rule(fits, 'alpine', (ref) => `${why}: ${ref} (musl) is the smallest official variant that runs it.`)
}

/**
 * Python alone goes to Alpine only on evidence: its binary wheels are built for glibc, so
 * packages the history does not name (a requirements file, or no history at all) keep -slim.
 */
function pythonRules(facts: AdvisorFacts): Rule[] {
  const { workload } = facts
  const unknown = !workload.isKnown || workload.opaquePython.length > 0
  const unseen = workload.isKnown
    ? `pip installs from ${listText(workload.opaquePython)}, which the history does not show`
    : 'Nothing shows which packages will be installed'
  const pure = workload.purePython.length > 0
    ? `Pure Python (pip installs ${listText(workload.purePython)}; no C extension)`
    : 'Pure Python (no package installed)'
  return [
    debugSlim(facts),
    glibcSlim(facts),
    rule(unknown, 'slim', (ref) => `${unseen}: ${ref} (glibc) takes any manylinux wheel; -alpine only once none needs glibc.`),
    alpineRule(facts, pure, !unknown),
  ]
}

function interpretedRules(facts: AdvisorFacts): Rule[] {
  const { base } = facts
  const nodeOnAlpine = base.family === 'node' && base.variant === 'alpine' && !facts.debugInProduction
  return [
    debugSlim(facts),
    glibcSlim(facts),
    rule(nodeOnAlpine, 'distroless', (ref) => `${ref} is the Node runtime alone: no shell, no npm, no package manager.`),
    alpineRule(facts, NO_GLIBC),
  ]
}

function toolchainRules(facts: AdvisorFacts): Rule[] {
  const { base } = facts
  const built = `build in ${base.reference ?? base.family ?? 'the toolchain image'} as a build stage`
  return [
    debugSlim(facts),
    base.family === 'golang'
      ? rule(true, 'distroless-base', (ref) =>
          `The Go toolchain is not needed at run time: ${built}, and run the binary on ${ref}, ` +
          'which has glibc (for cgo, on by default in the Debian golang image) and nothing else.')
      : rule(true, 'distroless-cc', (ref) =>
          `The Rust toolchain is not needed at run time: ${built} (its -slim variant will do), and run the binary on ${ref}, ` +
          'which has the glibc and libgcc it links and nothing else.'),
  ]
}

function javaRules(facts: AdvisorFacts): Rule[] {
  const { base, workload } = facts
  const debug = facts.debugInProduction
  const isJdk = base.variant === 'jdk' || base.variant === 'jdk-alpine'
  const build = workload.javaBuild ? ` (the image ${workload.javaBuild})` : ''
  const moved = base.family === 'openjdk'
    ? 'The openjdk images are deprecated (no updates since 2022): eclipse-temurin builds the same OpenJDK. '
    : base.family === 'amazoncorretto' ? 'amazoncorretto publishes JDKs only: eclipse-temurin has a JRE of the same Java major. ' : ''
  const major = base.versionLine?.split(/[._u+-]/)[0]
  const same = major ? ` of the same Java major (${major})` : ''
  const toJre = (ref: string): string =>
    `${moved}A JDK is for building${build}: ${ref} runs the same application${same} without javac, jlink and the other tools.`
  return [
    rule(base.variant === 'jdk', 'jre', toJre),
    rule(isJdk, 'jre-alpine', toJre),
    rule(!isJdk && workload.glibcNeeds.length === 0 && !debug, 'jre-alpine', (ref) => `${NO_GLIBC}: ${ref} is the same JRE on musl, smaller.`),
    rule(!isJdk && !debug, 'distroless', (ref) => `${ref} is the Java runtime alone: no shell, no package manager.`),
  ]
}

function nginxRules(facts: AdvisorFacts): Rule[] {
  const modules = facts.workload.nginxModules
  return [
    rule(modules.length > 0, 'alpine', (ref) => `The image uses ${listText(modules)}: ${ref} carries nginx's dynamic modules, alpine-slim does not.`),
    rule(true, 'alpine-slim', (ref) => `Nothing in sight loads njs, xslt, geoip or image-filter: ${ref} is nginx alone, on Alpine.`),
    rule(true, 'alpine', (ref) => `${ref}: the same nginx on Alpine.`),
  ]
}
