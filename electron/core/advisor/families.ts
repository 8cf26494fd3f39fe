/**
 * The image families the advisor knows: the official images of the catalogue, and the ENV each
 * one's Dockerfile sets to its version (which survives in every image built on it).
 */
export const VERSION_ENV: Readonly<Record<string, string>> = {
  PYTHON_VERSION: 'python',
  NODE_VERSION: 'node',
  JAVA_VERSION: 'eclipse-temurin',
  GOLANG_VERSION: 'golang',
  RUBY_VERSION: 'ruby',
  PHP_VERSION: 'php',
  RUST_VERSION: 'rust',
  NGINX_VERSION: 'nginx',
}

const LANGUAGE_FAMILIES = ['python', 'node', 'golang', 'eclipse-temurin', 'openjdk', 'amazoncorretto', 'ruby', 'php', 'rust'] as const
/** Java images whose candidates are eclipse-temurin's (openjdk is deprecated; amazoncorretto has no JRE). */
export const JAVA_FAMILIES: ReadonlySet<string> = new Set(['eclipse-temurin', 'openjdk', 'amazoncorretto'])
const OS_FAMILIES = ['debian', 'ubuntu', 'alpine', 'busybox'] as const
export const KNOWN_FAMILIES: ReadonlySet<string> = new Set<string>([...LANGUAGE_FAMILIES, ...OS_FAMILIES, 'nginx'])

/** Families whose programs are compiled: the toolchain image is a build stage, never a runtime. */
export const TOOLCHAIN_FAMILIES: ReadonlySet<string> = new Set(['golang', 'rust'])

/**
 * How many parts of a full version make the line people pin to: python 3.12, node 22,
 * eclipse-temurin 21, golang 1.26. Used when the version comes from an ENV, not a tag.
 */
const LINE_DEPTH: Readonly<Record<string, number>> = {
  python: 2, node: 1, golang: 2, 'eclipse-temurin': 1, openjdk: 1, amazoncorretto: 1, ruby: 2, php: 2, rust: 2, nginx: 2,
}

/** "3.12.14" -> "3.12" for python; "jdk-21.0.12+8" -> "21" for eclipse-temurin. Null when no version. */
export function lineOfVersion(family: string, version: string): string | null {
  const numbers = /(\d+(?:\.\d+)*)/.exec(version.replace(/^jdk-?/, ''))?.[1]
  if (numbers === undefined) return null
  return numbers.split('.').slice(0, LINE_DEPTH[family] ?? 2).join('.')
}

/** Distroless images by what they carry; the version suffix (-debian12) is dropped. */
export interface DistrolessName {
  /** "static", "base", "cc", "python3", "nodejs22", "java21". */
  name: string
  family: string
  /** "22" for nodejs22, "21" for java21; null when the name carries none. */
  versionLine: string | null
}

export function distrolessName(path: string): DistrolessName | null {
  const match = /^distroless\/([a-z]+?)(\d*)(?:-debian\d+)?$/.exec(path)
  if (!match) return null
  const [, stem = '', digits = ''] = match
  const family = stem === 'python' ? 'python' : stem === 'nodejs' ? 'node' : stem === 'java' ? 'eclipse-temurin' : 'distroless'
  return { name: `${stem}${digits}`, family, versionLine: family === 'python' || digits === '' ? null : digits }
}

/**
 * Majors that distroless publishes on Debian 12 (GoogleContainerTools/distroless README): no
 * candidate is proposed for a line it does not build.
 */
export const DISTROLESS_NODE_MAJORS: ReadonlySet<string> = new Set(['20', '22', '24'])
export const DISTROLESS_JAVA_MAJORS: ReadonlySet<string> = new Set(['17', '21'])
/** Debian 12's python3, which gcr.io/distroless/python3-debian12 carries. */
export const DISTROLESS_PYTHON_LINE = '3.11'
