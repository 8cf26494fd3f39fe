/** Fragments an attacker would put in a label, a tag or a Dockerfile, shared by every fuzzer. */
export const JUPYTER_BACKTRACK = `quay.io/jupyter/base-notebook-x:1@sha256:${'a'.repeat(40)}X`
export const SLASHES_BACKTRACK = `${'a/'.repeat(20)}A`

export const HOSTILE_FRAGMENTS: readonly string[] = [
  JUPYTER_BACKTRACK,
  SLASHES_BACKTRACK,
  `${'a-'.repeat(60)}!`,
  `${'ab.'.repeat(80)}@`,
  `x${'__'.repeat(50)}`,
  '${', '${A:-', '${A:+"', '"', "'", '\\', '`', '$', '}', '{', ':', '@', '/', '//', '..', '-', '_',
  '\u202e', '\u2066', '\u0000', '\u001b[31m', '\r', '\n', '\t', '\ufeff', '\ud800', '\uffff',
  'sha256:', `sha256:${'f'.repeat(64)}`, '[::1]:5000/', 'localhost:5000/', 'docker.io/library/',
  '\\\n', '# escape=`\n', '# syntax=docker/dockerfile:1\n', 'ARG ', 'FROM ', ' AS ', '--platform=$BUILDPLATFORM ',
  'RUN <<EOF\n', 'EOF\n', 'COPY --from=', 'ENV A="b c" D=e\n',
]

/** A string of `length` characters drawn from `alphabet`. */
export function repeatFrom(alphabet: string, length: number, at: (below: number) => number): string {
  let out = ''
  for (let i = 0; i < length; i += 1) out += alphabet.charAt(at(alphabet.length))
  return out
}
