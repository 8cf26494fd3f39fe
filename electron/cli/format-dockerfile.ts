import type { DockerfileAnalysis, DockerfileStage } from '../../shared/model'
import { formatBytes } from '../../shared/lib/bytes'
import { formatTable, oneLine } from './table'

function stageFrom(stage: DockerfileStage): string {
  if (stage.resolvedFrom === null) return `${stage.from} (unresolved)`
  return stage.resolvedFrom === stage.from ? stage.from : `${stage.from} -> ${stage.resolvedFrom}`
}

function stageRows(analysis: DockerfileAnalysis): string[][] {
  return analysis.stages.map((stage) => [
    `${stage.index}${stage.index === analysis.finalStage ? '*' : ''}`,
    stage.name ?? '',
    stageFrom(stage),
    stage.isStageRef ? 'stage' : stage.pinning,
    stage.platform ?? '',
    String(stage.line),
  ])
}

function baseLines(analysis: DockerfileAnalysis): string[] {
  const base = analysis.finalBase ?? `unresolved: ${analysis.finalBaseProblem ?? 'unknown reason'}`
  const lines = [`Final base: ${base} (pinning: ${analysis.pinning}, os: ${analysis.os}, variant: ${analysis.variant})`]
  const local = analysis.localBase
  if (local) lines.push(`  present locally: ${formatBytes(local.sizeBytes)}${local.hierarchy.length > 0 ? `, ${local.hierarchy.join(' -> ')}` : ''}`)
  return lines
}

/** `baseline dockerfile PATH`: the stages, the final base, findings by line, suggestions, the diff. */
export function formatDockerfileAnalysis(analysis: DockerfileAnalysis): string {
  const header = ['STAGE', 'NAME', 'FROM', 'PINNING', 'PLATFORM', 'LINE']
  const lines = [formatTable(header, stageRows(analysis)).trimEnd(), '', ...baseLines(analysis), '']
  if (analysis.findings.length === 0) lines.push('No findings.')
  else {
    lines.push('Findings:')
    const sorted = [...analysis.findings].sort((a, b) => a.line - b.line)
    for (const finding of sorted) lines.push(`  line ${finding.line}  ${finding.severity}  ${finding.rule}: ${oneLine(finding.message)}`)
  }
  if (analysis.suggestions.length > 0) {
    lines.push('', 'Suggestions:', ...analysis.suggestions.map((item) => `  ${item.reference}: ${oneLine(item.reason)}`))
  }
  lines.push('', analysis.suggestedDiff === '' ? 'Nothing to change in the Dockerfile.' : `Suggested Dockerfile (diff):\n${analysis.suggestedDiff.trimEnd()}`)
  return `${lines.join('\n')}\n`
}
