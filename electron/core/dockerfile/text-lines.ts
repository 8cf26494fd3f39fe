/**
 * Lines with their terminators, so "x" and "x\n" differ and a missing final newline shows. A loop
 * over indexOf rather than /[^\n]*\n|[^\n]+$/g, which rescans the last line from every position.
 */
export function splitKeepingEnds(text: string): string[] {
  const lines: string[] = []
  let start = 0
  while (start < text.length) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline + 1
    lines.push(text.slice(start, end))
    start = end
  }
  return lines
}

/** Inserts `text` before a line's trailing white space (`FROM x  ` → `FROM x AS y  `). */
export function beforeTrailingSpace(line: string, text: string): string {
  const body = line.trimEnd()
  return `${body}${text}${line.slice(body.length)}`
}

/** The reference of a FROM line: without "FROM", flags kept out, and without any "AS name". */
export function referenceOfFromLine(fromLine: string): string {
  const words = fromLine.trim().split(/\s+/)
  if (words[0]?.toUpperCase() === 'FROM') words.shift()
  if (words.length >= 3 && words[words.length - 2]?.toUpperCase() === 'AS') words.splice(-2)
  return words.join(' ')
}
