import { analyzeImage } from '../../electron/core/analysis/analyze-image'
import { loadCatalog } from '../../electron/core/catalog/catalog'
import type { EngineHistoryEntry, EngineImageInspect } from '../../electron/core/engine/engine-api-types'
import { toImageDetail, toImageSummary } from '../../electron/core/images/image-mapping'
import { fuzz, type FuzzReport } from './fuzz-run'
import { HOSTILE_FRAGMENTS } from './hostile-strings'
import { generateReference } from './reference-fuzzer'
import { createRandom, type Random } from './prng'

const BASE_NAME = 'org.opencontainers.image.base.name'
const CREATED_BY_SHAPES = ['/bin/sh -c #(nop) ', '/bin/sh -c ', 'RUN |2 A=1 B=2 /bin/sh -c ', 'COPY ', '|1 X=', '']

export interface HostileImage {
  inspect: EngineImageInspect
  history: EngineHistoryEntry[]
}

function hostileText(random: Random): string {
  const fragment = random.pick(HOSTILE_FRAGMENTS)
  return random.chance(0.1) ? fragment.repeat(1 + random.int(2000)) : fragment + generateReference(random).slice(0, 200)
}

/** An inspected image whose labels, tags and history say whatever an attacker liked. */
export function hostileImage(random: Random): HostileImage {
  const layers = Array.from({ length: random.int(6) }, (_, index) => `sha256:${index.toString(16).padStart(64, '0')}`)
  const labels: Record<string, string> = {}
  for (let i = random.int(20); i > 0; i -= 1) labels[hostileText(random)] = hostileText(random)
  if (random.chance(0.7)) labels[BASE_NAME] = random.chance(0.5) ? generateReference(random) : hostileText(random)
  const tags = Array.from({ length: random.int(4) }, () => `${generateReference(random).slice(0, 255)}:${hostileText(random).slice(0, 128)}`)
  const history = Array.from({ length: random.int(30) }, (_, index): EngineHistoryEntry => ({
    Id: random.chance(0.5) ? '<missing>' : hostileText(random),
    Created: random.chance(0.9) ? 1_700_000_000 + index : random.pick([-1, Number.NaN, 1e20, 0]),
    CreatedBy: random.pick(CREATED_BY_SHAPES) + hostileText(random),
    Tags: random.chance(0.2) ? [hostileText(random)] : null,
    Size: random.pick([0, 1024, -5, Number.MAX_SAFE_INTEGER]),
    Comment: random.chance(0.2) ? hostileText(random) : '',
  }))
  return {
    inspect: {
      Id: `sha256:${'e'.repeat(64)}`, RepoTags: tags, RepoDigests: null, Parent: '', Comment: '', Created: random.pick(['2026-01-01T00:00:00Z', 'not a date', '']),
      Author: hostileText(random), Architecture: 'amd64', Os: 'linux', Size: 1024,
      Config: { Labels: labels, Env: [hostileText(random)], Cmd: [hostileText(random)], User: hostileText(random) },
      RootFS: { Type: 'layers', Layers: layers },
    },
    history,
  }
}

/** Maps the engine's answer to our DTOs, then analyses it: base labels, history, pinning. */
export function readHostileImage(image: HostileImage, catalog: ReturnType<typeof loadCatalog>): unknown {
  const detail = toImageDetail(image.inspect, image.history)
  toImageSummary({ Id: image.inspect.Id, ParentId: '', RepoTags: image.inspect.RepoTags, RepoDigests: null, Created: 0, Size: 1, Labels: image.inspect.Config?.Labels ?? null }, detail.diffIds.length)
  return analyzeImage({ target: detail, local: [{ summary: detail.summary, diffIds: detail.diffIds }], catalog, now: new Date(0) })
}

export function fuzzImageMetadata(seed: number, count: number): FuzzReport {
  const random = createRandom(seed)
  const catalog = loadCatalog()
  return fuzz(
    'image labels and history', count,
    () => hostileImage(random),
    (image) => readHostileImage(image, catalog),
    (image) => JSON.stringify({ labels: image.inspect.Config?.Labels, tags: image.inspect.RepoTags }).slice(0, 2000),
  )
}
