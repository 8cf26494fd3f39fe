import type { ComparedImage, Comparison } from '../../../../shared/model'

/** A local column with plausible figures; tests override what they look at. */
export function comparedImage(overrides: Partial<ComparedImage> = {}): ComparedImage {
  return {
    reference: 'app:1.0',
    source: 'local',
    id: 'sha256:aaaaaaaaaaaa1111111111111111111111111111111111111111111111111111',
    tags: ['app:1.0'],
    createdAt: '2026-01-02T03:04:05.000Z',
    sizeBytes: 5_000_000,
    contentBytes: null,
    scannedFileBytes: null,
    baseSizeBytes: 1_000_000,
    ownSizeBytes: 4_000_000,
    layerCount: 3,
    sharedLayerCount: 1,
    sharedBytes: 1_000_000,
    base: { reference: 'busybox:1.37', hierarchy: ['busybox:1.37'], method: 'layer-chain', confidence: 1, evidence: 'layer chain' },
    pinning: { class: 'minor', explanation: '1.37 names a minor version' },
    baseMoved: false,
    os: 'debian 12',
    libc: 'glibc',
    recommendation: null,
    labels: {},
    layers: [],
    ...overrides,
  }
}

/** A comparison of these images; its table (made by the core) is left empty unless a test gives one. */
export function comparison(images: ComparedImage[], overrides: Partial<Comparison> = {}): Comparison {
  return {
    schemaVersion: 2,
    generatedAt: '2026-01-02T03:04:05.000Z',
    analyzerVersion: '7',
    appVersion: '0.1.0',
    engine: {
      endpoint: 'unix:///var/run/docker.sock',
      version: '20.10.24',
      os: 'linux',
      arch: 'amd64',
      title: 'Docker 20.10 · overlay2 graph driver',
      imageStore: 'graph-driver',
    },
    images,
    totals: { sizeBytes: 10_000_000, uniqueBytes: 9_000_000, savedBySharingBytes: 1_000_000, uniqueLayerCount: 5 },
    columns: images.map((image) => ({ title: image.reference, subtitle: '', source: image.source })),
    sections: [],
    totalRows: [],
    ...overrides,
  }
}
