import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../shared/contract/errors'
import { decodeDockerfile } from './input'
import { buildDockerfileModel } from './model'

const FIXTURES = join(__dirname, '../../../test/fixtures/dockerfiles')

// Every fixture, with what a user sees about its final base.
const expected: Record<string, { stages: number; finalBase: string | null; pinning: string; os: string; variant: string }> = {
  'add-remote-url': { stages: 1, finalBase: "alpine:3.19", pinning: 'minor', os: 'alpine', variant: 'alpine' },
  'alpine-with-numpy': { stages: 1, finalBase: "python:3.12-alpine", pinning: 'minor', os: 'alpine', variant: 'alpine' },
  'apt-without-no-install-recommends': { stages: 1, finalBase: "debian:bookworm", pinning: 'floating-named', os: 'debian', variant: 'full' },
  'arg-nested-defaults': { stages: 1, finalBase: "python:3.12-slim", pinning: 'minor', os: 'debian', variant: 'slim' },
  'arg-quoted-default': { stages: 1, finalBase: "node:20.6-bookworm-slim", pinning: 'minor', os: 'debian', variant: 'slim' },
  'arg-plus-alternative': { stages: 1, finalBase: "python:3.12-slim", pinning: 'minor', os: 'debian', variant: 'slim' },
  'arg-unresolved': { stages: 1, finalBase: null, pinning: 'unresolved', os: 'unknown', variant: 'other' },
  'bom-and-crlf': { stages: 1, finalBase: "debian:bookworm-slim", pinning: 'floating-named', os: 'debian', variant: 'slim' },
  'build-tools-in-final-stage': { stages: 1, finalBase: "ubuntu:22.04", pinning: 'minor', os: 'ubuntu', variant: 'full' },
  'continuation-with-comments': { stages: 1, finalBase: "debian:12", pinning: 'major', os: 'debian', variant: 'full' },
  'copy-from-external-image': { stages: 1, finalBase: "python:3.12-slim", pinning: 'minor', os: 'debian', variant: 'slim' },
  'copy-from-index': { stages: 2, finalBase: "node:20-slim", pinning: 'major', os: 'debian', variant: 'slim' },
  'copy-from-later-stage-name-is-image': { stages: 2, finalBase: "alpine:3.20", pinning: 'minor', os: 'alpine', variant: 'alpine' },
  'dated-tag': { stages: 1, finalBase: "ubuntu:jammy-20240125", pinning: 'exact', os: 'ubuntu', variant: 'full' },
  'digest-pinned': { stages: 1, finalBase: "python:3.12-slim@sha256:2e1a4b9d3c6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b", pinning: 'digest', os: 'debian', variant: 'slim' },
  'final-stage-is-stage-ref-chain': { stages: 3, finalBase: "node:22-slim", pinning: 'major', os: 'debian', variant: 'slim' },
  'go-scratch-final': { stages: 2, finalBase: "scratch", pinning: 'not-applicable', os: 'scratch', variant: 'scratch' },
  'heredoc': { stages: 1, finalBase: "debian:bookworm-slim", pinning: 'floating-named', os: 'debian', variant: 'slim' },
  'java-maven-temurin': { stages: 2, finalBase: "eclipse-temurin:21-jre", pinning: 'major', os: 'ubuntu', variant: 'slim' },
  'latest': { stages: 1, finalBase: "ubuntu:latest", pinning: 'latest', os: 'ubuntu', variant: 'full' },
  'lowercase-instructions': { stages: 2, finalBase: "ruby:3.3-alpine", pinning: 'minor', os: 'alpine', variant: 'alpine' },
  'multi-stage-copy-from-name': { stages: 2, finalBase: "alpine:3.20", pinning: 'minor', os: 'alpine', variant: 'alpine' },
  'nginx-static': { stages: 2, finalBase: "nginx:stable", pinning: 'floating-named', os: 'debian', variant: 'full' },
  'no-trailing-newline': { stages: 1, finalBase: "alpine:3.20", pinning: 'minor', os: 'alpine', variant: 'alpine' },
  'no-user': { stages: 1, finalBase: "python:3.11-slim-bookworm", pinning: 'minor', os: 'debian', variant: 'slim' },
  'node-express': { stages: 1, finalBase: "node:22-alpine", pinning: 'major', os: 'alpine', variant: 'alpine' },
  'php-apache': { stages: 1, finalBase: "php:8.3-apache", pinning: 'minor', os: 'debian', variant: 'full' },
  'platform-buildplatform': { stages: 2, finalBase: "gcr.io/distroless/static-debian12:nonroot", pinning: 'floating-named', os: 'debian', variant: 'distroless' },
  'platform-in-from-reference': { stages: 1, finalBase: "debian:bookworm-amd64-slim", pinning: 'floating-named', os: 'debian', variant: 'slim' },
  'private-registry-untagged': { stages: 1, finalBase: "registry.example.com:5000/team/base", pinning: 'none', os: 'unknown', variant: 'other' },
  'python-django': { stages: 1, finalBase: "python:3.12", pinning: 'minor', os: 'debian', variant: 'full' },
  'ruby-rails': { stages: 1, finalBase: "ruby:3.3.4-slim", pinning: 'exact', os: 'debian', variant: 'slim' },
  'rust-distroless-final': { stages: 2, finalBase: "gcr.io/distroless/cc-debian12", pinning: 'none', os: 'debian', variant: 'distroless' },
  'secret-in-env-arg': { stages: 1, finalBase: "node:18-bullseye-slim", pinning: 'major', os: 'debian', variant: 'slim' },
  'stage-reused-as-base': { stages: 3, finalBase: "python:3.12-slim", pinning: 'minor', os: 'debian', variant: 'slim' },
  'syntax-directive': { stages: 1, finalBase: "nginx:1.27-alpine", pinning: 'minor', os: 'alpine', variant: 'alpine' },
  'untagged': { stages: 1, finalBase: "node", pinning: 'none', os: 'debian', variant: 'full' },
  'windows-escape-directive': { stages: 1, finalBase: "mcr.microsoft.com/windows/servercore:ltsc2022", pinning: 'floating-named', os: 'unknown', variant: 'other' },
}

function modelOf(name: string): ReturnType<typeof buildDockerfileModel> {
  return buildDockerfileModel(decodeDockerfile(readFileSync(join(FIXTURES, `${name}.Dockerfile`)), name))
}

describe('buildDockerfileModel over the fixtures', () => {
  const files = readdirSync(FIXTURES).filter((file) => file.endsWith('.Dockerfile'))

  it('has an expectation for every fixture, and at least 30 of them', () => {
    expect(files.length).toBeGreaterThanOrEqual(30)
    expect(files.map((file) => file.replace(/\.Dockerfile$/, '')).sort()).toEqual(Object.keys(expected).sort())
  })

  it.each(Object.entries(expected))('%s', (name, want) => {
    const model = modelOf(name)
    expect({
      stages: model.stages.length, finalBase: model.finalBase, pinning: model.pinning, os: model.os, variant: model.variant,
    }).toEqual(want)
    expect(model.finalStage).toBe(model.stages.length - 1)
  })
})

describe('buildDockerfileModel details', () => {
  it('follows a stage reused as a base, matching its name case-insensitively', () => {
    const model = modelOf('stage-reused-as-base')
    expect(model.stages.map((stage) => [stage.isStageRef, stage.parentStage, stage.pinning])).toEqual([
      [false, null, 'minor'], [true, 0, 'not-applicable'], [true, 0, 'not-applicable'],
    ])
    expect(model.copyFrom).toEqual([{ toStage: 2, from: 'builder', kind: 'stage-name', fromStage: 1, line: 11 }])
  })

  it('tells COPY --from by index and by external image apart', () => {
    expect(modelOf('copy-from-index').copyFrom).toEqual([{ toStage: 1, from: '0', kind: 'stage-index', fromStage: 0, line: 8 }])
    expect(modelOf('copy-from-external-image').copyFrom.map((edge) => [edge.kind, edge.fromStage])).toEqual([['image', null], ['image', null]])
  })

  it('resolves nested ARG defaults and keeps the FROM as written', () => {
    const [stage] = modelOf('arg-nested-defaults').stages
    expect(stage?.from).toBe('${BASE}')
    expect(stage?.resolvedFrom).toBe('python:3.12-slim')
  })

  it('resolves --platform=$BUILDPLATFORM with the automatic platform ARGs', () => {
    const [build] = modelOf('platform-buildplatform').stages
    expect(build?.platform).toBe('$BUILDPLATFORM')
    expect(build?.resolvedPlatform).toBe('linux/amd64')
  })

  it('says plainly why an ARG without a value leaves the base unknown', () => {
    const model = modelOf('arg-unresolved')
    expect(model.stages[0]?.resolvedFrom).toBeNull()
    expect(model.finalBaseProblem).toContain('BASE_IMAGE')
    expect(model.stages[0]?.pinningExplanation).toContain('BASE_IMAGE')
  })

  it('honours parser directives and the backtick escape', () => {
    const model = modelOf('windows-escape-directive')
    expect(model.directives).toEqual({ syntax: null, escape: '`' })
    const run = model.instructions.find((instruction) => instruction.keyword === 'RUN')
    expect(run?.text).toBe('New-Item -ItemType Directory C:\\app ; Set-Location C:\\app')
    expect(modelOf('syntax-directive').directives.syntax).toBe('docker/dockerfile:1.7')
  })

  it('joins continuation lines and drops the comment lines inside them', () => {
    const run = modelOf('continuation-with-comments').instructions.find((instruction) => instruction.keyword === 'RUN')
    expect(run?.line).toBe(2)
    expect(run?.text).toBe('apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*')
  })

  it('does not read a FROM inside a heredoc body as an instruction', () => {
    const model = modelOf('heredoc')
    expect(model.stages).toHaveLength(1)
    expect(model.instructions.map((instruction) => instruction.keyword)).toEqual(['FROM', 'RUN', 'COPY', 'USER'])
    expect(model.instructions.at(-1)?.line).toBe(14)
  })

  it('uppercases lowercase keywords and numbers lines from 1', () => {
    const model = modelOf('lowercase-instructions')
    expect(model.instructions[0]).toMatchObject({ keyword: 'FROM', line: 1, stage: 0 })
    expect(model.stages[0]?.name).toBe('build')
  })

  it('puts global ARGs in no stage', () => {
    const model = modelOf('ruby-rails')
    expect(model.instructions[0]).toMatchObject({ keyword: 'ARG', stage: null, line: 1 })
    expect(model.globalArgs.RUBY_VERSION).toBe('3.3.4')
  })

  it('refuses text with no FROM', () => {
    expect(() => buildDockerfileModel('# FROM python:3.12\nRUN echo hi\n')).toThrow(
      new ApiError('INVALID_INPUT', 'No FROM instruction: this is not a Dockerfile (or its FROM lines are all commented out).'),
    )
  })

  it('refuses a FROM with no argument, naming its line', () => {
    expect(() => buildDockerfileModel('FROM alpine:3.20 AS a\n\nFROM\nRUN true\n')).toThrow('Line 3: FROM needs an image.')
    expect(() => buildDockerfileModel('FROM --platform=linux/amd64\n')).toThrow('Line 1: FROM needs an image.')
  })
})
