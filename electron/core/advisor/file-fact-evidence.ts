import type { FileFacts } from '../../../shared/model'
import { formatBytes } from '../../../shared/lib/bytes'
import type { AdvisorFacts } from './advisor-facts'

/**
 * What a file-level scan measured outranks what names and history suggest: the libc the image
 * really carries, and the build tools left in its final filesystem, with what they cost.
 */
export function withFileFacts(facts: AdvisorFacts, files: FileFacts | null | undefined): AdvisorFacts {
  if (!files) return facts
  const evidence: string[] = []
  let base = facts.base
  if (files.libc !== 'unknown') {
    if (base.libc !== null && base.libc !== files.libc) {
      evidence.push(`The file scan finds ${libcWords(files.libc)} in the image, not ${base.libc} as its base's name suggests: the scan is what the image holds.`)
    } else if (base.libc === null) {
      evidence.push(`The file scan finds ${libcWords(files.libc)} in the image.`)
    }
    base = { ...base, libc: files.libc }
  }
  for (const compiler of files.compilers) {
    evidence.push(`${compiler.name} is in the final image: ${formatBytes(compiler.sizeBytes)} (/${compiler.path}); a build stage would leave it behind.`)
  }
  if (files.headers.fileCount > 0) {
    evidence.push(`C headers are in the final image: ${files.headers.fileCount} files, ${formatBytes(files.headers.sizeBytes)} under /usr/include.`)
  }
  if (files.shell === null) evidence.push('The file scan finds no shell in the final image.')
  return { ...facts, base, evidence: [...facts.evidence, ...evidence] }
}

function libcWords(libc: Exclude<FileFacts['libc'], 'unknown'>): string {
  return libc === 'none' ? 'no C library (static binaries only)' : libc
}
