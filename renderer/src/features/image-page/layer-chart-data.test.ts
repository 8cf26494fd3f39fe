import { describe, expect, it } from 'vitest'
import type { HistoryStep } from '../../../../shared/model'
import { layerBars } from './layer-chart-data'

function step(overrides: Partial<HistoryStep>): HistoryStep {
  return {
    step: 1, instruction: 'RUN', createdBy: 'RUN true', sizeBytes: 0, isEmpty: true,
    createdAt: null, comment: null, diffId: null, tags: [], ...overrides,
  }
}

describe('layer chart bars', () => {
  it('draws only steps that produced bytes, in build order, named by step and instruction', () => {
    const bars = layerBars([
      step({ step: 1, instruction: 'ADD', sizeBytes: 7_000_000, isEmpty: false, diffId: 'sha256:1' }),
      step({ step: 2, instruction: 'ENV' }),
      step({ step: 3, instruction: 'RUN', sizeBytes: 120, isEmpty: false, diffId: 'sha256:2' }),
      step({ step: 4, instruction: 'RUN', sizeBytes: 0, isEmpty: false, diffId: 'sha256:3' }),
    ])
    expect(bars.map((bar) => bar.label)).toEqual(['#1 ADD', '#3 RUN'])
  })

  it('tells each bar whether the base or the image itself added it', () => {
    const history = [
      step({ step: 1, instruction: 'ADD', sizeBytes: 7_000_000, isEmpty: false }),
      step({ step: 2, instruction: 'RUN', sizeBytes: 120, isEmpty: false }),
    ]
    const owners = new Map([[1, 'base' as const], [2, 'own' as const]])
    expect(layerBars(history, owners).map((bar) => bar.owner)).toEqual(['base', 'own'])
    expect(layerBars(history).map((bar) => bar.owner)).toEqual([null, null])
  })
})
