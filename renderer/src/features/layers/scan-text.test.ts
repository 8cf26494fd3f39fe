import { describe, expect, it } from 'vitest'
import type { WastedFile } from '../../../../shared/model'
import { efficiencyText, fileCountText, moreWastedText, phaseHint, phaseText, progressBytesText, progressPercent, wasteReasonText } from './scan-text'

const progress = (phase: string, done: number, total: number | null) => ({ operationId: 'op', phase, done, total })
const wasted = (reason: WastedFile['reason'], byLayerIndex: number): WastedFile =>
  ({ path: 'srv/app/one-megabyte.bin', layerIndex: 3, sizeBytes: 1_000_000, reason, byLayerIndex, owner: 'own' })

describe('scan progress in words', () => {
  it('names each phase the core reports', () => {
    expect(phaseText(null)).toBe('Starting')
    expect(phaseText(progress('preparing export', 0, null))).toBe('Preparing the export')
    expect(phaseText(progress('reading layers', 1, 2))).toBe('Reading layers')
    expect(phaseText(progress('summarising', 0, null))).toBe('Summarising')
    expect(phaseText(progress('verifying', 0, null))).toBe('Verifying')
  })

  it('explains the wait while the engine prepares the export, and only then', () => {
    expect(phaseHint(progress('preparing export', 0, null))).toMatch(/before it sends the first byte/)
    expect(phaseHint(progress('reading layers', 1, 2))).toBeNull()
  })

  it('says the bytes read of the total while reading layers', () => {
    expect(progressBytesText(progress('reading layers', 412_000_000, 1_200_000_000))).toBe('412 MB of 1.2 GB')
    expect(progressBytesText(progress('reading layers', 5_000_000, null))).toBe('5 MB read')
    expect(progressBytesText(progress('preparing export', 0, null))).toBeNull()
  })

  it('never says more was read than the total, and has no percentage without one', () => {
    expect(progressBytesText(progress('reading layers', 1_300, 1_000))).toBe('1 kB of 1 kB')
    expect(progressPercent(progress('reading layers', 1_300, 1_000))).toBe(100)
    expect(progressPercent(progress('reading layers', 250, 1_000))).toBe(25)
    expect(progressPercent(progress('preparing export', 0, null))).toBeNull()
    expect(progressPercent(progress('reading layers', 0, 0))).toBeNull()
  })
})

describe('waste in words', () => {
  it('says why a copy is wasted, by the number of the layer that did it', () => {
    expect(wasteReasonText(wasted('overwritten', 5))).toBe('overwritten in layer 5')
    expect(wasteReasonText(wasted('deleted', 6))).toBe('deleted in layer 6')
  })

  it('shows efficiency with one decimal, and never 100% while something is wasted', () => {
    expect(efficiencyText(0.8333)).toBe('83.3%')
    expect(efficiencyText(1)).toBe('100.0%')
    expect(efficiencyText(0.99996)).toBe('>99.9%')
  })

  it('says how many wasted copies the list leaves out', () => {
    expect(moreWastedText(500, 1_234)).toBe('734 more not listed (the largest 500 are)')
    expect(moreWastedText(3, 3)).toBeNull()
  })

  it('counts paths, and the matches while filtering', () => {
    expect(fileCountText(1_204, null)).toBe('1,204 paths')
    expect(fileCountText(1, 0)).toBe('0 of 1 path match')
  })
})
