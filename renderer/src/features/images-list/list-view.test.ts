import { describe, expect, it } from 'vitest'
import { imageCountText } from './list-view'

describe('image count text', () => {
  it('says how many images there are', () => {
    expect(imageCountText(12, 12)).toBe('12 images')
    expect(imageCountText(0, 0)).toBe('0 images')
    expect(imageCountText(1, 1)).toBe('1 image')
  })

  it('says how many of them the filter shows', () => {
    expect(imageCountText(3, 12)).toBe('3 of 12 images')
  })
})
