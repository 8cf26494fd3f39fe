export type DiffLineKind = 'added' | 'removed' | 'context' | 'hunk' | 'header'

export interface DiffLine {
  kind: DiffLineKind
  /** The line as written, its +, - or space kept: colour is never the only sign of a change. */
  text: string
}

/** The lines of a unified diff, each with what it does; the trailing empty line is dropped. */
export function diffLines(diff: string): DiffLine[] {
  if (diff === '') return []
  const lines = diff.replace(/\r\n/g, '\n').split('\n')
  if (lines.at(-1) === '') lines.pop()
  let inHunk = false
  return lines.map((text) => {
    const kind = classifyDiffLine(text, inHunk)
    if (kind === 'hunk') inHunk = true
    return { kind, text }
  })
}

/**
 * One line's kind. `---`/`+++` are file headers only before the first hunk: inside one, "--- x" is
 * a removed line that happened to start with two dashes.
 */
export function classifyDiffLine(line: string, inHunk: boolean): DiffLineKind {
  if (line.startsWith('@@')) return 'hunk'
  if (!inHunk && (line.startsWith('+++') || line.startsWith('---') || line.startsWith('diff ') || line.startsWith('index '))) {
    return 'header'
  }
  if (line.startsWith('+')) return 'added'
  if (line.startsWith('-')) return 'removed'
  return 'context'
}

/** How many lines the suggestion adds and removes, for the figure's caption. */
export function diffStats(lines: readonly DiffLine[]): { added: number; removed: number } {
  let added = 0
  let removed = 0
  for (const line of lines) {
    if (line.kind === 'added') added += 1
    else if (line.kind === 'removed') removed += 1
  }
  return { added, removed }
}

/** A file name for the suggested Dockerfile beside the original: "Dockerfile" → "Dockerfile.suggested". */
export function suggestedFileName(name: string | null): string {
  return `${name && name.trim() !== '' ? name.trim() : 'Dockerfile'}.suggested`
}
