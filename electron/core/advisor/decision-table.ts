/**
 * The one decision table of variant advice (issue 16): what the workload needs, which candidates
 * that rules out, and why, in words. The advisor (variant-rules.ts), the Dockerfile findings and
 * rewrite (through the advisor's facts) and `npm run advice-table` all read these rows; nothing
 * else decides that a smaller base would break an image.
 */

/** What a candidate base may lack, that a need of the workload rules it out for. */
export type Lack = 'glibc' | 'libc' | 'shell' | 'bash' | 'compiler'

export type NeedId =
  | 'native-python' | 'manylinux' | 'conda' | 'rust-gnu' | 'go-cgo' | 'glibc-binary' | 'native-build' | 'native-npm' | 'native-gem'
  | 'bash' | 'shell' | 'run-in-final' | 'healthcheck-tool'
  | 'final-build'

export interface NeedRow {
  id: NeedId
  /** The class of the list: 1 glibc, 2 shell and tools, 3 builds in the final stage. */
  cls: 1 | 2 | 3
  /** Families the signal is read for; "any" for every one. */
  families: string
  /** The signal, as a reviewer reads it. */
  signal: string
  /** Candidates lacking one of these are ruled out ('compiler': kept only as a multi-stage split). */
  lacks: readonly Lack[]
  /** Why, in words: the first half of every exclusion reason. */
  because: string
}

export const NEED_ROWS: Readonly<Record<NeedId, NeedRow>> = {
  'native-python': {
    id: 'native-python', cls: 1, families: 'python', signal: 'pip installs a package with a C extension (numpy, pandas, psycopg2 …)',
    lacks: ['glibc', 'libc'],
    because: 'musl has no manylinux wheels, so pip builds from source (compilers and headers needed) or fails, unless a musllinux wheel exists',
  },
  manylinux: {
    id: 'manylinux', cls: 1, families: 'python', signal: 'pip installs manylinux wheels (a manylinux .whl, --platform manylinux…)',
    lacks: ['glibc', 'libc'], because: 'manylinux wheels are built against glibc and do not load on musl',
  },
  conda: {
    id: 'conda', cls: 1, families: 'any', signal: 'conda, mamba or micromamba environments (or a conda base image)',
    lacks: ['glibc', 'libc'], because: 'conda environments need glibc: Alpine would break them',
  },
  'rust-gnu': {
    id: 'rust-gnu', cls: 1, families: 'any', signal: 'a Rust binary built for a *-linux-gnu target (cargo build on a Debian rust image)',
    lacks: ['glibc', 'libc'], because: 'a Rust binary built for a -gnu target links glibc dynamically: distroless cc runs it, musl and static bases do not',
  },
  'go-cgo': {
    id: 'go-cgo', cls: 1, families: 'any', signal: 'a Go binary built with cgo (CGO_ENABLED=1, or go build on a Debian golang image without CGO_ENABLED=0)',
    lacks: ['glibc', 'libc'], because: 'cgo links the binary against the C library of the build image (glibc on Debian); it does not start on musl',
  },
  'glibc-binary': {
    id: 'glibc-binary', cls: 1, families: 'any', signal: 'a program copied from a build stage on a glibc base, with nothing making it static',
    lacks: ['glibc', 'libc'], because: 'a binary built on glibc links it dynamically: distroless cc or base runs it, musl and static bases do not',
  },
  'native-build': {
    id: 'native-build', cls: 1, families: 'any', signal: 'apt-get installs compilers or -dev headers, or a compiler runs',
    lacks: ['glibc', 'libc'],
    because: 'native code built there links against glibc; on musl it must be rebuilt with Alpine\'s packages (build-base, the -dev headers)',
  },
  'native-npm': {
    id: 'native-npm', cls: 1, families: 'node', signal: 'npm installs a native addon (bcrypt, sharp, canvas …)',
    lacks: ['glibc', 'libc'], because: 'native addons are built or prebuilt for glibc; on musl they need musl prebuilds or a rebuild with build-base',
  },
  'native-gem': {
    id: 'native-gem', cls: 1, families: 'ruby', signal: 'gem installs a native gem (nokogiri, pg, mysql2 …)',
    lacks: ['glibc', 'libc'], because: 'native gems are compiled for glibc; on musl they build from source with build-base or need musl platform gems',
  },
  bash: {
    id: 'bash', cls: 2, families: 'any', signal: 'SHELL, ENTRYPOINT, CMD, a RUN of the final stage or a script\'s shebang uses bash',
    lacks: ['bash', 'shell'], because: 'it runs bash, which Alpine (busybox ash) and distroless do not have',
  },
  shell: {
    id: 'shell', cls: 2, families: 'any', signal: 'ENTRYPOINT or CMD in shell form, sh -c, or a shell script as the entrypoint',
    lacks: ['shell'], because: 'it needs a shell at run time, which distroless and scratch do not have',
  },
  'run-in-final': {
    id: 'run-in-final', cls: 2, families: 'any', signal: 'RUN steps in the final stage',
    lacks: ['shell'], because: 'a RUN needs a shell to run in, and distroless and scratch have none: nothing could run it',
  },
  'healthcheck-tool': {
    id: 'healthcheck-tool', cls: 2, families: 'any', signal: 'HEALTHCHECK calls curl, wget or a shell',
    lacks: ['shell'], because: 'the health check calls a tool that distroless and scratch do not have',
  },
  'final-build': {
    id: 'final-build', cls: 3, families: 'any',
    signal: 'the final stage compiles (build-essential, gcc, node-gyp, pip building psycopg2 from source, native gems, mvn)',
    // What it compiles links the build image's glibc, and a split copies it into the run-time stage.
    lacks: ['compiler', 'glibc'],
    because: 'a smaller variant has no compiler, so a bare FROM swap breaks the build, and what it compiles on glibc must run on glibc: build in a stage and copy the result',
  },
}

/** What each lack means for a candidate, in the words an exclusion ends with. */
export const LACK_TEXT: Readonly<Record<Lack, string>> = {
  glibc: 'has musl, not glibc',
  libc: 'has no C library at all',
  shell: 'has no shell',
  bash: 'has no bash',
  compiler: 'has no compiler',
}

/** Runtimes for a compiled program: they carry no language or OS release line of the base to keep (class 4). */
export const LINELESS_VARIANTS: ReadonlySet<string> = new Set(['scratch', 'distroless-static', 'distroless-base', 'distroless-cc'])

/** One fact of the workload that a row of the table reads. */
export interface Need {
  id: NeedId
  /** "micromamba creates an environment" */
  what: string
  /** "line 7", "step 4", "the base" */
  where: string
}

/** "micromamba creates an environment (line 7): conda environments need glibc: …" */
export function needText(need: Need): string {
  return `${need.what} (${need.where}): ${NEED_ROWS[need.id].because}`
}

/**
 * How candidate tags keep the release line of the current tag (class 4) and how Java moves (class
 * 5): the rows `npm run advice-table` prints, each with a sample the advisor is run on.
 */
export interface LineRow {
  cls: 4 | 5
  signal: string
  rule: string
  sample: string
}

export const LINE_ROWS: readonly LineRow[] = [
  { cls: 4, signal: 'a channel tag (lts, current, stable)', rule: 'the candidate keeps the channel: -slim / -alpine of it, never the bare variant (the current release)', sample: 'node:lts' },
  { cls: 4, signal: 'a major-only tag', rule: 'the candidate stays on that major', sample: 'python:3' },
  { cls: 4, signal: 'a distribution codename', rule: 'Debian-based candidates keep the codename', sample: 'python:3.12-bookworm' },
  { cls: 4, signal: 'an exact version', rule: 'candidates keep the exact version; runtimes published only per major (distroless) are ruled out', sample: 'node:22.11.0' },
  { cls: 4, signal: 'a date-stamped tag', rule: 'the candidate keeps the stamp (debian:bookworm-20240513 -> bookworm-20240513-slim)', sample: 'debian:bookworm-20240513' },
  { cls: 4, signal: 'a Python line distroless does not carry', rule: 'distroless python3 (Debian 12\'s 3.11) is ruled out: it changes the Python line', sample: 'python:3.12-slim' },
  { cls: 5, signal: 'a JDK in the final stage', rule: 'a JRE or distroless java of the same major', sample: 'eclipse-temurin:21-jdk' },
  { cls: 5, signal: 'a JDK on Alpine', rule: 'the JRE on Alpine of the same major', sample: 'eclipse-temurin:21-jdk-alpine' },
  { cls: 5, signal: 'the deprecated openjdk image', rule: 'eclipse-temurin of the same major (JRE), or distroless java', sample: 'openjdk:17-jdk-slim' },
  { cls: 5, signal: 'amazoncorretto (a JDK)', rule: 'eclipse-temurin JRE of the same major, or distroless java', sample: 'amazoncorretto:21' },
]
