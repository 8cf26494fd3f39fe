import type { AttackSurface, DebugEase, DeltaReference, ImageSummary, Libc, Variant, VariantCandidate } from '../../../shared/model'
import type { Catalog, CatalogEntry } from '../catalog/catalog'
import type { AdvisorFacts } from './advisor-facts'
import { caveatsFor } from './candidate-caveats'
import { candidateEvidence } from './candidate-evidence'
import type { CandidateSpec } from './candidate-tags'
import { matchCatalogue } from './catalogue-match'
import { catalogueFigures, deltaOf, findLocal, withMeasured } from './size-figures'
import { variantKind, type VariantKind } from '../catalog/tag-anatomy'
import type { CurrentSubject, Draft } from './draft'

/** A candidate with its figures, before the rules decide whether it stays and which one wins. */
export type { CurrentSubject, Draft }

export interface Tools {
  libc: Libc
  shell: string | null
  packageManager: string | null
}

// What each kind of image carries when the catalogue has no entry to say so.
const TOOLS_BY_KIND: Readonly<Record<VariantKind, Tools>> = {
  full: { libc: 'glibc', shell: '/bin/sh (dash) and /bin/bash', packageManager: 'apt/dpkg' },
  slim: { libc: 'glibc', shell: '/bin/sh (dash) and /bin/bash', packageManager: 'apt/dpkg' },
  alpine: { libc: 'musl', shell: '/bin/sh (busybox ash)', packageManager: 'apk' },
  distroless: { libc: 'glibc', shell: null, packageManager: null },
  scratch: { libc: 'none', shell: null, packageManager: null },
}

const ATTACK_SURFACE: Readonly<Record<VariantKind, AttackSurface>> = {
  full: 'large', slim: 'medium', alpine: 'small', distroless: 'minimal', scratch: 'minimal',
}

export function draftCandidate(spec: CandidateSpec, catalog: Catalog, localImages: readonly ImageSummary[]): Draft {
  const match = matchCatalogue(spec, catalog)
  const local = findLocal(spec.reference, localImages) ?? findLocal(spec.officialReference, localImages)
  const catalogue = catalogueFigures(match.entry)
  const tools = toolsOf(match.entry, spec.variant)
  return {
    spec,
    match,
    figures: local ? withMeasured(catalogue, local.sizeBytes) : catalogue,
    localImageId: local?.id ?? null,
    ...tools,
    hasShell: tools.shell !== null,
    // The catalogue says whether bash is there; otherwise the kind does (Debian's shells include bash).
    hasBash: match.entry?.hasBash ?? (tools.shell ?? '').includes('bash'),
  }
}

/** What an image of this variant usually carries, when nothing better says so. */
export function assumedTools(variant: Variant): Tools {
  return TOOLS_BY_KIND[variantKind(variant)]
}

function toolsOf(entry: CatalogEntry | null, variant: Variant): Tools {
  const fallback = assumedTools(variant)
  if (entry === null) return fallback
  const libc = entry.libc === 'glibc' || entry.libc === 'musl' || entry.libc === 'none' ? entry.libc : fallback.libc
  return { libc, shell: entry.hasShell ? entry.shell : null, packageManager: entry.packageManager || null }
}

export function debugEaseOf(hasShell: boolean, packageManager: string | null): DebugEase {
  if (hasShell && packageManager !== null) return 'easy'
  return hasShell ? 'moderate' : 'hard'
}

export function attackSurfaceOf(variant: Variant): AttackSurface {
  return ATTACK_SURFACE[variantKind(variant)]
}

/** `FROM python:3.12-slim@sha256:…`: pinned to the version line, and to the catalogue's digest for that very tag. */
export function fromLineOf(draft: Draft): { fromLine: string; hasDigest: boolean } {
  const { spec, match } = draft
  const digest = match.isExact && spec.reference === spec.officialReference ? (match.entry?.manifestDigest ?? null) : null
  const stage = spec.role === 'build' ? ' AS build' : ''
  return { fromLine: `FROM ${spec.reference}${digest ? `@${digest}` : ''}${stage}`, hasDigest: digest !== null }
}

export interface Verdict {
  recommended: boolean
  reason: string | null
}

/** The current base as what a delta is measured against; null when it has no figure. */
function currentAsReference(current: CurrentSubject): DeltaReference | null {
  const shown = current.figures.shown
  return shown === null ? null : { reference: current.reference ?? 'the current base', sizeBytes: shown.bytes }
}

export function finishCandidate(draft: Draft, facts: AdvisorFacts, current: CurrentSubject, verdict: Verdict): VariantCandidate {
  const { fromLine, hasDigest } = fromLineOf(draft)
  const deltaBytes = deltaOf(draft.figures, current.figures)
  return {
    reference: draft.spec.reference,
    variant: draft.spec.variant,
    libc: draft.libc,
    hasShell: draft.hasShell,
    shell: draft.shell,
    packageManager: draft.packageManager,
    areToolsKnown: true,
    sizeBytes: draft.figures.shown?.bytes ?? null,
    sizeSource: draft.figures.shown?.source ?? null,
    isApproximate: draft.figures.shown?.isApproximate ?? false,
    deltaBytes,
    deltaAgainst: deltaBytes === null ? null : currentAsReference(current),
    debugEase: debugEaseOf(draft.hasShell, draft.packageManager),
    attackSurface: attackSurfaceOf(draft.spec.variant),
    caveats: caveatsFor({ spec: draft.spec, match: draft.match, figures: draft.figures, facts, hasDigest, hasDelta: deltaBytes !== null }),
    fromLine,
    recommended: verdict.recommended,
    reason: verdict.reason,
    localImageId: draft.localImageId,
    evidence: candidateEvidence(draft, facts, current.reference),
  }
}
