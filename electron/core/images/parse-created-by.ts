/** A history entry's `created_by`, read back into the Dockerfile instruction that wrote it. */
export interface ParsedCreatedBy {
  /** RUN, COPY, ENV …; IMPORT for an imported root; null when the text is not recognised. */
  instruction: string | null
  /** For RUN the command alone; otherwise the instruction as written. Builder noise removed. */
  createdBy: string
}

const INSTRUCTIONS = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
])

// The shells builders prefix: Linux classic builder and buildah, and Windows images.
const SHELL_PREFIX = /^(?:\/bin\/sh -c|cmd \/S \/C)(?:\s+|$)/
const NOP_PREFIX = /^#\(nop\)\s*/
// BuildKit appends this marker to every history line it writes.
const BUILDKIT_SUFFIX = '# buildkit'
// The classic builder and BuildKit both write a RUN's build arguments as "|2 A=1 B=2 <command>".
const BUILD_ARGS = /^\|(\d+)\s+/

/**
 * Reads the forms Docker's classic builder, BuildKit, buildah and kaniko write:
 * `/bin/sh -c #(nop) ENV A=b`, `/bin/sh -c make`, `|2 A=1 B=2 /bin/sh -c make`,
 * `RUN /bin/sh -c echo hi # buildkit`, `COPY /src /dst # buildkit`, and `docker import` roots.
 */
export function parseCreatedBy(createdBy: string, comment = ''): ParsedCreatedBy {
  const text = createdBy.trim()
  if (text === '') {
    return { instruction: /^Imported from\b/.test(comment.trim()) ? 'IMPORT' : null, createdBy: '' }
  }
  if (BUILD_ARGS.test(text)) return { instruction: 'RUN', createdBy: runCommand(text) }

  const shell = SHELL_PREFIX.exec(text)
  if (shell) {
    const rest = text.slice(shell[0].length)
    const nop = NOP_PREFIX.exec(rest)
    if (!nop) return { instruction: 'RUN', createdBy: rest.trim() }
    return fromInstructionText(rest.slice(nop[0].length)) ?? { instruction: null, createdBy: rest.trim() }
  }

  const nop = NOP_PREFIX.exec(text)
  const body = nop ? text.slice(nop[0].length) : text
  const known = fromInstructionText(withoutBuildkitSuffix(body))
  if (known) return known
  // The classic builder writes an exec-form RUN ["/bin/busybox", "--install"] as its bare argv:
  // no shell, no #(nop), no keyword. Every other step it records carries one of those.
  if (!nop && !text.endsWith(BUILDKIT_SUFFIX) && EXEC_FORM_ARGV.test(text)) return { instruction: 'RUN', createdBy: text }
  return { instruction: null, createdBy: text }
}

// An argv led by an absolute program path, as exec-form RUN leaves it; a bare word ("bazel build")
// is more likely another tool's own line, so it stays unknown.
const EXEC_FORM_ARGV = /^\/[\w.+-]+(?:\/[\w.+-]+)*(?:\s|$)/

/** "ENV A=b", "RUN /bin/sh -c make", "COPY /a /b": the instruction keyword leads. */
function fromInstructionText(text: string): ParsedCreatedBy | null {
  const trimmed = text.trim()
  const keyword = /^([A-Z]+)(?:\s|$)/.exec(trimmed)?.[1]
  if (keyword === undefined || !INSTRUCTIONS.has(keyword)) return null
  if (keyword === 'RUN') return { instruction: 'RUN', createdBy: runCommand(trimmed.slice(3).trim()) }
  return { instruction: keyword, createdBy: trimmed }
}

/** The command of a RUN, without its build-argument prefix and the default shell. */
function runCommand(text: string): string {
  const command = stripBuildArgs(text)
  const shell = SHELL_PREFIX.exec(command)
  return (shell ? command.slice(shell[0].length) : command).trim()
}

/**
 * "|2 A=1 B=2 /bin/sh -c make" -> "/bin/sh -c make". Values are written unquoted, so a value with a
 * space would shift the count; when the shell appears, it marks where the command starts.
 */
function stripBuildArgs(text: string): string {
  const match = BUILD_ARGS.exec(text)
  if (!match) return text
  const rest = text.slice(match[0].length)
  const shellAt = rest.search(/(?:^|\s)(?:\/bin\/sh -c|cmd \/S \/C)(?:\s|$)/)
  if (shellAt >= 0) return rest.slice(shellAt).trim()
  let command = rest
  for (let index = 0; index < Number(match[1]); index += 1) {
    const argument = /^[^=\s]+=\S*(?:\s+|$)/.exec(command)
    if (!argument) break
    command = command.slice(argument[0].length)
  }
  return command
}

/** BuildKit ends RUN history with "# buildkit"; an endsWith, since /\s*# buildkit$/ rescans spaces. */
function withoutBuildkitSuffix(text: string): string {
  return text.endsWith(BUILDKIT_SUFFIX) ? text.slice(0, -BUILDKIT_SUFFIX.length).trimEnd() : text
}
