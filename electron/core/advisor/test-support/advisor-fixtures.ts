import type { ImageAnalysis, ImageDetail, ImageSummary, VariantAdvice, VariantCandidate } from '../../../../shared/model'
import { analyzeImage } from '../../analysis/analyze-image'
import { loadCatalog } from '../../catalog/catalog'
import { asLocal, extend, image, officialSteps, steps, type StepSpec } from '../../analysis/test-support/fixtures'
import { adviseForImage } from '../advise-entry'

export const catalog = loadCatalog()

export interface Built {
  detail: ImageDetail
  analysis: ImageAnalysis
}

export interface BuildSpec {
  /** A catalogue reference: its real history stands for the base's layers. */
  base: string
  own: StepSpec[]
  tags?: string[]
  entrypoint?: string[] | null
  cmd?: string[] | null
  /** Other local images (the base itself, siblings …), as the analysis sees them. */
  local?: ImageDetail[]
  name?: string
}

/** An image built on an official base, analysed the way the app analyses it. */
export function built(spec: BuildSpec): Built {
  const name = spec.name ?? `app-on-${spec.base}`
  const history = extend(officialSteps(spec.base, `${name}-base`), steps(spec.own, name))
  const plain = image({ name, history, tags: spec.tags ?? [`shop/${name.replace(/[^a-z0-9]+/g, '-')}:1.0`] })
  const detail: ImageDetail = { ...plain, config: { ...plain.config, entrypoint: spec.entrypoint ?? null, cmd: spec.cmd ?? null } }
  const local = [...(spec.local ?? []), detail].map((item) => asLocal(item))
  return { detail, analysis: analyzeImage({ target: detail, local, catalog }) }
}

export interface AdviceOptions {
  localImages?: readonly ImageSummary[]
  debugInProduction?: boolean
}

export function adviceFor(subject: Built, options: AdviceOptions = {}): VariantAdvice {
  return adviseForImage({
    analysis: subject.analysis,
    detail: subject.detail,
    localImages: options.localImages ?? [subject.detail.summary],
    catalog,
    debugInProduction: options.debugInProduction ?? false,
  })
}

export function recommended(advice: VariantAdvice): VariantCandidate | null {
  return advice.candidates.find((candidate) => candidate.recommended) ?? null
}

export function candidate(advice: VariantAdvice, reference: string): VariantCandidate | null {
  return advice.candidates.find((item) => item.reference === reference) ?? null
}

export function exclusion(advice: VariantAdvice, reference: string): string | null {
  return advice.excluded.find((item) => item.reference === reference)?.reason ?? null
}

/** A local image summary with a measured size: what `images.list` hands over. */
export function localSummary(id: string, tags: string[], sizeBytes: number): ImageSummary {
  return { id, tags, repoDigests: [], isDangling: false, sizeBytes, createdAt: '2026-10-01T09:00:00.000Z', layerCount: 1, labels: {} }
}

export const run = (command: string, sizeBytes = 10_000_000): StepSpec => ({ createdBy: `RUN /bin/sh -c ${command} # buildkit`, sizeBytes })
export const meta = (text: string): StepSpec => ({ createdBy: text, isEmpty: true })
export const copy = (text: string, sizeBytes = 5_000_000): StepSpec => ({ createdBy: `COPY ${text} # buildkit`, sizeBytes })
