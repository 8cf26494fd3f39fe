import type { HistoryStep, ImageAnalysis, ImageDetail, ImageSummary } from '../../../shared/model'
import type { Catalog, CatalogEntry } from '../catalog/catalog'
import { identicalEntries } from '../analysis/detect-by-history'
import { breakSizeTie } from '../analysis/size-tie'
import { bestTag } from '../analysis/tag-preference'
import { parseCreatedBy } from '../images/parse-created-by'
import type { AdvisorFacts } from './advisor-facts'
import { linesFromHistory, type BuildLine } from './build-lines'
import { officialFamilyOf } from './base-identity'
import { matchCatalogue } from './catalogue-match'
import type { Anchor } from './local-variants'
import { catalogueFigures, withMeasured, type Figures } from './size-figures'

/** What the advice is about, found from an analysed image: the base, or the image itself. */
export interface AdviceSubject {
  reference: string | null
  entry: CatalogEntry | null
  figures: Figures
  baseLines: BuildLine[]
  workloadLines: BuildLine[]
  anchors: Anchor[]
  /** One sentence: what the subject is and how it was found. */
  evidence: string
}

/** The catalogue entry whose whole history is `history`; the measured bytes break a tie (debian:trixie vs -slim). */
export function entryByHistory(history: readonly HistoryStep[], catalog: Catalog): CatalogEntry | null {
  if (history.length === 0) return null
  const subject = { imageId: null, diffIds: [], history, labels: {} }
  const entries = identicalEntries(subject, catalog).map((entry) => ({ entry }))
  if (entries.length === 0) return null
  return breakSizeTie(entries, history.reduce((sum, step) => sum + step.sizeBytes, 0)).chosen.entry
}

/**
 * An official image viewed by itself (python:3.12-slim pulled, or a mirror of it) is its own
 * subject: advice about its base (debian) would miss the point. It is known by the catalogue's
 * image ID, its history, or its tag; a tag of an official repository that the catalogue lacks
 * (python:3.11-slim, a newer pull) counts too, unless the image was built on that same repository.
 */
export function officialSelf(analysis: ImageAnalysis, detail: ImageDetail, catalog: Catalog): AdviceSubject | null {
  const { summary } = detail
  const byTag = summary.tags.map((tag) => ({ tag, entry: catalog.byReference(tag) })).filter((item) => item.entry !== null)
  const byId = catalog.byImageId(summary.id)
  const entry = byId ?? byTag[0]?.entry ?? entryByHistory(detail.history, catalog)
  const officialTag = entry === null ? summary.tags.find((tag) => isOwnOfficialTag(tag, analysis)) : undefined
  if (entry === null && officialTag === undefined) return null
  const named = byTag.find((item) => item.entry === entry && item.tag === entry?.reference) ?? byTag.find((item) => item.entry === entry)
  const reference = officialTag ?? named?.tag ?? bestTag(summary.tags) ?? entry?.reference ?? null
  const how = byId ? `the catalogue's build of ${byId.reference}` : named ? `tagged ${named.tag}, an official image` : entry
    ? `exactly the history of ${entry.reference} in the catalogue` : `tagged ${officialTag}, an official image`
  return {
    reference,
    entry,
    figures: withMeasured(catalogueFigures(entry), summary.sizeBytes),
    baseLines: linesFromHistory(detail.history),
    workloadLines: [],
    anchors: summary.tags.map((tag) => ({ reference: tag, sizeBytes: summary.sizeBytes, imageId: summary.id, role: 'base' })),
    evidence: `The image is ${how}: the advice is about it, not about its base.`,
  }
}

/** A tag of an official repository, on an image not built on that repository (nginx:custom on nginx:alpine is an app). */
function isOwnOfficialTag(tag: string, analysis: ImageAnalysis): boolean {
  const family = officialFamilyOf(tag)
  if (family === null) return false
  const bases = [analysis.base.reference, ...analysis.base.aliases].filter((item): item is string => item !== null)
  return !bases.some((base) => officialFamilyOf(base) === family)
}

/** The detected base of an analysed image, its measured size, and the steps built on it. */
export function detectedBase(analysis: ImageAnalysis, detail: ImageDetail, localImages: readonly ImageSummary[], catalog: Catalog): AdviceSubject {
  const { base } = analysis
  const baseSteps = analysis.layers.filter((layer) => layer.owner === 'base')
  const ownSteps = analysis.layers.filter((layer) => layer.owner === 'own')
  const local = base.imageId === null ? null : (localImages.find((image) => image.id === base.imageId) ?? null)
  const entry =
    (base.reference === null ? null : catalog.byReference(base.reference)) ??
    (base.imageId === null ? null : catalog.byImageId(base.imageId)) ??
    entryByHistory(baseSteps, catalog)
  const measured = local?.sizeBytes ?? (base.method !== 'none' && baseSteps.length > 0 ? analysis.baseSizeBytes : null)
  const catalogue = catalogueFigures(entry)
  const baseAnchors = [base.reference, ...base.aliases].filter((tag): tag is string => tag !== null)
  const onScratch = looksBuiltOnScratch(analysis)
  return {
    reference: onScratch ? 'scratch' : base.reference,
    entry,
    figures: measured === null ? catalogue : withMeasured(catalogue, measured),
    baseLines: linesFromHistory(baseSteps),
    workloadLines: linesFromHistory(ownSteps),
    anchors: [
      ...detail.summary.tags.map((tag): Anchor => ({ reference: tag, sizeBytes: analysis.sizeBytes, imageId: analysis.id, role: 'image' })),
      ...baseAnchors.map((tag): Anchor => ({ reference: tag, sizeBytes: measured, imageId: base.imageId, role: 'base' })),
    ],
    evidence: onScratch
      ? 'No base was found, and no step runs a command (which needs a shell): the image is most likely built FROM scratch.'
      : baseSentence(analysis, entry),
  }
}

/** Without a base, an image whose every step only copies files or sets metadata can only start FROM scratch. */
function looksBuiltOnScratch(analysis: ImageAnalysis): boolean {
  const layers = analysis.layers
  return analysis.base.method === 'none' && layers.length > 0 && layers.every((layer) => layer.instruction !== 'RUN' && layer.instruction !== null)
}

function baseSentence(analysis: ImageAnalysis, entry: CatalogEntry | null): string {
  const { base } = analysis
  if (base.method === 'none') return 'No base was found for this image: the facts come from its own history and config alone.'
  const how = { label: 'its base label', 'layer-chain': 'a local layer chain', history: 'its history', none: '' }[base.method]
  const name = base.reference ?? (entry ? `an untagged image whose history is ${entry.reference}'s` : 'an untagged image')
  return `The base is ${name}, found by ${how} (confidence ${base.confidence}).`
}

/** A catalogue entry's history as build lines: the catalogue keeps BuildKit's "RUN …" spelling. */
export function catalogueLines(entry: CatalogEntry | null): BuildLine[] {
  return (entry?.history ?? []).map((step, index) => {
    const parsed = parseCreatedBy(step.createdBy)
    return { instruction: parsed.instruction, text: parsed.createdBy, stage: 'final', where: `step ${index + 1} of ${entry?.reference}` }
  })
}

/**
 * A base the catalogue lacks (python:3.11) borrows the figures of the same variant of the
 * family's catalogued line, so its candidates, which borrow the same way, still get a delta.
 */
export function borrowFigures(facts: AdvisorFacts, catalog: Catalog): { figures: Figures; evidence: string } | null {
  const { family, variant, reference, versionLine } = facts.base
  if (family === null || variant === null || reference === null) return null
  const spec = { reference, officialReference: reference, family, variant, line: versionLine, role: 'runtime' as const }
  const { entry } = matchCatalogue(spec, catalog)
  if (entry === null) return null
  return {
    figures: catalogueFigures(entry),
    evidence: `${reference} is not in the catalogue: its figures are those of ${entry.reference} (${entry.version ?? 'latest'}), the same variant of another tag.`,
  }
}
