import type { AdvisorFacts } from './advisor-facts'
import type { CurrentSubject, Draft } from './draft'
import { familyRules, rule, type Rule } from './family-rules'
import { compareOnCommonBasis, comparisonText } from './size-figures'
import { variantKind } from '../catalog/tag-anatomy'
import { needExclusion, releaseLineBreak } from './exclusion-rules'

/** The image the candidates replace: its name and figures. */
export type { CurrentSubject }

/**
 * Why a candidate is ruled out, from the facts (DESIGN.md, "Variant advice"); null when it stays.
 * The first rule that applies gives the reason.
 */
export function exclusionOf(draft: Draft, facts: AdvisorFacts, current: CurrentSubject, drafts: readonly Draft[]): string | null {
  const { workload } = facts
  const reference = draft.spec.reference
  const [need, ...more] = workload.glibcNeeds
  if (draft.libc === 'musl' && need) {
    return `${need.what}: ${need.why}${more.length > 0 ? ` (and ${more.length} more such ${more.length === 1 ? 'fact' : 'facts'})` : ''}.`
  }
  if (facts.debugInProduction && !draft.hasShell) {
    return draft.spec.variant === 'scratch'
      ? 'People debug these containers in production: scratch holds nothing to debug with, not even a shell.'
      : `People debug these containers in production: ${reference} has no shell or package manager (its :debug tag adds only a busybox shell).`
  }
  const byNeed = needExclusion(draft, workload.needs, facts.base.libc)
  if (byNeed !== null) return byNeed
  if ((draft.spec.variant === 'scratch' || draft.spec.variant === 'distroless-static') && workload.staticBinary === null) {
    return `Nothing shows a static binary (CGO_ENABLED=0, -static, a musl target): a dynamically linked program does not start on ${reference}, which has no libc.`
  }
  const byLine = releaseLineBreak(draft.spec, facts.base)
  if (byLine !== null) return byLine
  const versusCurrent = compareOnCommonBasis(draft.figures, current.figures)
  if (versusCurrent && versusCurrent.candidate >= versusCurrent.current) {
    return `Not smaller than ${current.reference ?? 'the current base'} (${comparisonText(versusCurrent)}).`
  }
  return largerThanSlim(draft, drafts)
}

/** An Alpine variant that is no smaller than the slim one beside it buys musl's caveats for nothing. */
function largerThanSlim(draft: Draft, drafts: readonly Draft[]): string | null {
  if (variantKind(draft.spec.variant) !== 'alpine') return null
  const slim = drafts.find(
    (other) => other.spec.family === draft.spec.family && other.spec.role === draft.spec.role && variantKind(other.spec.variant) === 'slim',
  )
  const comparison = slim ? compareOnCommonBasis(draft.figures, slim.figures) : null
  if (!slim || !comparison || comparison.candidate < comparison.current) return null
  return `Larger than ${slim.spec.reference} (${comparisonText(comparison)}): musl saves nothing here.`
}

/** The rule that chose, and the candidate it chose; null when no rule finds a candidate left. */
export function recommend(drafts: readonly Draft[], facts: AdvisorFacts): { draft: Draft; reason: string } | null {
  for (const candidateRule of rulesFor(facts)) {
    if (!candidateRule.when) continue
    const draft = drafts.find((item) => item.spec.variant === candidateRule.variant && item.spec.role === 'runtime')
    if (draft) return { draft, reason: candidateRule.reason(draft.spec.reference) }
  }
  return null
}

/** A static binary first (it decides whatever the base), then the family's rules, then "full → slim at least". */
function rulesFor(facts: AdvisorFacts): Rule[] {
  const { workload, base } = facts
  const isStatic = workload.staticBinary !== null && !facts.debugInProduction
  return [
    rule(isStatic, 'distroless-static',
      (ref) => `${workload.staticBinary}. It needs no libc and no shell; ${ref} adds only CA certificates, tzdata and a nonroot user.`),
    rule(isStatic, 'scratch', () => `${workload.staticBinary}. It needs nothing from an OS, and scratch adds nothing at all.`),
    rule(workload.dynamicBinary === 'cc' && !facts.debugInProduction, 'distroless-cc',
      (ref) => `The program is linked against glibc (built in a glibc stage): ${ref} has glibc, libgcc and libstdc++ and nothing else.`),
    rule(workload.dynamicBinary === 'go' && !facts.debugInProduction, 'distroless-base',
      (ref) => `The Go program is built with cgo against glibc: ${ref} has glibc and OpenSSL and nothing else.`),
    ...familyRules(facts),
    rule(base.variant === 'full' || base.variant === 'jdk', 'slim',
      (ref) => `A full image belongs in a build stage: its compilers and headers are not needed at run time, so ${ref} at least.`),
  ]
}
