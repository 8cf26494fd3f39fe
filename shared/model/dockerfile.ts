import type { PinningVerdict } from '../lib/pinning'
import type { VariantAdvice } from './advice'

export interface DockerfileStage {
  index: number
  /** `AS name`, null when unnamed. */
  name: string | null
  /** The FROM argument as written: "python:${PY:-3.12}-slim". */
  from: string
  /** With ARG defaults and BuildKit's platform ARGs applied; null when a variable has no value. */
  resolvedFrom: string | null
  /** `--platform=…` as written, null when absent. */
  platform: string | null
  /** FROM names an earlier stage (by name or index) rather than an image. */
  isStageRef: boolean
  /** 1-based line of the FROM. */
  line: number
  /** Pinning class of the resolved reference (digest … none, not-applicable for scratch/stages). */
  pinning: PinningVerdict
  pinningExplanation: string
}

/** One edge of the COPY --from graph: stage `toStage` copies from a stage or an external image. */
export interface CopyFromEdge {
  toStage: number
  /** As written after --from=. */
  from: string
  kind: 'stage-name' | 'stage-index' | 'image'
  /** The stage copied from, when it is one. */
  fromStage: number | null
  line: number
}

/** The Dockerfile rules (electron/core/dockerfile/rules-*.ts): stable ids, shown and exported as written. */
export type DockerfileRule =
  | 'untagged-base' | 'latest-tag' | 'not-digest-pinned' | 'unresolved-base' | 'full-final-base' | 'base-not-advisable'
  | 'add-remote-url' | 'no-user' | 'secret-in-env'
  | 'apt-no-recommends' | 'apt-lists-not-removed' | 'build-tools-in-final' | 'build-in-final-stage' | 'alpine-c-extensions'

export interface DockerfileFinding {
  rule: DockerfileRule
  severity: 'error' | 'warning' | 'info'
  /** 1-based. */
  line: number
  message: string
}

export interface DockerfileSuggestion {
  reference: string
  reason: string
}

export interface DockerfileAnalysis {
  stages: DockerfileStage[]
  copyFrom: CopyFromEdge[]
  /** Index of the final stage. */
  finalStage: number
  /** The external reference the final stage builds on, following stage references; "scratch"; null when unresolvable. */
  finalBase: string | null
  /** Why finalBase is null, in words; null otherwise. */
  finalBaseProblem: string | null
  /** Pinning class of finalBase. */
  pinning: PinningVerdict
  os: 'debian' | 'alpine' | 'ubuntu' | 'distroless' | 'scratch' | 'unknown'
  variant: 'full' | 'slim' | 'alpine' | 'distroless' | 'scratch' | 'other'
  findings: DockerfileFinding[]
  suggestions: DockerfileSuggestion[]
  /** The improved Dockerfile, whole; equal to the input when there is nothing to improve. */
  suggestedDockerfile: string
  /** Unified diff from the input to suggestedDockerfile ("" when equal). */
  suggestedDiff: string
  /** The variant advisor's view of the final base (null when there is no external base). */
  advice: VariantAdvice | null
  /** When the final base is present locally: its measured size and hierarchy. */
  localBase: { imageId: string; sizeBytes: number; hierarchy: string[] } | null
  /** Parser directives honoured: syntax, escape. */
  directives: { syntax: string | null; escape: string }
}
