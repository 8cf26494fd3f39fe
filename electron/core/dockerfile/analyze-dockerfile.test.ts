import { describe, expect, it } from 'vitest'
import { loadCatalog } from '../catalog/catalog'
import { analyzeDockerfile } from './analyze-dockerfile'

const catalog = loadCatalog()
const analyze = (text: string, localBaseOf?: Parameters<typeof analyzeDockerfile>[0]['localBaseOf']) =>
  analyzeDockerfile({ bytes: Buffer.from(text), localImages: [], catalog, localBaseOf })
const rules = (text: string) => analyze(text).findings.map((f) => `${f.line}:${f.rule}`)

describe('findings', () => {
  it('flags untagged and latest bases, and every external FROM not pinned by digest', () => {
    expect(rules('FROM node AS a\nFROM python:latest\nUSER 1\n')).toEqual([
      '1:untagged-base', '1:not-digest-pinned', '2:latest-tag', '2:full-final-base', '2:not-digest-pinned',
    ])
  })

  it('says nothing about pinning for a digest-pinned base or scratch', () => {
    const digest = 'sha256:' + 'a'.repeat(64)
    expect(rules(`FROM alpine:3.20@${digest}\nUSER 1\n`)).toEqual([])
    expect(rules('FROM scratch\nCOPY app /\nUSER 65532\n')).toEqual([])
  })

  it('flags a full image in the final stage and build tools without a build stage', () => {
    const found = rules('FROM python:3.12\nRUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev && rm -rf /var/lib/apt/lists/*\nUSER app\n')
    expect(found).toEqual(['1:full-final-base', '1:not-digest-pinned', '2:build-tools-in-final'])
  })

  it('does not flag build tools when an earlier stage does the build', () => {
    const text = 'FROM python:3.12 AS build\nRUN apt-get install -y --no-install-recommends gcc && rm -rf /var/lib/apt/lists/*\nFROM python:3.12-slim\nCOPY --from=build /app /app\nUSER 1\n'
    expect(rules(text).filter((r) => r.includes('build-tools'))).toEqual([])
  })

  it('flags apt-get without --no-install-recommends and without removing the lists', () => {
    expect(rules('FROM debian:12-slim\nRUN apt-get update \\\n    # tools\n    && apt-get install -y curl\nUSER 1\n')).toContain('2:apt-no-recommends')
    expect(rules('FROM debian:12-slim\nRUN apt-get install -y curl\nUSER 1\n')).toContain('2:apt-lists-not-removed')
  })

  it('flags C extensions on Alpine', () => {
    expect(rules('FROM python:3.12-alpine\nRUN pip install numpy pandas\nUSER 1\n')).toContain('2:alpine-c-extensions')
  })

  it('flags ADD of a URL, a missing or root USER, and secrets with a value', () => {
    const found = rules('FROM debian:12-slim\nADD https://example.com/x.tgz /x\nARG GITHUB_TOKEN=abc\nARG NPM_TOKEN\nENV DB_PASSWORD=hunter2 PASSWORD_FILE=/run/p\nUSER root\n')
    expect(found).toEqual(expect.arrayContaining(['2:add-remote-url', '3:secret-in-env', '5:secret-in-env', '6:no-user']))
    expect(found.filter((r) => r === '5:secret-in-env')).toHaveLength(1)
    expect(found).not.toContain('4:secret-in-env')
    expect(rules('FROM debian:12-slim\nCMD ["x"]\n')).toContain('1:no-user')
  })

  it('records an unresolvable final base as a finding, not a crash', () => {
    const analysis = analyze('ARG BASE\nFROM $BASE\nUSER 1\n')
    expect(analysis.advice).toBeNull()
    expect(analysis.findings.map((f) => `${f.line}:${f.rule}`)).toEqual(['2:unresolved-base'])
  })
})

describe('suggestions and the rewrite', () => {
  it('swaps a full final base for the advised variant and shows it as a diff', () => {
    const analysis = analyze('FROM python:3.12\r\nCOPY . /app\r\nCMD ["python", "/app/main.py"]\r\n')
    expect(analysis.advice).not.toBeNull()
    expect(analysis.suggestions.length).toBeGreaterThan(0)
    expect(analysis.suggestedDockerfile).toMatch(/^FROM python:3\.12-(slim|alpine)|^FROM gcr\.io\/distroless/)
    expect(analysis.suggestedDockerfile).toContain('USER 65532\r\nCMD ["python", "/app/main.py"]\r\n')
    expect(analysis.suggestedDiff).toContain('--- a/Dockerfile')
  })

  it('tidies apt-get installs and keeps comments and unrelated lines', () => {
    const text = '# syntax=docker/dockerfile:1\nFROM debian:12-slim\n# install curl\nRUN apt-get update && apt-get install -y curl\nUSER 1'
    const lines = analyze(text).suggestedDockerfile.split('\n')
    expect(lines[0]).toBe('# syntax=docker/dockerfile:1')
    expect(lines.slice(-3)).toEqual(['# install curl', 'RUN apt-get update && apt-get install --no-install-recommends -y curl && rm -rf /var/lib/apt/lists/*', 'USER 1'])
  })

  it('adds a build stage when build tools sit in the only stage', () => {
    const text = 'FROM python:3.12\nWORKDIR /src\nRUN apt-get update && apt-get install -y --no-install-recommends gcc && rm -rf /var/lib/apt/lists/* && pip install psycopg2\nCMD ["python", "app.py"]\n'
    const out = analyze(text).suggestedDockerfile
    expect(out.startsWith('FROM python:3.12 AS build\n')).toBe(true)
    expect(out).toContain('COPY --from=build /src /src')
    expect(out.match(/^FROM /gm)).toHaveLength(2)
    expect(out.endsWith('CMD ["python", "app.py"]\n')).toBe(true)
  })

  it('pins a latest base and flags a floating advised tag with a comment', () => {
    const out = analyze('FROM python:latest\nUSER 1\n').suggestedDockerfile
    expect(out).not.toContain('FROM python:latest')
    expect(out).toMatch(/^# Pin python:\S+ to a version tag/)
  })

  it('keeps a continuation with a comment line inside and the Windows escape', () => {
    const text = '# escape=`\r\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\r\nRUN apt-get update `\r\n    # packages`\r\n    && apt-get install -y --no-install-recommends curl\r\nUSER 1\r\n'
    const out = analyze(text).suggestedDockerfile
    expect(out).toContain('    && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\r\nUSER 1\r\n')
    expect(out).toContain('    # packages`\r\n')
  })

  it('leaves a Dockerfile with nothing to improve unchanged', () => {
    const text = `FROM gcr.io/distroless/static-debian12:nonroot@sha256:${'b'.repeat(64)}\nCOPY app /app\nENTRYPOINT ["/app"]\n`
    const analysis = analyze(text)
    expect(analysis.suggestedDockerfile).toBe(text)
    expect(analysis.suggestedDiff).toBe('')
  })

  it('shows the local base when the final base is present locally', () => {
    const local = { imageId: 'sha256:1', sizeBytes: 10, hierarchy: ['debian:12-slim'] }
    expect(analyze('FROM debian:12-slim\nUSER 1\n', () => local).localBase).toEqual(local)
  })
})

describe('a generated Dockerfile of thousands of lines', () => {
  const runs = Array.from({ length: 2_500 }, (_, i) => `# step ${i}\nRUN apt-get install -y pkg${i}\n`).join('')
  const analysis = analyze(`FROM debian:bookworm-slim\nUSER 1\n${runs}`)

  it('lists the first 1,000 findings of a rule, then one that counts the rest', () => {
    const lists = analysis.findings.filter((f) => f.rule === 'apt-lists-not-removed')
    expect(lists).toHaveLength(1_001)
    expect(lists[1_000]).toMatchObject({ line: 2_004, severity: 'info' })
    expect(lists[1_000]?.message).toMatch(/^1,500 more lines from here on have this finding \(apt-lists-not-removed\); only the first 1,000 of a kind are listed/)
  })

  it('diffs each rewritten RUN between the lines it kept, not the whole file replaced', () => {
    const diff = analysis.suggestedDiff
    expect(diff).toContain(' # step 0\n-RUN apt-get install -y pkg0\n+RUN apt-get install --no-install-recommends -y pkg0 && rm -rf /var/lib/apt/lists/*\n # step 1\n')
    expect(diff.match(/^-RUN /gm)).toHaveLength(2_500)
    expect(diff.match(/^-# step/gm)).toBeNull()
  })
})
