import { describe, expect, it } from 'vitest'
import { checkedCatalog, createCatalog, loadCatalog, type CatalogEntry } from './catalog'
import { isVariant } from './tag-anatomy'

describe('loadCatalog', () => {
  it('loads the bundled catalogue once', () => {
    const catalog = loadCatalog()
    expect(loadCatalog()).toBe(catalog)
    expect(catalog.version).toBe(1)
    expect(catalog.entries.length).toBeGreaterThan(30)
  })

  it('finds an entry however the reference is spelled', () => {
    const catalog = loadCatalog()
    expect(catalog.byReference('python:3.12-slim')?.reference).toBe('python:3.12-slim')
    expect(catalog.byReference('docker.io/library/python:3.12-slim')?.reference).toBe('python:3.12-slim')
    expect(catalog.byReference('python:3.12.13-slim-trixie')?.reference).toBe('python:3.12-slim')
    expect(catalog.byReference('nginx')?.reference).toBe('nginx:latest')
    expect(catalog.byReference('gcr.io/distroless/static-debian12:latest')?.family).toBe('distroless')
    expect(catalog.byReference('scratch')?.reference).toBe('scratch')
    expect(catalog.byReference('python:2.7')).toBeNull()
    expect(catalog.byReference('Not A Reference')).toBeNull()
  })

  it('lists a family and finds a build by its image ID', () => {
    const catalog = loadCatalog()
    expect(catalog.byFamily('debian').map((entry) => entry.reference)).toEqual([
      'debian:bookworm', 'debian:bookworm-slim', 'debian:trixie', 'debian:trixie-slim',
    ])
    expect(catalog.byFamily('cobol')).toEqual([])
    const slim = catalog.byReference('debian:trixie-slim')
    expect(slim?.imageId && catalog.byImageId(slim.imageId)).toBe(slim)
  })

  it('claims as many layers as its histories have non-empty steps', () => {
    for (const entry of loadCatalog().entries.filter((item) => item.history.length > 0)) {
      expect(entry.history.filter((step) => !step.isEmpty).length, entry.reference).toBe(entry.layerCount)
    }
  })
})

describe('createCatalog', () => {
  it("prefers an entry's own reference over another entry's resolved tag", () => {
    const base = loadCatalog().entries[0] as CatalogEntry
    const catalog = createCatalog({
      catalogVersion: 9,
      platform: 'linux/amd64',
      sourceNote: 'test',
      entries: [
        { ...base, reference: 'app:1', resolvedTag: 'app:1.0.0', family: 'app' },
        { ...base, reference: 'app:1.0.0', resolvedTag: 'app:1.0.0', family: 'app' },
      ],
    })
    expect(catalog.byReference('app:1.0.0')?.reference).toBe('app:1.0.0')
    expect(catalog.byReference('app:1')?.reference).toBe('app:1')
  })

  it('reads every variant of the bundled file as a known one, and refuses a catalogue naming another', () => {
    const variants = new Set(loadCatalog().entries.map((entry) => entry.variant))
    expect([...variants].every((variant) => isVariant(variant))).toBe(true)
    const file = { catalogVersion: 1, platform: 'linux/amd64', sourceNote: '', entries: [{ ...loadCatalog().entries[0], variant: 'windowsservercore' }] }
    expect(() => checkedCatalog(file as Parameters<typeof checkedCatalog>[0])).toThrow(/unknown variant "windowsservercore"/)
  })
})
