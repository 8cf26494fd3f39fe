import type { ComparedImage, Comparison } from '../../../../shared/model'
import { comparisonTable } from '../build-comparison'

/** What an image could carry in a label or a history step: reports must show it, never run it. */
export const HOSTILE = '<script>alert(1)</script> <img src=x onerror=alert(2)> a | b `tick`'

const app: ComparedImage = {
  reference: 'shop/app:1.0',
  source: 'local',
  id: 'sha256:21c13bed4ea798d95a08b49155d315ff73d5ffbebe9787bbfb7760dfa226bc64',
  tags: ['shop/app:1.0', 'shop/app:latest'],
  createdAt: '2026-05-04T12:00:00.000Z',
  sizeBytes: 131_000_000,
  contentBytes: null,
  scannedFileBytes: 128_500_000,
  baseSizeBytes: 119_000_000,
  ownSizeBytes: 12_000_000,
  layerCount: 6,
  sharedLayerCount: 4,
  sharedBytes: 119_000_000,
  base: {
    reference: 'python:3.12-slim',
    hierarchy: ['python:3.12-slim', 'debian:bookworm-slim'],
    method: 'layer-chain',
    confidence: 1,
    evidence: 'The first 4 of 6 layers are exactly python:3.12-slim (sha256:7404ac9d2bff…).',
  },
  pinning: { class: 'minor', explanation: 'Follows 3.12.x: patch releases arrive on the next build.' },
  baseMoved: false,
  os: 'debian 12 (bookworm)',
  libc: 'glibc',
  recommendation: {
    reference: 'python:3.12-alpine',
    fromLine: 'FROM python:3.12.3-alpine3.20',
    sizeBytes: 58_000_000,
    deltaBytes: -61_000_000,
    reason: 'pure Python: nothing needs glibc',
  },
  labels: { 'org.opencontainers.image.description': HOSTILE, '=cmd': '+SUM(A1)' },
  layers: [
    { index: 0, sizeBytes: 119_000_000, owner: 'base', createdBy: 'ADD rootfs.tar.xz /' },
    { index: 1, sizeBytes: 12_000_000, owner: 'own', createdBy: `RUN echo '${HOSTILE}'\nline two` },
  ],
}

const slim: ComparedImage = {
  ...app,
  reference: 'python:3.12-slim',
  source: 'catalogue',
  id: null,
  tags: ['python:3.12-slim'],
  sizeBytes: 119_000_000,
  contentBytes: 41_000_000,
  scannedFileBytes: null,
  baseSizeBytes: 119_000_000,
  ownSizeBytes: 0,
  layerCount: 4,
  sharedLayerCount: 0,
  sharedBytes: 0,
  base: { reference: null, hierarchy: [], method: 'none', confidence: 0, evidence: 'Not on this machine: figures from the bundled catalogue.' },
  baseMoved: null,
  recommendation: null,
  labels: {},
  layers: [],
}

const ENGINE: Comparison['engine'] = {
  endpoint: 'unix:///var/run/docker.sock',
  version: '20.10.24',
  os: 'linux',
  arch: 'amd64',
  title: 'Docker 20.10 · overlay2 graph driver',
  imageStore: 'graph-driver',
}

/**
 * Two columns (one local, one from the catalogue) with hostile text in the local one; the table is
 * made from them as buildComparison makes it. `images` and `engine` overrides remake it.
 */
export function sampleComparison(overrides: Partial<Pick<Comparison, 'images' | 'engine'>> = {}): Comparison {
  const images = overrides.images ?? [app, slim]
  const engine = overrides.engine === undefined ? ENGINE : overrides.engine
  const totals = { sizeBytes: 250_000_000, uniqueBytes: 250_000_000, savedBySharingBytes: 0, uniqueLayerCount: 6 }
  return {
    schemaVersion: 2,
    generatedAt: '2026-05-04T14:12:09.000Z',
    analyzerVersion: '2',
    appVersion: '0.1.0',
    engine,
    images,
    totals,
    ...comparisonTable(images, totals, engine),
  }
}
