import { describe, expect, it } from 'vitest'
import { classifyPinning, pinningStrength } from './pinning'

const DIGEST = 'sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'

// Real-world references, one per row: [reference, class, version].
const table: [string, string, string | null][] = [
  ['python:3.12.3', 'exact', '3.12.3'],
  ['python:3.12', 'minor', '3.12'],
  ['python:3', 'major', '3'],
  ['python', 'none', null],
  ['python:latest', 'latest', null],
  ['python:3.12-slim', 'minor', '3.12'],
  ['python:3.12.3-slim-bookworm', 'exact', '3.12.3'],
  ['python:3.12-slim-bookworm', 'minor', '3.12'],
  ['python:3.13.0rc1-alpine', 'exact', '3.13.0rc1'],
  ['python:slim', 'floating-named', null],
  ['python:alpine3.24', 'floating-named', null],
  ['python:3.12@' + DIGEST, 'digest', null],
  ['python@' + DIGEST, 'digest', null],
  ['node:22', 'major', '22'],
  ['node:22.23.2-alpine3.24', 'exact', '22.23.2'],
  ['node:lts', 'floating-named', null],
  ['node:lts-alpine', 'floating-named', null],
  ['node:current-slim', 'floating-named', null],
  ['golang:1.26', 'minor', '1.26'],
  ['golang:1.22.5-bookworm', 'exact', '1.22.5'],
  ['golang:1-alpine', 'major', '1'],
  ['rust:1-slim-trixie', 'major', '1'],
  ['eclipse-temurin:21-jre', 'major', '21'],
  ['eclipse-temurin:21.0.12_7-jdk', 'exact', '21.0.12'],
  ['php:8.5.10-cli-trixie', 'exact', '8.5.10'],
  ['nginx:stable', 'floating-named', null],
  ['nginx:mainline-alpine-slim', 'floating-named', null],
  ['nginx:1.27', 'minor', '1.27'],
  ['debian:bookworm', 'floating-named', null],
  ['debian:bookworm-slim', 'floating-named', null],
  ['debian:bookworm-20240110-slim', 'exact', '20240110'],
  ['debian:12', 'major', '12'],
  ['debian:12.7', 'minor', '12.7'],
  ['ubuntu:jammy', 'floating-named', null],
  ['ubuntu:noble-20240605', 'exact', '20240605'],
  ['ubuntu:22.04', 'minor', '22.04'],
  ['ubuntu:20240605', 'exact', '20240605'],
  ['alpine:3.24', 'minor', '3.24'],
  ['alpine:3.24.2', 'exact', '3.24.2'],
  ['alpine:edge', 'floating-named', null],
  ['busybox:1.37.0-musl', 'exact', '1.37.0'],
  ['localhost:5000/team/app:1.2.3', 'exact', '1.2.3'],
  ['localhost:5000/team/app', 'none', null],
  ['registry.example.com:8443/platform/base/python:3.12-slim', 'minor', '3.12'],
  ['ghcr.io/org/nested/path/tool:v2.4.1', 'exact', '2.4.1'],
  ['ghcr.io/org/tool:sha-1a2b3c4', 'exact', 'sha-1a2b3c4'],
  ['ghcr.io/org/tool:1a2b3c4d', 'exact', '1a2b3c4d'],
  ['gcr.io/distroless/static-debian12', 'none', null],
  ['gcr.io/distroless/static-debian12:nonroot', 'floating-named', null],
  ['gcr.io/distroless/python3-debian12@' + DIGEST, 'digest', null],
  ['mcr.microsoft.com/windows/servercore:ltsc2022', 'floating-named', null],
  ['mcr.microsoft.com/windows/nanoserver:10.0.20348.2227', 'exact', '10.0.20348.2227'],
  ['mcr.microsoft.com/dotnet/runtime:8.0-nanoserver-ltsc2022', 'minor', '8.0'],
  ['docker.io/library/python:3.12', 'minor', '3.12'],
  ['scratch', 'not-applicable', null],
  ['python:${PYTHON_VERSION}-slim', 'unresolved', null],
  ['$BASE_IMAGE', 'unresolved', null],
  ['Python:3.12', 'invalid', null],
  ['python:3.12:slim', 'invalid', null],
  ['', 'invalid', null],
]

describe('classifyPinning over real-world references', () => {
  it.each(table)('%s is %s', (reference, expected, version) => {
    const pinning = classifyPinning(reference)
    expect(pinning.class).toBe(expected)
    expect(pinning.version).toBe(version)
    expect(pinning.explanation.length).toBeGreaterThan(10)
  })

  it('says why an uppercase repository is refused', () => {
    expect(classifyPinning('Python:3.12').explanation).toMatch(/lowercase/)
  })

  it('says what is wrong with a malformed reference instead of repeating itself', () => {
    expect(classifyPinning('python:3.12:slim').explanation).toContain('a tag cannot contain ":"')
    expect(classifyPinning('python@sha256:abc').explanation).toContain('64 hex characters')
  })

  it('names the build argument an unresolved reference waits for', () => {
    expect(classifyPinning('python:${PYTHON_VERSION}-slim').explanation).toContain('PYTHON_VERSION')
  })
})

describe('pinningStrength orders classes for thresholds', () => {
  it('ranks digest above exact above minor above major above floating names above latest above none', () => {
    const order = ['digest', 'exact', 'minor', 'major', 'floating-named', 'latest', 'none'] as const
    const strengths = order.map((verdict) => pinningStrength(verdict))
    expect([...strengths].sort((a, b) => b - a)).toEqual(strengths)
    expect(new Set(strengths).size).toBe(order.length)
  })
})
