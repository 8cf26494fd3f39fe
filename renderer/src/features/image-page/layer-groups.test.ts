import { describe, expect, it } from 'vitest'
import type { AnalyzedLayer, HistoryStep } from '../../../../shared/model'
import { layerGroups, ownersOf, visibleSteps } from './layer-groups'

function step(number: number, sizeBytes = 0): HistoryStep {
  return {
    step: number, instruction: 'RUN', createdBy: 'RUN true', sizeBytes, isEmpty: sizeBytes === 0,
    createdAt: null, comment: null, diffId: null, tags: [],
  }
}

const analyzed = (number: number, owner: AnalyzedLayer['owner']): AnalyzedLayer => ({ ...step(number), owner })

describe('layer groups', () => {
  it('puts the base steps first and the own steps after, with their sizes', () => {
    const history = [step(1, 100), step(2), step(3, 30), step(4, 5)]
    const owners = ownersOf([analyzed(1, 'base'), analyzed(2, 'base'), analyzed(3, 'own'), analyzed(4, 'own')])
    expect(layerGroups(history, owners).map((group) => [group.owner, group.steps.map((s) => s.step), group.sizeBytes])).toEqual([
      ['base', [1, 2], 100],
      ['own', [3, 4], 35],
    ])
  })

  it('is one group without owners while the analysis is missing', () => {
    expect(layerGroups([step(1), step(2)], null)).toEqual([{ owner: null, steps: [step(1), step(2)], sizeBytes: 0 }])
  })

  it('is all own for an image with no base', () => {
    const owners = ownersOf([analyzed(1, 'own'), analyzed(2, 'own')])
    expect(layerGroups([step(1), step(2)], owners).map((group) => group.owner)).toEqual(['own'])
  })

  it('shows the first steps of a long history across its groups, later groups none', () => {
    const history = [step(1), step(2), step(3), step(4), step(5)]
    const owners = ownersOf([analyzed(1, 'base'), analyzed(2, 'base'), analyzed(3, 'own'), analyzed(4, 'own'), analyzed(5, 'own')])
    const groups = layerGroups(history, owners)
    expect(visibleSteps(groups, 3).map((steps) => steps.map((s) => s.step))).toEqual([[1, 2], [3]])
    expect(visibleSteps(groups, 1).map((steps) => steps.map((s) => s.step))).toEqual([[1], []])
    expect(groups.map((group) => group.steps.length)).toEqual([2, 3])
  })
})
