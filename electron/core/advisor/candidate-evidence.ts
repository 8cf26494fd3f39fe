import { listText } from '../analysis/describe'
import type { AdvisorFacts } from './advisor-facts'
import type { Draft } from './draft'
import { LINELESS_VARIANTS, NEED_ROWS } from './decision-table'


/** The facts a candidate rests on (issue 16): every candidate carries at least its line and its size source. */
export function candidateEvidence(draft: Draft, facts: AdvisorFacts, currentReference: string | null): string[] {
  return [lineEvidence(draft, facts, currentReference), ...workloadEvidence(draft, facts), sizeEvidence(draft), ...splitEvidence(draft, facts, currentReference)]
}

function lineEvidence({ spec }: Draft, facts: AdvisorFacts, current: string | null): string {
  const base = facts.base
  const from = current ?? 'the current base'
  if (LINELESS_VARIANTS.has(spec.variant)) return `${spec.reference} is a runtime for a compiled program: it has no language or OS release line to keep.`
  if (spec.family !== base.family && base.family !== null && spec.line !== null) {
    return `${spec.reference} keeps the line ${spec.line} of ${from} (${base.family} -> ${spec.family}).`
  }
  const kept = [spec.line ?? base.tag?.channel, base.tag?.codename && spec.reference.includes(base.tag.codename) ? base.tag.codename : null,
    base.tag?.dateStamp && spec.reference.includes(base.tag.dateStamp) ? base.tag.dateStamp : null].filter(Boolean)
  return kept.length > 0
    ? `${spec.reference} keeps what ${from} promises: ${kept.join(', ')}.`
    : `${spec.reference} follows the same floating line as ${from} (no version in either tag).`
}

function workloadEvidence(draft: Draft, facts: AdvisorFacts): string[] {
  const { workload } = facts
  const sentences: string[] = []
  if (!workload.isKnown) sentences.push('Nothing is known of what runs on the base: only the tag\'s promises and the variant\'s contents were checked.')
  const glibc = workload.glibcNeeds.map((need) => need.what)
  if (draft.libc === 'glibc' && glibc.length > 0) sentences.push(`Has glibc, which ${listText(glibc)} needs.`)
  if (draft.libc === 'musl' && workload.isKnown) sentences.push('musl: nothing in sight needs glibc (no C extension, conda, cgo or glibc-built binary).')
  if (draft.libc === 'none' && workload.staticBinary) sentences.push(`No libc: ${workload.staticBinary}.`)
  const shellNeeds = workload.needs.filter((need) => NEED_ROWS[need.id].lacks.includes('shell'))
  if (draft.hasShell && shellNeeds.length > 0) {
    sentences.push(`Has ${draft.shell ?? 'a shell'}, which the image needs: ${listText(shellNeeds.map((need) => `${need.what} (${need.where})`))}.`)
  } else if (!draft.hasShell && workload.isKnown) {
    sentences.push('No shell: nothing in the final stage needs one (no RUN, no shell-form ENTRYPOINT, CMD or HEALTHCHECK, no script).')
  }
  return sentences
}

function sizeEvidence({ figures, spec, match }: Draft): string {
  const shown = figures.shown
  if (shown === null) return `No size is known for ${spec.reference}: neither a local image nor the catalogue has it.`
  if (shown.source === 'measured, on disk') return `Its size is measured: ${spec.reference} is on this machine.`
  const entry = match.entry
  const of = entry && entry.reference !== spec.reference ? `, the figures of ${entry.reference}` : ''
  return `Its size is the catalogue's (${shown.source})${of}.`
}

/** A final stage that compiles: the candidate is the run-time stage of a split, not a FROM swap. */
function splitEvidence({ spec }: Draft, facts: AdvisorFacts, current: string | null): string[] {
  const build = facts.workload.needs.find((need) => need.id === 'final-build')
  if (build === undefined) return []
  return [`${build.what} (${build.where}): use ${spec.reference} as the run-time stage of a multi-stage build, with ${current ?? 'the current base'} as the build stage; a bare FROM swap would break the build.`]
}
