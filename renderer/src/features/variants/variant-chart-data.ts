import type { DeltaReference, SizeSource, VariantAdvice, VariantCandidate } from '../../../../shared/model'
import { isAgainstCurrent, sizeText } from './variant-text'

/** Sizes on disk (measured or catalogued) compare with each other; download sizes only with each other. */
export type SizeBasis = 'on disk' | 'compressed'

/** 'image': the image itself, drawn only as what its own siblings' deltas are measured against. */
export type BarRole = 'current' | 'recommended' | 'candidate' | 'image'

export interface VariantBar {
  /** The category of the bar: unique even if two columns named the same reference. */
  key: string
  reference: string
  role: BarRole
  sizeBytes: number
  /** "119 MB", "~50 MB". */
  sizeText: string
  /** null for the image's bar: the advice gives its size, not where the figure comes from. */
  source: SizeSource | null
}

export interface LeftOut {
  reference: string
  why: 'other basis' | 'no size'
}

export interface VariantChartModel {
  /** The one basis drawn; null when no figure is known at all. */
  basis: SizeBasis | null
  bars: VariantBar[]
  /** Columns of the table that the chart does not draw, so the caption can say so. */
  leftOut: LeftOut[]
  hasApproximate: boolean
  /** Candidates whose delta is against the image, not the current base (its local siblings). */
  againstImage: string[]
}

export function basisOf(source: SizeSource): SizeBasis {
  return source === 'catalogue, compressed' ? 'compressed' : 'on disk'
}

interface Entry {
  reference: string
  role: BarRole
  sizeBytes: number | null
  source: SizeSource | null
  basis: SizeBasis | null
  isApproximate: boolean
}

function candidateEntry(candidate: VariantCandidate): Entry {
  return {
    reference: candidate.reference,
    role: candidate.recommended ? 'recommended' : 'candidate',
    sizeBytes: candidate.sizeBytes,
    source: candidate.sizeSource,
    basis: candidate.sizeSource === null ? null : basisOf(candidate.sizeSource),
    isApproximate: candidate.isApproximate,
  }
}

/**
 * The current base, the candidates measured against it, then each other figure a delta is against
 * (the image, for its own siblings) followed by its candidates: every bar sits below the one it is
 * compared with. A delta is only ever on one basis, so the image's figure shares its siblings'.
 */
function chartEntries(advice: VariantAdvice): Entry[] {
  const { current } = advice
  const currentBasis = current.sizeSource === null ? null : basisOf(current.sizeSource)
  const entries: Entry[] = [
    { reference: current.reference ?? 'current base', role: 'current', sizeBytes: current.sizeBytes, source: current.sizeSource, basis: currentBasis, isApproximate: false },
  ]
  const others = new Map<string, { against: DeltaReference; siblings: Entry[] }>()
  for (const candidate of advice.candidates) {
    const against = candidate.deltaAgainst
    if (against === null || isAgainstCurrent(against, current)) {
      entries.push(candidateEntry(candidate))
      continue
    }
    const group = others.get(against.reference) ?? { against, siblings: [] }
    group.siblings.push(candidateEntry(candidate))
    others.set(against.reference, group)
  }
  for (const { against, siblings } of others.values()) {
    const basis = siblings[0]?.basis ?? null
    entries.push({ reference: against.reference, role: 'image', sizeBytes: against.sizeBytes, source: null, basis, isApproximate: false }, ...siblings)
  }
  return entries
}

/**
 * The basis with the most figures, so the chart compares as much as it can; on a tie the current
 * base's own basis, since comparing with it is the point.
 */
function chosenBasis(entries: readonly Entry[]): SizeBasis | null {
  const count = (basis: SizeBasis) => entries.filter((entry) => entry.sizeBytes !== null && entry.basis === basis).length
  const onDisk = count('on disk')
  const compressed = count('compressed')
  if (onDisk === 0 && compressed === 0) return null
  if (onDisk !== compressed) return onDisk > compressed ? 'on disk' : 'compressed'
  return entries[0]?.basis ?? 'on disk'
}

/** The current base then every candidate, each drawn only when its size is on the chart's basis. */
export function variantChart(advice: VariantAdvice): VariantChartModel {
  const entries = chartEntries(advice)
  const basis = chosenBasis(entries)
  const bars: VariantBar[] = []
  const leftOut: LeftOut[] = []
  let hasApproximate = false
  entries.forEach((entry, index) => {
    if (entry.sizeBytes === null || entry.basis === null) {
      leftOut.push({ reference: entry.reference, why: 'no size' })
    } else if (entry.basis !== basis) {
      leftOut.push({ reference: entry.reference, why: 'other basis' })
    } else {
      hasApproximate ||= entry.isApproximate
      bars.push({
        key: `${index}`,
        reference: entry.reference,
        role: entry.role,
        sizeBytes: entry.sizeBytes,
        sizeText: sizeText(entry.sizeBytes, entry.isApproximate),
        source: entry.source,
      })
    }
  })
  const againstImage = advice.candidates
    .filter((candidate) => candidate.deltaAgainst !== null && !isAgainstCurrent(candidate.deltaAgainst, advice.current))
    .map((candidate) => candidate.reference)
  return { basis, bars, leftOut, hasApproximate, againstImage }
}

function names(items: readonly LeftOut[]): string {
  return items.map((item) => item.reference).join(', ')
}

/** What the chart shows and what it leaves out, in words: the caption of the figure. */
export function chartCaption(model: VariantChartModel): string {
  const parts: string[] = []
  if (model.bars.length < 2) {
    parts.push('Not enough sizes on one basis to compare.')
  } else if (model.basis === 'compressed') {
    parts.push('Compressed (download) sizes, drawn hatched: images take more room once on disk.')
  } else {
    parts.push('Sizes on disk.')
  }
  if (model.hasApproximate) parts.push('~ marks a published approximation.')
  if (model.againstImage.length > 0) {
    parts.push(`Compare ${model.againstImage.join(', ')} with this image, not with the base: ${model.againstImage.length === 1 ? 'it replaces' : 'they replace'} the whole image.`)
  }
  const otherBasis = model.leftOut.filter((item) => item.why === 'other basis')
  if (otherBasis.length > 0) {
    const other = model.basis === 'compressed' ? 'an on-disk' : 'a compressed'
    parts.push(`Not drawn, as only ${other} size is known and it does not compare: ${names(otherBasis)}.`)
  }
  const noSize = model.leftOut.filter((item) => item.why === 'no size')
  if (noSize.length > 0) parts.push(`No size known: ${names(noSize)}.`)
  return parts.join(' ')
}
