import { describe, expect, it } from 'vitest'
import type { CurrentBase, VariantCandidate } from '../../../../shared/model'
import { FACT_NAMES, candidateCell, currentCell } from './variant-rows'

const current: CurrentBase = {
  reference: 'python:3.12', family: 'python', variant: 'full', libc: 'glibc', sizeBytes: 1_110_000_000, sizeSource: 'catalogue, on disk',
}

function candidate(overrides: Partial<VariantCandidate> = {}): VariantCandidate {
  return {
    reference: 'python:3.12-slim', variant: 'slim', libc: 'glibc', hasShell: true, shell: '/bin/sh (dash)', packageManager: 'apt/dpkg',
    areToolsKnown: true, sizeBytes: 119_210_000, sizeSource: 'catalogue, on disk', isApproximate: false, deltaBytes: -990_790_000,
    deltaAgainst: { reference: 'python:3.12', sizeBytes: 1_110_000_000 },
    debugEase: 'easy', attackSurface: 'medium', caveats: ['No compilers.'], evidence: ['python:3.12-slim keeps what python:3.12 promises: 3.12.'], fromLine: 'FROM python:3.12-slim@sha256:d657',
    recommended: true, reason: 'Takes any manylinux wheel.', localImageId: null, ...overrides,
  }
}

describe('variant comparison rows', () => {
  it('has one row per fact, in the order the design lists them', () => {
    expect(FACT_NAMES).toEqual(['Variant', 'Size', 'Delta', 'libc', 'Shell', 'Package manager', 'Debug ease', 'Attack surface', 'Caveats', 'Evidence', 'FROM line'])
  })

  it('shows a candidate size with its source, and a tilde when it is approximate', () => {
    expect(candidateCell('Size', candidate(), current)).toEqual({ kind: 'size', text: '119 MB', source: 'catalogue, on disk', exact: '119,210,000 bytes' })
    const distroless = candidate({ sizeBytes: 50_000_000, sizeSource: 'catalogue, compressed', isApproximate: true, deltaBytes: null, deltaAgainst: null })
    expect(candidateCell('Size', distroless, current)).toMatchObject({ text: '~50 MB', source: 'catalogue, compressed' })
    expect(candidateCell('Delta', distroless, current)).toEqual({ kind: 'delta', text: 'not comparable', tone: 'unknown', against: null })
  })

  it('gives the delta signed, smaller in the good direction', () => {
    expect(candidateCell('Delta', candidate(), current)).toEqual({ kind: 'delta', text: '\u2212991 MB', tone: 'smaller', against: null })
  })

  it('names what a delta is against when it is not the current column: a sibling of the image against the image', () => {
    const busybox: CurrentBase = { reference: 'busybox:1.37', family: null, variant: null, libc: null, sizeBytes: 1_990_000, sizeSource: 'measured, on disk' }
    const sibling = candidate({ reference: 'app:1.2-slim', sizeBytes: 4_080_000, deltaBytes: -10_520_000, deltaAgainst: { reference: 'app:1.2', sizeBytes: 14_600_000 } })
    expect(candidateCell('Delta', sibling, busybox)).toEqual({ kind: 'delta', text: '\u221210.5 MB', tone: 'smaller', against: 'vs app:1.2' })
  })

  it('says unknown, not a guess, for the libc, shell, package manager and debug ease of an image not inspected', () => {
    const sibling = candidate({ libc: null, shell: null, packageManager: null, hasShell: true, debugEase: 'moderate', areToolsKnown: false })
    for (const fact of ['libc', 'Shell', 'Package manager', 'Debug ease'] as const) {
      expect(candidateCell(fact, sibling, current), fact).toMatchObject({ kind: 'unknown' })
    }
    expect(candidateCell('Attack surface', sibling, current)).toEqual({ kind: 'text', text: 'medium' })
  })

  it('says none for a missing shell, package manager or caveat', () => {
    const bare = candidate({ hasShell: false, shell: null, packageManager: null, caveats: [] })
    expect(candidateCell('Shell', bare, current)).toEqual({ kind: 'text', text: 'none' })
    expect(candidateCell('Package manager', bare, current)).toEqual({ kind: 'text', text: 'none' })
    expect(candidateCell('Caveats', bare, current)).toEqual({ kind: 'text', text: 'none' })
  })

  it('gives the FROM line as code and the caveats as a list', () => {
    expect(candidateCell('FROM line', candidate(), current)).toEqual({ kind: 'code', text: 'FROM python:3.12-slim@sha256:d657' })
    expect(candidateCell('Caveats', candidate(), current)).toEqual({ kind: 'list', items: ['No compilers.'] })
  })

  it('lists the evidence a candidate rests on', () => {
    expect(candidateCell('Evidence', candidate(), current)).toEqual({ kind: 'list', items: ['python:3.12-slim keeps what python:3.12 promises: 3.12.'] })
    expect(currentCell('Evidence', current).kind).toBe('missing')
  })

  it('fills the current column with what is known of the base and a quiet dash for the rest', () => {
    expect(currentCell('Variant', current)).toEqual({ kind: 'text', text: 'full' })
    expect(currentCell('Size', current)).toMatchObject({ kind: 'size', text: '1.11 GB', source: 'catalogue, on disk' })
    expect(currentCell('Delta', current).kind).toBe('missing')
    expect(currentCell('Shell', current).kind).toBe('missing')
    expect(currentCell('Size', { ...current, sizeBytes: null, sizeSource: null }).kind).toBe('missing')
  })
})
