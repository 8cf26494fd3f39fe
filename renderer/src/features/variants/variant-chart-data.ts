import type { SizeSource, VariantAdvice } from '../../../../shared/model'
import { sizeText } from './variant-text'

/** Sizes on disk (measured or catalogued) compare with each other; download sizes only with each other. */
export type SizeBasis = 'on disk' | 'compressed'

export type BarRole = 'current' | 'recommended' | 'candidate'

export interface VariantBar {
  /** The category of the bar: unique even if two columns named the same reference. */
  key: string
  reference: string
  role: BarRole
  sizeBytes: number
  /** "119 MB", "~50 MB". */
  sizeText: string
  source: SizeSource
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
}

export function basisOf(source: SizeSource): SizeBasis {
  return source === 'catalogue, compressed' ? 'compressed' : 'on disk'
}

interface Entry {
  reference: string
  role: BarRole
  sizeBytes: number | null
  source: SizeSource | null
  isApproximate: boolean
}

/**
 * The basis with the most figures, so the chart compares as much as it can; on a tie the current
 * base's own basis, since comparing with it is the point.
 */
function chosenBasis(entries: readonly Entry[]): SizeBasis | null {
  const count = (basis: SizeBasis) => entries.filter((entry) => entry.sizeBytes !== null && entry.source && basisOf(entry.source) === basis).length
  const onDisk = count('on disk')
  const compressed = count('compressed')
  if (onDisk === 0 && compressed === 0) return null
  if (onDisk !== compressed) return onDisk > compressed ? 'on disk' : 'compressed'
  const current = entries[0]
  return current?.source ? basisOf(current.source) : 'on disk'
}

/** The current base then every candidate, each drawn only when its size is on the chart's basis. */
export function variantChart(advice: VariantAdvice): VariantChartModel {
  const { current } = advice
  const entries: Entry[] = [
    { reference: current.reference ?? 'current base', role: 'current', sizeBytes: current.sizeBytes, source: current.sizeSource, isApproximate: false },
    ...advice.candidates.map((candidate) => ({
      reference: candidate.reference,
      role: candidate.recommended ? ('recommended' as const) : ('candidate' as const),
      sizeBytes: candidate.sizeBytes,
      source: candidate.sizeSource,
      isApproximate: candidate.isApproximate,
    })),
  ]
  const basis = chosenBasis(entries)
  const bars: VariantBar[] = []
  const leftOut: LeftOut[] = []
  let hasApproximate = false
  entries.forEach((entry, index) => {
    if (entry.sizeBytes === null || entry.source === null) {
      leftOut.push({ reference: entry.reference, why: 'no size' })
    } else if (basisOf(entry.source) !== basis) {
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
  return { basis, bars, leftOut, hasApproximate }
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
  const otherBasis = model.leftOut.filter((item) => item.why === 'other basis')
  if (otherBasis.length > 0) {
    const other = model.basis === 'compressed' ? 'an on-disk' : 'a compressed'
    parts.push(`Not drawn, as only ${other} size is known and it does not compare: ${names(otherBasis)}.`)
  }
  const noSize = model.leftOut.filter((item) => item.why === 'no size')
  if (noSize.length > 0) parts.push(`No size known: ${names(noSize)}.`)
  return parts.join(' ')
}
