import { ApiError } from '../../../shared/contract'
import type { FileFacts, ImageAnalysis, ImageDetail, ImageSummary, VariantAdvice } from '../../../shared/model'
import { parseReference } from '../../../shared/lib/image-reference'
import type { Catalog } from '../catalog/catalog'
import { borrowFigures, catalogueLines, detectedBase, officialSelf, type AdviceSubject } from './advice-subject'
import { deriveFacts } from './advisor-facts'
import { advise } from './advise'
import { withFileFacts } from './file-fact-evidence'
import { siblingToolsOf } from './sibling-tools'
import type { BuildLine } from './build-lines'
import { catalogueFigures, findLocal, withMeasured } from './size-figures'

export interface AdviseForImageInput {
  analysis: ImageAnalysis
  detail: ImageDetail
  /** Every local image (the list the image page already has): local variants are measured. */
  localImages: readonly ImageSummary[]
  catalog: Catalog
  /** People debug these containers in production: keep a shell (slim Debian over distroless). */
  debugInProduction?: boolean
  /** What a file-level scan of the image found, when one was made: measured libc and build tools. */
  fileFacts?: FileFacts | null
  /** The scan facts of any local image, when it was scanned: local siblings show their libc and shell. */
  scanFactsOf?: (imageId: string) => FileFacts | null
}

export interface AdviseForReferenceInput {
  /** A FROM reference or `suggest --from REF`: "python:3.12", "gcr.io/distroless/static-debian12". */
  reference: string
  localImages: readonly ImageSummary[]
  catalog: Catalog
  debugInProduction?: boolean
  /**
   * What the Dockerfile builds on that base, its build stages included (stage 'build'): the same
   * facts the image history gives. Absent for a bare reference.
   */
  lines?: readonly BuildLine[]
}

/** Advice for an analysed local image: about its base, or about itself when it is an official image. */
export function adviseForImage(input: AdviseForImageInput): VariantAdvice {
  const { detail, catalog } = input
  const subject = officialSelf(input.analysis, detail, catalog) ?? detectedBase(input.analysis, detail, input.localImages, catalog)
  const { entrypoint, cmd, env } = detail.config
  return adviseSubject(subject, input, entrypoint ?? cmd, env)
}

/** Advice for a reference alone (a Dockerfile's FROM, `suggest --from`): catalogue and local figures only. */
export function adviseForReference(input: AdviseForReferenceInput): VariantAdvice {
  const parsed = parseReference(input.reference)
  if (parsed.kind === 'invalid') {
    throw new ApiError('INVALID_INPUT', `Not a valid image reference: ${input.reference} (${parsed.reason})`)
  }
  if (parsed.kind === 'unresolved') {
    throw new ApiError(
      'INVALID_INPUT',
      `Not a valid image reference: ${input.reference} (it holds the build argument ${parsed.variables.join(', ')}, which has no value here)`,
    )
  }
  const reference = input.reference.trim()
  const entry = input.catalog.byReference(reference)
  const local = findLocal(reference, input.localImages)
  const catalogue = catalogueFigures(entry)
  const subject: AdviceSubject = {
    reference,
    entry,
    figures: local ? withMeasured(catalogue, local.sizeBytes) : catalogue,
    // The catalogue's ENV steps describe the tag as catalogued, not what a build pulls today.
    baseLines: catalogueLines(entry).filter((line) => line.instruction !== 'ENV'),
    workloadLines: [...(input.lines ?? [])],
    anchors: [{ reference, sizeBytes: local?.sizeBytes ?? null, imageId: local?.id ?? null, role: 'base' }],
    evidence: entry
      ? `${reference} is ${entry.resolvedTag} in the catalogue of official images (${input.catalog.platform}).`
      : `${reference} is not in the catalogue of official images${local ? '; a local image has that tag' : ''}.`,
  }
  return adviseSubject(subject, input, null, [])
}

interface Common {
  localImages: readonly ImageSummary[]
  catalog: Catalog
  debugInProduction?: boolean
  fileFacts?: FileFacts | null
  scanFactsOf?: (imageId: string) => FileFacts | null
}

function adviseSubject(subject: AdviceSubject, input: Common, entrypoint: readonly string[] | null, configEnv: readonly string[]): VariantAdvice {
  const derived = deriveFacts({
    reference: subject.reference,
    entry: subject.entry,
    baseLines: subject.baseLines,
    configEnv,
    catalog: input.catalog,
    workloadLines: subject.workloadLines,
    isWorkloadKnown: subject.workloadLines.length > 0,
    entrypoint,
    debugInProduction: input.debugInProduction ?? false,
  })
  const facts = withFileFacts(derived, input.fileFacts)
  const borrowed = subject.figures.shown === null ? borrowFigures(facts, input.catalog) : null
  const advice = advise({
    facts,
    current: { reference: subject.reference, figures: borrowed?.figures ?? subject.figures },
    catalog: input.catalog,
    localImages: input.localImages,
    anchors: subject.anchors,
    siblingTools: siblingToolsOf(input.catalog, input.scanFactsOf),
  })
  return { ...advice, evidence: [subject.evidence, ...(borrowed ? [borrowed.evidence] : []), ...advice.evidence] }
}
