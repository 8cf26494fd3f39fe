import type { CurrentBase, ExcludedVariant, ImageSummary, VariantAdvice, VariantCandidate } from '../../../shared/model'
import { formatBytes } from '../../../shared/lib/bytes'
import type { Catalog } from '../catalog/catalog'
import { referenceKey } from '../catalog/reference-key'
import type { AdvisorFacts } from './advisor-facts'
import { draftCandidate, finishCandidate, type Draft } from './candidate-draft'
import { proposeCandidates } from './candidate-tags'
import { findLocalSiblings, type Anchor } from './local-variants'
import { minimalNote } from './minimal-note'
import { siblingOutcome, type SiblingInput } from './sibling-candidate'
import { exclusionOf, recommend, type CurrentSubject } from './variant-rules'

export interface AdviseInput {
  facts: AdvisorFacts
  current: CurrentSubject
  catalog: Catalog
  localImages: readonly ImageSummary[]
  /** Tags whose slimmer local siblings are candidates too: the image itself and its base. */
  anchors: readonly Anchor[]
  /** What a local sibling carries, when a scan or the catalogue knows (sibling-tools.ts). */
  siblingTools?: SiblingInput['toolsOf']
}

/** The variants that would do the same job with less, beside the current base (DESIGN.md, "Variant advice"). */
export function advise(input: AdviseInput): VariantAdvice {
  const { facts, current, catalog } = input
  const drafts = proposeCandidates(facts, catalog).map((spec) => draftCandidate(spec, catalog, input.localImages))
  const excluded: ExcludedVariant[] = []
  const kept: Draft[] = []
  for (const draft of drafts) {
    const reason = exclusionOf(draft, facts, current, drafts)
    if (reason === null) kept.push(draft)
    else excluded.push({ reference: draft.spec.reference, reason })
  }
  const choice = asSplit(recommend(kept, facts), facts, current)
  const candidates = kept.map((draft) =>
    finishCandidate(draft, facts, current, draft === choice?.draft ? { recommended: true, reason: choice.reason } : { recommended: false, reason: null }),
  )
  const baseSiblings = addSiblings(candidates, excluded, input)
  if (choice === null && facts.base.family === null) recommendSibling(baseSiblings, current)
  candidates.sort((a, b) => Number(b.recommended) - Number(a.recommended))
  const isMinimal = candidates.length === 0 && facts.base.family !== null
  return {
    current: currentBase(facts, current),
    candidates,
    excluded,
    isMinimal,
    note: candidates.length === 0 ? minimalNote(facts, current, excluded) : null,
    evidence: [...facts.evidence, ...sizeEvidence(current)],
  }
}

/**
 * A final stage that compiles (issue 16, class 3): the recommendation is the run-time stage of a
 * multi-stage split, never a bare FROM swap, and its reason says so first.
 */
function asSplit(choice: { draft: Draft; reason: string } | null, facts: AdvisorFacts, current: CurrentSubject): { draft: Draft; reason: string } | null {
  const build = facts.workload.needs.find((need) => need.id === 'final-build')
  if (choice === null || build === undefined || choice.draft.spec.role !== 'runtime') return choice
  const from = current.reference ?? 'the current base'
  return {
    draft: choice.draft,
    reason: `As the run-time stage of a multi-stage build: ${build.what} (${build.where}), so keep ${from} as the build stage and copy the result into ${choice.draft.spec.reference}; a bare FROM swap would break the build. ${choice.reason}`,
  }
}

/** Adds the slimmer local siblings; returns those of the base (not of the whole image). */
function addSiblings(candidates: VariantCandidate[], excluded: ExcludedVariant[], input: AdviseInput): VariantCandidate[] {
  const known = new Set([...candidates, ...excluded].map((item) => referenceKey(item.reference)))
  const ofBase: VariantCandidate[] = []
  for (const sibling of findLocalSiblings(input.anchors, input.localImages)) {
    if (known.has(referenceKey(sibling.reference))) continue
    const outcome = siblingOutcome(sibling, input.current, { toolsOf: input.siblingTools })
    if (outcome.kind === 'excluded') excluded.push(outcome.excluded)
    else {
      candidates.push(outcome.candidate)
      if (sibling.anchor.role === 'base') ofBase.push(outcome.candidate)
    }
  }
  return ofBase
}

/**
 * No rule applies to a family the advisor does not know: a slimmer local variant of the base
 * itself, measured smaller, is then the best fact there is. A sibling of the whole image is never
 * chosen: it is another build of the application, not a base.
 */
function recommendSibling(siblings: readonly VariantCandidate[], current: CurrentSubject): void {
  const best = [...siblings].sort((a, b) => (a.deltaBytes ?? 0) - (b.deltaBytes ?? 0))[0]
  if (!best || best.deltaBytes === null) return
  best.recommended = true
  best.reason = `The -${best.variant} variant of ${current.reference ?? 'the base'} exists on this machine and measures ${formatBytes(-best.deltaBytes)} smaller.`
}

function currentBase(facts: AdvisorFacts, current: CurrentSubject): CurrentBase {
  return {
    reference: current.reference,
    family: facts.base.family,
    variant: facts.base.variant,
    libc: facts.base.libc,
    sizeBytes: current.figures.shown?.bytes ?? null,
    sizeSource: current.figures.shown?.source ?? null,
  }
}

function sizeEvidence(current: CurrentSubject): string[] {
  const shown = current.figures.shown
  if (shown === null) return []
  return [`${current.reference ?? 'The base'} is ${formatBytes(shown.bytes)} (${shown.source}).`]
}
