import { createHash } from 'node:crypto'
import type { HistoryStep, ImageDetail } from '../../../../shared/model'
import { parseCreatedBy } from '../../images/parse-created-by'
import { loadCatalog } from '../../catalog/catalog'
import type { LocalImage } from '../local-images'

/** A content address made from a seed: the same seed, the same "layer" or "image". */
export function fakeId(seed: string): string {
  return `sha256:${createHash('sha256').update(seed).digest('hex')}`
}

export interface StepSpec {
  /** As the image config records it: "RUN x # buildkit", "ENV A=b", "/bin/sh -c #(nop)  CMD …". */
  createdBy: string
  isEmpty?: boolean
  sizeBytes?: number
  createdAt?: string | null
}

/**
 * Steps as the images service hands them over: created_by read by parse-created-by, each
 * non-empty step with its own layer. `build` seeds the diff IDs, so two builds of the same steps
 * get other layers, as a real rebuild does.
 */
export function steps(specs: readonly StepSpec[], build: string, at = '2026-09-01T10:00:00.000Z'): HistoryStep[] {
  return specs.map((spec, index) => {
    const parsed = parseCreatedBy(spec.createdBy)
    const isEmpty = spec.isEmpty ?? false
    return {
      step: index + 1,
      instruction: parsed.instruction,
      createdBy: parsed.createdBy,
      sizeBytes: isEmpty ? 0 : (spec.sizeBytes ?? 1_000_000),
      isEmpty,
      createdAt: spec.createdAt === undefined ? at : spec.createdAt,
      comment: null,
      diffId: isEmpty ? null : fakeId(`${build}/layer/${index}`),
      tags: [],
    }
  })
}

/** `base`'s steps (its very layers) followed by `more`, renumbered. */
export function extend(base: readonly HistoryStep[], more: readonly HistoryStep[]): HistoryStep[] {
  return [...base, ...more].map((step, index) => ({ ...step, step: index + 1 }))
}

/**
 * The real history of an official image from the catalogue. With `base`, the base's steps (and
 * layers) stand for the first ones, which must be the same commands: python:3.12-slim on a local
 * debian:trixie-slim. The bytes of the new layers add up to the catalogue's size.
 */
export function officialSteps(reference: string, build: string, base: readonly HistoryStep[] = [], at?: string): HistoryStep[] {
  const entry = loadCatalog().byReference(reference)
  if (entry === null) throw new Error(`no catalogue entry ${reference}`)
  const rest = entry.history.slice(base.length)
  const baseBytes = base.reduce((sum, step) => sum + step.sizeBytes, 0)
  const layers = rest.filter((step) => !step.isEmpty).length
  const perLayer = Math.round(((entry.sizeBytes ?? 0) - baseBytes) / Math.max(1, layers))
  const specs = rest.map((step) => ({ createdBy: step.createdBy, isEmpty: step.isEmpty, sizeBytes: perLayer }))
  return extend(base, steps(specs, build, at))
}

/** A typical application on top of `base`: WORKDIR, COPY, RUN pip install, COPY, CMD. */
export function appSteps(base: readonly HistoryStep[], build: string, at = '2026-10-01T09:00:00.000Z'): HistoryStep[] {
  return extend(
    base,
    steps(
      [
        { createdBy: 'WORKDIR /app', isEmpty: true },
        { createdBy: 'COPY requirements.txt . # buildkit', sizeBytes: 1_200 },
        { createdBy: 'RUN /bin/sh -c pip install --no-cache-dir -r requirements.txt # buildkit', sizeBytes: 48_000_000 },
        { createdBy: 'COPY . . # buildkit', sizeBytes: 350_000 },
        { createdBy: 'CMD ["python" "app.py"]', isEmpty: true },
      ],
      build,
      at,
    ),
  )
}

export interface ImageSpec {
  name: string
  history: HistoryStep[]
  tags?: string[]
  labels?: Record<string, string>
  repoDigests?: string[]
  createdAt?: string
  isDangling?: boolean
}

export function image(spec: ImageSpec): ImageDetail {
  const diffIds = spec.history.flatMap((step) => (step.diffId === null ? [] : [step.diffId]))
  const tags = spec.tags ?? []
  return {
    summary: {
      id: fakeId(`image/${spec.name}`),
      tags,
      repoDigests: spec.repoDigests ?? [],
      isDangling: spec.isDangling ?? (tags.length === 0 && (spec.repoDigests ?? []).length === 0),
      sizeBytes: spec.history.reduce((sum, step) => sum + step.sizeBytes, 0),
      createdAt: spec.createdAt ?? spec.history[spec.history.length - 1]?.createdAt ?? '2026-09-01T10:00:00.000Z',
      layerCount: diffIds.length,
      labels: spec.labels ?? {},
    },
    contentBytes: null,
    platforms: [],
    architecture: 'amd64',
    os: 'linux',
    variant: null,
    author: null,
    config: { user: null, workingDir: null, entrypoint: null, cmd: null, env: [], exposedPorts: [] },
    diffIds,
    history: spec.history,
    alignment: 'exact',
  }
}

/** The same image as the local-image list carries it; with its history only when asked. */
export function asLocal(detail: ImageDetail, withHistory = false): LocalImage {
  return { summary: detail.summary, diffIds: detail.diffIds, ...(withHistory ? { history: detail.history } : {}) }
}

/** Retags (or untags) an image, as `docker tag` / `docker rmi` of a tag would. */
export function retag(detail: ImageDetail, tags: string[]): ImageDetail {
  return { ...detail, summary: { ...detail.summary, tags, isDangling: tags.length === 0 } }
}
