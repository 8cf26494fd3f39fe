import { isRun, shellCommands, words, type BuildLine } from './build-lines'
import { NEED_ROWS } from './decision-table'
import type { GlibcNeed } from './native-code'

export interface BinaryFacts {
  /** Why the program is a static binary, in words; null when nothing shows one. */
  staticBinary: string | null
  /** True when that is inferred from a copied binary rather than read from the build flags. */
  isStaticInferred: boolean
  /** A cgo build: the binary links the C library of the image it was built on. */
  cgo: GlibcNeed | null
  /** The image compiles Java (mvn, gradle, javac): that needs a JDK, in a build stage only. */
  javaBuild: string | null
}

const GO_BUILD = /\bgo\s+(build|install)\b/
const STATIC_LINK = /-extldflags[= ]+["']?-static|-ldflags[= ]+["'][^"']*-static\b/
const MUSL_TARGET = /(?:--target(?:=|\s+)|rustup\s+target\s+add\s+)(\S+-linux-musl\w*)/
const JAVA_BUILDERS = new Set(['mvn', './mvnw', 'mvnw', 'gradle', './gradlew', 'gradlew', 'javac'])
const SCRIPT = /\.(sh|bash|py|js|mjs|cjs|rb|pl|php|jar)$/

/** `lines`: what the image (or Dockerfile) adds on top of its base, build stages included. */
export function readBinaryFacts(lines: readonly BuildLine[], entrypoint: readonly string[] | null): BinaryFacts {
  const declared = declaredStatic(lines)
  const inferred = declared === null ? copiedBinary(lines, entrypoint) : null
  return {
    staticBinary: declared ?? inferred,
    isStaticInferred: declared === null && inferred !== null,
    cgo: cgoBuild(lines),
    javaBuild: javaBuild(lines),
  }
}

function declaredStatic(lines: readonly BuildLine[]): string | null {
  const noCgo = lines.find((line) => /\bCGO_ENABLED=0\b/.test(line.text))
  const goBuild = lines.find((line) => isRun(line) && GO_BUILD.test(line.text))
  if (noCgo && goBuild) {
    return `CGO_ENABLED=0 (${noCgo.where}) and go build (${goBuild.where}): a static Go binary, with no libc to link`
  }
  const linked = lines.find((line) => isRun(line) && STATIC_LINK.test(line.text))
  if (linked) return `The link step asks for -static (${linked.where}): a static binary`
  // A loop, not map-then-find: one object per line for 50,000 lines to find none.
  for (const line of lines) {
    const target = MUSL_TARGET.exec(line.text)?.[1]
    if (target) return `It builds for the ${target} target (${line.where}): a static binary`
  }
  return null
}

/**
 * Image history records neither `--from` nor the build stage, so a multi-stage Go build shows up
 * as one file copied in and run as the entrypoint, with no RUN step beside it. That the file is
 * static is then likely (why else drop the OS) but not proven: the caveats say how to check.
 */
function copiedBinary(lines: readonly BuildLine[], entrypoint: readonly string[] | null): string | null {
  const final = lines.filter((line) => line.stage === 'final')
  if (final.some(isRun)) return null
  const program = (entrypoint ?? lastExecForm(final))?.[0] ?? null
  if (program === null || !program.startsWith('/') || SCRIPT.test(program)) return null
  const copy = final.find((line) => (line.instruction === 'COPY' || line.instruction === 'ADD') && copiesTo(line.text, program))
  if (!copy) return null
  return `One file is copied in (${copy.where}) and run as the entrypoint (${program}), with no RUN step: a binary built in another stage, most likely static`
}

/** "COPY --chown=1 /out/app /usr/local/bin/" or the classic "COPY file:ab12… in /app" writes `path`. */
function copiesTo(text: string, path: string): boolean {
  const classic = /\bfile:[0-9a-f]+ in (\S+)/.exec(text)
  const argv = words(text).slice(1).filter((word) => !word.startsWith('--'))
  const destination = classic?.[1] ?? argv[argv.length - 1] ?? ''
  const sources = classic ? [] : argv.slice(0, -1)
  if (destination === path) return sources.length <= 1
  const name = path.slice(path.lastIndexOf('/') + 1)
  return destination.endsWith('/') && `${destination}${name}` === path && sources.some((source) => source.endsWith(`/${name}`) || source === name)
}

/** The argv of the last exec-form ENTRYPOINT (or CMD) line: ENTRYPOINT ["/server", "-v"]. */
function lastExecForm(lines: readonly BuildLine[]): string[] | null {
  for (const instruction of ['ENTRYPOINT', 'CMD']) {
    const line = [...lines].reverse().find((item) => item.instruction === instruction)
    const json = line ? bracketed(line.text) : undefined
    if (json !== undefined) return words(json.replace(/,/g, ' '))
  }
  return null
}

function cgoBuild(lines: readonly BuildLine[]): GlibcNeed | null {
  const line = lines.find((item) => /\bCGO_ENABLED=1\b/.test(item.text))
  if (!line) return null
  return { id: 'go-cgo', what: 'builds with CGO_ENABLED=1', why: NEED_ROWS['go-cgo'].because, where: line.where }
}

function javaBuild(lines: readonly BuildLine[]): string | null {
  for (const line of lines.filter(isRun)) {
    const tool = shellCommands(line.text).map((command) => words(command)[0] ?? '').find((program) => JAVA_BUILDERS.has(program))
    if (tool) return `builds Java with ${tool} (${line.where}): that needs the JDK, in a build stage`
  }
  return null
}

/** What lies between the first "[" and the last "]" (an exec-form argv), without a backtracking regex. */
function bracketed(text: string): string | undefined {
  const open = text.indexOf('[')
  const close = text.lastIndexOf(']')
  return open === -1 || close <= open ? undefined : text.slice(open + 1, close)
}
