import { splitKeepingEnds } from './text-lines'
/**
 * A Dockerfile as editable lines that remember their own endings, so a rewrite keeps CRLF, LF, a
 * mix of both and a missing final newline exactly as they were on every line it does not touch.
 */
export interface EditableLine {
  content: string
  /** "\n", "\r\n" or "" (the last line of a file without a trailing newline). */
  end: string
  /** Lines to write before this one (new comments, a USER). */
  before: string[]
  after: string[]
}

export interface EditableText {
  lines: EditableLine[]
  /** The ending new lines get: the file's own (CRLF when it has any). */
  eol: string
}

export function toEditable(text: string): EditableText {
  const lines = splitKeepingEnds(text).map((raw) => {
    const end = raw.endsWith('\r\n') ? '\r\n' : raw.endsWith('\n') ? '\n' : ''
    return { content: raw.slice(0, raw.length - end.length), end, before: [], after: [] }
  })
  return { lines, eol: text.includes('\r\n') ? '\r\n' : '\n' }
}

export function fromEditable({ lines, eol }: EditableText): string {
  return lines
    .map((line, index) => {
      // Most lines gain nothing: no closures or joins for them (a file can have 100,000 lines).
      if (line.before.length === 0 && line.after.length === 0) return line.content + line.end
      const isLast = index === lines.length - 1
      const before = line.before.map((added) => added + eol).join('')
      // Text added after a last line with no newline needs one to stand on its own line.
      const end = isLast && line.after.length > 0 && line.end === '' ? eol : line.end
      const after = line.after.map((added, at) => added + (isLast && at === line.after.length - 1 && line.end === '' ? '' : eol)).join('')
      return before + line.content + end + after
    })
    .join('')
}

/**
 * 0-based indexes of the lines an instruction starting at `line` (1-based) spans: a line ending
 * in the escape character continues, and comment or blank lines inside a continuation are skipped
 * over, as BuildKit does.
 */
export function instructionSpan(text: EditableText, line: number, escape: string): number[] {
  const span: number[] = []
  for (let index = line - 1; index < text.lines.length; index++) {
    const content = text.lines[index]?.content ?? ''
    span.push(index)
    const isInner = index > line - 1 && (/^\s*#/.test(content) || content.trim() === '')
    if (isInner) continue
    if (!content.trimEnd().endsWith(escape)) break
  }
  return span
}
