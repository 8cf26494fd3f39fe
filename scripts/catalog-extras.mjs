// Bases that docker-library/repo-info does not describe. scratch is exact by definition; the
// distroless figures are approximate compressed sizes as commonly published (mid-2025) and are
// labelled approximate wherever they are shown.
const DISTROLESS_SOURCE = 'GoogleContainerTools/distroless README (contents); sizes approximate, compressed, as commonly published mid-2025'

function distroless(name, family, compressedMb, notes) {
  return {
    reference: `gcr.io/distroless/${name}`,
    family,
    tag: 'latest',
    resolvedTag: `gcr.io/distroless/${name}:latest`,
    version: null,
    variant: 'distroless',
    os: 'debian',
    osVersion: '12 (bookworm)',
    libc: name.startsWith('static') ? 'none' : 'glibc',
    shell: 'none (the :debug tag adds busybox sh)',
    hasShell: false,
    hasBash: false,
    packageManager: null,
    sizeBytes: null,
    sizeBytesPrecision: null,
    compressedSizeBytes: compressedMb * 1_000_000,
    isApproximate: true,
    created: null,
    imageId: null,
    manifestDigest: null,
    layerCount: null,
    history: [],
    env: [],
    notes,
    source: DISTROLESS_SOURCE,
  }
}

export const extraEntries = [
  {
    reference: 'scratch', family: 'scratch', tag: null, resolvedTag: 'scratch', version: null, variant: 'scratch',
    os: 'none', osVersion: null, libc: 'none', shell: 'none', hasShell: false, hasBash: false, packageManager: null,
    sizeBytes: 0, sizeBytesPrecision: 0, compressedSizeBytes: 0, isApproximate: false, created: null, imageId: null,
    manifestDigest: null, layerCount: 0, history: [], env: [],
    notes: 'The empty base: only what you copy in. Needs a static binary, and CA certificates and tzdata if the program uses them.',
    source: 'Docker documentation: scratch is a reserved, empty image',
  },
  distroless('static-debian12', 'distroless', 2, 'For static binaries (Go with CGO_ENABLED=0, Rust musl): CA certificates, tzdata, /etc/passwd with nonroot.'),
  distroless('base-debian12', 'distroless', 20, 'glibc and OpenSSL for dynamically linked binaries.'),
  distroless('cc-debian12', 'distroless', 23, 'base plus libgcc and libstdc++ for C/C++ and Rust (glibc) binaries.'),
  distroless('python3-debian12', 'python', 50, 'Debian 12\'s Python 3 only: the version follows Debian, not python:3.x.'),
  distroless('nodejs22-debian12', 'node', 55, 'Node.js 22 runtime; the entrypoint is node.'),
  distroless('java21-debian12', 'eclipse-temurin', 220, 'A Java 21 runtime (JRE); the entrypoint is java -jar.'),
]
