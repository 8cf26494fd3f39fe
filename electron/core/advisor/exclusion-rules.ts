import { classifyPinning } from '../../../shared/lib/pinning'
import type { BaseIdentity } from './base-identity'
import type { CandidateSpec } from './candidate-tags'
import { LACK_TEXT, LINELESS_VARIANTS, NEED_ROWS, type Lack, type Need } from './decision-table'
import { DISTROLESS_PYTHON_LINE } from './families'

/** What a candidate carries, as far as the decision table asks. */
export interface CandidateTools {
  spec: CandidateSpec
  libc: string | null
  hasShell: boolean
  hasBash: boolean
}

/** Whether the candidate lacks what `lack` names; 'compiler' never excludes (it asks for a split). */
function lacks(candidate: CandidateTools, lack: Lack): boolean {
  switch (lack) {
    case 'glibc': return candidate.libc === 'musl'
    case 'libc': return candidate.libc === 'none'
    case 'shell': return !candidate.hasShell
    case 'bash': return candidate.hasShell && !candidate.hasBash
    case 'compiler': return false
  }
}

/**
 * The first need of the decision table the candidate cannot meet, in words; null when it meets
 * them all. A build-stage candidate (golang:1.26-alpine AS build) runs nothing at run time, and
 * what a final stage compiles on musl runs on musl: those needs do not apply.
 */
export function needExclusion(candidate: CandidateTools, needs: readonly Need[], baseLibc: string | null): string | null {
  if (candidate.spec.role === 'build') return null
  for (const need of needs) {
    const applies = (lack: Lack): boolean => !(need.id === 'final-build' && lack === 'glibc' && baseLibc === 'musl')
    const lack = NEED_ROWS[need.id].lacks.find((item) => applies(item) && lacks(candidate, item))
    if (lack === undefined) continue
    return `${need.what} (${need.where}): ${NEED_ROWS[need.id].because}; ${candidate.spec.reference} ${LACK_TEXT[lack]}.`
  }
  return null
}


/**
 * A candidate that would change the release line the current tag promises (issue 16, class 4):
 * an exact or date-stamped tag kept only by a tag that spells the same version or stamp; a Python
 * line other than the one distroless python3 carries. Null when the line is kept.
 */
export function releaseLineBreak(spec: CandidateSpec, base: BaseIdentity): string | null {
  if (LINELESS_VARIANTS.has(spec.variant)) return null
  const current = base.reference ?? 'the current base'
  if (spec.family === 'python' && spec.variant === 'distroless') {
    const line = base.versionLine
    if (line !== DISTROLESS_PYTHON_LINE && !(line ?? '').startsWith(`${DISTROLESS_PYTHON_LINE}.`)) {
      return `It carries Debian 12's Python ${DISTROLESS_PYTHON_LINE}, and ${current} is on ${line === null ? 'the newest Python' : `Python ${line}`}: the switch would change the release line.`
    }
  }
  const stamp = base.tag?.dateStamp ?? null
  if (stamp !== null && !spec.reference.includes(stamp)) {
    return `${current} is the build of ${stamp}; ${spec.reference} is not of that date: it would change the line the tag keeps.`
  }
  const exact = base.reference !== null && classifyPinning(base.reference).class === 'exact' ? base.tag?.version ?? null : null
  // Moving off a deprecated Java image keeps the major: the JRE of another maintainer has its own builds.
  if (exact !== null && !spec.reference.includes(`:${exact}`) && spec.family === base.family) {
    return `${current} pins the exact version ${exact}; ${spec.reference} follows a whole release line: pinning it would change what runs.`
  }
  return null
}
