import { describe, expect, it } from 'vitest'
import { imageChangeOf } from './image-events'

const id = `sha256:${'a'.repeat(64)}`

describe('imageChangeOf', () => {
  it.each(['pull', 'import', 'load', 'tag', 'untag', 'delete', 'remove', 'prune'])('%s changes the list', (action) => {
    expect(imageChangeOf({ Type: 'image', Action: action, Actor: { ID: id } })).toEqual({ action, imageId: id })
  })

  it.each(['push', 'save', 'exists', 'mount'])('%s changes nothing local', (action) => {
    expect(imageChangeOf({ Type: 'image', Action: action, Actor: { ID: id } })).toBeNull()
  })

  it('ignores events of other types', () => {
    expect(imageChangeOf({ Type: 'container', Action: 'delete', Actor: { ID: id } })).toBeNull()
  })

  it('an untag event names the image ID, never the tag that went away', () => {
    const change = imageChangeOf({ Type: 'image', Action: 'untag', Actor: { ID: id, Attributes: { name: id } } })
    expect(change).toEqual({ action: 'untag', imageId: id })
  })

  it('passes on only real image IDs: a pulled reference or a prune has none', () => {
    expect(imageChangeOf({ Type: 'image', Action: 'pull', Actor: { ID: 'python:3.12' } })?.imageId).toBeNull()
    expect(imageChangeOf({ Type: 'image', Action: 'prune', Actor: { ID: '' } })?.imageId).toBeNull()
    expect(imageChangeOf({ Type: 'image', Action: 'prune' })?.imageId).toBeNull()
  })

  it('adds the sha256: prefix Podman leaves out', () => {
    expect(imageChangeOf({ Type: 'image', Action: 'remove', Actor: { ID: 'b'.repeat(64) } })?.imageId).toBe(`sha256:${'b'.repeat(64)}`)
  })
})
