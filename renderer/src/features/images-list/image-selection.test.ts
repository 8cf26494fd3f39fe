import { describe, expect, it } from 'vitest'
import { compareReadiness, EMPTY_SELECTION, selectedPresent, selectRange, toggleSelected } from './image-selection'

const shown = ['a', 'b', 'c', 'd', 'e']

describe('image selection', () => {
  it('toggling adds an image, then takes it out, keeping the order of picking', () => {
    let selection = toggleSelected(EMPTY_SELECTION, 'c')
    selection = toggleSelected(selection, 'a')
    expect(selection).toEqual({ ids: ['c', 'a'], anchorId: 'a' })
    expect(toggleSelected(selection, 'c')).toEqual({ ids: ['a'], anchorId: 'c' })
  })

  it('a range adds every row shown between the anchor and the row, in the order shown', () => {
    const anchored = toggleSelected(EMPTY_SELECTION, 'b')
    expect(selectRange(anchored, shown, 'd').ids).toEqual(['b', 'c', 'd'])
    expect(selectRange(anchored, shown, 'd').anchorId).toBe('b')
  })

  it('a range upwards goes from the anchor towards the row, without repeating picked ones', () => {
    const selection = toggleSelected(toggleSelected(EMPTY_SELECTION, 'b'), 'd')
    expect(selectRange(selection, shown, 'a').ids).toEqual(['b', 'd', 'c', 'a'])
  })

  it('a range with its anchor filtered away is a plain toggle', () => {
    const anchored = toggleSelected(EMPTY_SELECTION, 'z')
    expect(selectRange(anchored, shown, 'c')).toEqual({ ids: ['z', 'c'], anchorId: 'c' })
    expect(selectRange(EMPTY_SELECTION, shown, 'c')).toEqual({ ids: ['c'], anchorId: 'c' })
  })

  it('survives re-sorting and filtering: picks hidden by a filter stay picked', () => {
    const selection = toggleSelected(toggleSelected(EMPTY_SELECTION, 'a'), 'e')
    const filtered = ['e', 'c']
    expect(selectRange(selection, filtered, 'c').ids).toEqual(['a', 'e', 'c'])
  })

  it('drops images the engine no longer has', () => {
    const selection = { ids: ['a', 'gone', 'c'], anchorId: null }
    expect(selectedPresent(selection, new Set(['a', 'c']))).toEqual(['a', 'c'])
  })

  it('compares from two images up to sixteen, and says why not otherwise', () => {
    expect(compareReadiness(1)).toEqual({ label: 'Compare (1)', blocker: 'Pick two or more images to compare them' })
    expect(compareReadiness(2).blocker).toBeNull()
    expect(compareReadiness(16).blocker).toBeNull()
    expect(compareReadiness(17).blocker).toMatch(/at most 16/i)
  })
})
