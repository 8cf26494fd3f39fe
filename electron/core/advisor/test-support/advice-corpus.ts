import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DockerfileAnalysis } from '../../../../shared/model'
import { EXPECTED, type ExpectedAdvice } from '../../../../test/fixtures/dockerfile-advice/expected'
import { loadCatalog } from '../../catalog/catalog'
import { analyzeDockerfile } from '../../dockerfile/analyze-dockerfile'

export const CORPUS_DIR = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'dockerfile-advice')
const catalog = loadCatalog()

export interface CorpusCase {
  expected: ExpectedAdvice
  analysis: DockerfileAnalysis
}

export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.Dockerfile')).sort()
}

/** Every Dockerfile of the corpus through the Dockerfile analysis and the advisor, as the app runs them. */
export function runCorpus(): CorpusCase[] {
  return EXPECTED.map((expected) => ({
    expected,
    analysis: analyzeDockerfile({ bytes: readFileSync(join(CORPUS_DIR, expected.file)), name: expected.file, localImages: [], catalog }),
  }))
}

/** What of the expected answer the analysis misses, in words; empty when it is met. */
export function missesOf({ expected, analysis }: CorpusCase): string[] {
  const advice = analysis.advice
  const misses: string[] = []
  const chosen = advice?.candidates.find((candidate) => candidate.recommended)?.reference ?? null
  if (chosen !== expected.recommended) misses.push(`recommends ${chosen ?? 'nothing'}, expected ${expected.recommended ?? 'nothing'}`)
  const why = [advice?.note ?? '', ...(advice?.excluded.map((item) => item.reason) ?? []), ...analysis.findings.map((item) => item.message)].join('\n')
  if (expected.because && !why.includes(expected.because)) misses.push(`no reason says "${expected.because}"`)
  for (const [reference, phrase] of expected.excluded ?? []) {
    const reason = advice?.excluded.find((item) => item.reference === reference)?.reason
    if (!reason?.includes(phrase)) misses.push(`${reference} is not ruled out for "${phrase}" (${reason ?? 'not excluded'})`)
  }
  const offered = new Set([...(advice?.candidates ?? []), ...(advice?.excluded ?? [])].map((item) => item.reference))
  for (const reference of expected.notOffered ?? []) if (offered.has(reference)) misses.push(`${reference} is offered`)
  if (expected.split) misses.push(...splitMisses(analysis.suggestedDockerfile, expected.split))
  return misses
}

function splitMisses(text: string, split: { build: string; runtime: string }): string[] {
  const froms = text.split(/\r?\n/).filter((line) => /^FROM\s/i.test(line))
  const [build, runtime] = froms
  const misses: string[] = []
  if (froms.length !== 2 || !build?.startsWith(`FROM ${split.build} AS `)) misses.push(`no build stage on ${split.build}: ${froms.join(' | ')}`)
  if (!runtime?.startsWith(`FROM ${split.runtime}`)) misses.push(`no run-time stage on ${split.runtime}: ${froms.join(' | ')}`)
  const runtimeStage = text.slice(text.lastIndexOf(runtime ?? '\0'))
  if (!/COPY --from=\w+/.test(runtimeStage)) misses.push('the run-time stage copies nothing from the build')
  if (!/^USER\s+\S/m.test(runtimeStage)) misses.push('the run-time stage runs as root')
  return misses
}
