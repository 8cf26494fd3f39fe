import type { DockerfileFinding } from '../../../shared/model/dockerfile'
import type { DockerfileModelShape } from './findings-model'
import { baseFindings } from './rules-base'
import { configFindings } from './rules-config'
import { runFindings } from './rules-run'

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const

/**
 * Findings of one rule a report lists before it sums up the rest: nobody reads a thousand times
 * that a RUN keeps the apt lists, and a generated file of 25,000 RUNs made 52,782 findings that
 * every view and export then carried.
 */
export const FINDINGS_PER_RULE = 1_000

/** Every finding of a parsed Dockerfile, in line order (errors first on the same line), at most FINDINGS_PER_RULE of a rule. */
export function dockerfileFindings(model: DockerfileModelShape): DockerfileFinding[] {
  const all = [...baseFindings(model), ...runFindings(model), ...configFindings(model)].sort(
    (a, b) => a.line - b.line || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  )
  return capPerRule(all)
}

/** The first FINDINGS_PER_RULE of each rule, then one finding (at the first one left out) saying how many more there are. */
function capPerRule(findings: DockerfileFinding[]): DockerfileFinding[] {
  const seen = new Map<DockerfileFinding['rule'], number>()
  for (const finding of findings) seen.set(finding.rule, (seen.get(finding.rule) ?? 0) + 1)
  if ([...seen.values()].every((count) => count <= FINDINGS_PER_RULE)) return findings
  const kept: DockerfileFinding[] = []
  const listed = new Map<DockerfileFinding['rule'], number>()
  for (const finding of findings) {
    const count = (listed.get(finding.rule) ?? 0) + 1
    listed.set(finding.rule, count)
    if (count <= FINDINGS_PER_RULE) kept.push(finding)
    else if (count === FINDINGS_PER_RULE + 1) kept.push(moreOf(finding, (seen.get(finding.rule) ?? count) - FINDINGS_PER_RULE))
  }
  return kept
}

function moreOf(first: DockerfileFinding, more: number): DockerfileFinding {
  return {
    rule: first.rule,
    severity: first.severity,
    line: first.line,
    message: `${more.toLocaleString('en-US')} more lines from here on have this finding (${first.rule}); only the first ${FINDINGS_PER_RULE.toLocaleString('en-US')} of a kind are listed: ${first.message}`,
  }
}
