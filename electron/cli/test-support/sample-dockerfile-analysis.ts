import type { DockerfileAnalysis } from '../../../shared/model'

/** A two-stage Go build on an unpinned final base, as the analysis reports it. */
export const sampleDockerfileAnalysis: DockerfileAnalysis = {
  stages: [
    { index: 0, name: 'build', from: 'golang:${GO:-1.22}', resolvedFrom: 'golang:1.22', platform: '$BUILDPLATFORM', isStageRef: false, line: 2, pinning: 'minor', pinningExplanation: '' },
    { index: 1, name: null, from: 'alpine', resolvedFrom: 'alpine', platform: null, isStageRef: false, line: 4, pinning: 'none', pinningExplanation: '' },
  ],
  copyFrom: [{ toStage: 1, from: 'build', kind: 'stage-name', fromStage: 0, line: 5 }],
  finalStage: 1,
  finalBase: 'alpine',
  finalBaseProblem: null,
  pinning: 'none',
  os: 'alpine',
  variant: 'alpine',
  findings: [
    { rule: 'no-user', severity: 'warning', line: 4, message: 'The final stage runs as root.' },
    { rule: 'untagged-base', severity: 'warning', line: 4, message: 'alpine has no tag: it means latest.' },
  ],
  suggestions: [{ reference: 'alpine:3.20', reason: 'Pin the base.' }],
  suggestedDockerfile: 'FROM alpine:3.20\n',
  suggestedDiff: '--- Dockerfile\n+++ Dockerfile (suggested)\n@@ -4 +4 @@\n-FROM alpine\n+FROM alpine:3.20\n',
  advice: null,
  localBase: null,
  directives: { syntax: null, escape: '\\' },
}
