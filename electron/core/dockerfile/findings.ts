import type { DockerfileFinding } from '../../../shared/model/dockerfile'
import type { DockerfileModelShape } from './findings-model'
import { baseFindings } from './rules-base'
import { configFindings } from './rules-config'
import { runFindings } from './rules-run'

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const

/** Every finding of a parsed Dockerfile, in line order (errors first on the same line). */
export function dockerfileFindings(model: DockerfileModelShape): DockerfileFinding[] {
  return [...baseFindings(model), ...runFindings(model), ...configFindings(model)].sort(
    (a, b) => a.line - b.line || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  )
}
