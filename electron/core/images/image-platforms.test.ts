import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../shared/contract'
import { choosePlatform, platformsFromManifests } from './image-platforms'

const pulledForAmd64 = [{ platform: 'linux/amd64', isPresent: true }, { platform: 'linux/arm64/v8', isPresent: false }]

const refusal = (run: () => unknown): string => {
  try {
    run()
  } catch (error) {
    if (error instanceof ApiError) return `${error.code}: ${error.message}`
    throw error
  }
  throw new Error('expected a refusal')
}

describe('choosePlatform', () => {
  it("picks the engine's own platform by default, and nothing for an image of one platform", () => {
    expect(choosePlatform('app', pulledForAmd64, null, 'linux/amd64')).toBe('linux/amd64')
    expect(choosePlatform('app', [], null, 'linux/amd64')).toBeNull()
  })

  it('falls back to the first platform present when the engine\'s own is not', () => {
    expect(choosePlatform('app', pulledForAmd64, null, 'linux/s390x')).toBe('linux/amd64')
  })

  it('says plainly that a listed platform is not on this machine, and that an unlisted one does not exist', () => {
    expect(refusal(() => choosePlatform('app:1', pulledForAmd64, 'linux/arm64', 'linux/amd64')))
      .toBe('INVALID_INPUT: linux/arm64/v8 of app:1 is not on this machine: its index lists it, but only linux/amd64 was pulled here.')
    expect(refusal(() => choosePlatform('app:1', pulledForAmd64, 'linux/riscv64', 'linux/amd64'))).toContain('has no linux/riscv64')
  })
})

describe('platformsFromManifests (GET /images/json?manifests=1, API 1.47+)', () => {
  it('lists image manifests with their platform and whether they are here, attestations left out', () => {
    expect(platformsFromManifests([
      { Kind: 'image', Available: true, ImageData: { Platform: { os: 'linux', architecture: 'amd64' } } },
      { Kind: 'image', Available: false, ImageData: { Platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } } },
      { Kind: 'attestation', Available: true, ImageData: null },
    ])).toEqual(pulledForAmd64)
  })

  it('answers empty for an image of one platform and for an engine that sent no manifests', () => {
    expect(platformsFromManifests([{ Kind: 'image', Available: true, ImageData: { Platform: { os: 'linux', architecture: 'amd64' } } }])).toEqual([])
    expect(platformsFromManifests(undefined)).toEqual([])
  })
})
