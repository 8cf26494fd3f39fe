/**
 * Splits a Dockerfile into instructions in one pass over its lines, the way the builder reads it:
 * parser directives at the top, comments, continuation lines (escape character at the end of a
 * line; blank and comment lines inside a continuation skipped), heredocs of RUN, COPY and ADD
 * (and ONBUILD of them), keywords in any case.
 *
 * Our own code rather than dockerfile-ast: that library tokenises every argument of every
 * instruction into objects with line/column ranges, which took 2-9 s to parse a 1 MiB Dockerfile
 * (one long RUN line, 25,000 RUN lines) before any analysis ran. Here each character is looked at
 * a bounded number of times and only the instruction's text is kept. Where the two differ on odd
 * input, this one follows BuildKit (frontend/dockerfile/parser/parser.go).
 */
export interface ScannedInstruction {
  /** 1-based line of the keyword. */
  line: number
  /** The instruction as written, keyword included, up to its last character that is not space, a continuation or a comment line. */
  text: string
}

export interface ScannedDockerfile {
  directives: Array<{ name: string; value: string }>
  escape: string
  instructions: ScannedInstruction[]
}

const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD'])

/** A cursor over the physical lines of the text: [start, end) without the line break. */
class Lines {
  start = 0
  end = 0
  /** 0-based number of the current line. */
  number = -1

  constructor(readonly text: string) {}

  next(): boolean {
    if (this.number >= 0 && this.end >= this.text.length) return false
    this.start = this.number < 0 ? 0 : this.end + 1
    if (this.start > this.text.length) return false
    const newline = this.text.indexOf('\n', this.start)
    this.end = newline === -1 ? this.text.length : newline
    this.number += 1
    return true
  }

  /** The current line without its trailing carriage return. */
  get body(): string {
    const end = this.end > this.start && this.text.charCodeAt(this.end - 1) === 13 ? this.end - 1 : this.end
    return this.text.slice(this.start, end)
  }
}

export function scanDockerfile(source: string): ScannedDockerfile {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source
  const lines = new Lines(text)
  const directives: ScannedDockerfile['directives'] = []
  let pending = lines.next()
  while (pending) {
    const directive = readDirective(lines.body)
    if (directive === null) break
    directives.push(directive)
    pending = lines.next()
  }
  const written = directives.find((d) => d.name.toLowerCase() === 'escape')?.value
  const escape = written === '`' ? '`' : '\\'
  const instructions: ScannedInstruction[] = []
  for (; pending; pending = lines.next()) {
    const first = firstNonSpace(text, lines.start, lines.end)
    if (first === lines.end || text.charAt(first) === '#') continue
    instructions.push(readInstruction(lines, first, escape))
  }
  return { directives, escape, instructions }
}

/** `# name=value` before anything else; a blank line, a plain comment or an instruction ends them. */
function readDirective(line: string): { name: string; value: string } | null {
  const body = line.trimStart()
  if (!body.startsWith('#')) return null
  const equals = body.indexOf('=')
  if (equals === -1) return null
  const name = firstWord(body.slice(1, equals))
  if (name === '') return null
  return { name, value: firstWord(body.slice(equals + 1)) }
}

function firstWord(text: string): string {
  return text.trim().split(/[ \t]/, 1)[0] ?? ''
}

function readInstruction(lines: Lines, start: number, escape: string): ScannedInstruction {
  const { text } = lines
  const line = lines.number + 1
  let keywordEnd = start
  while (keywordEnd < lines.end && !isSpace(text.charCodeAt(keywordEnd))) keywordEnd += 1
  // The keyword as the first line has it: enough to know whether heredocs follow.
  const keyword = text.slice(start, keywordEnd).toUpperCase()
  const span = readLogicalLine(lines, start, escape)
  let last = span.last
  const heredocs = heredocsOf(keyword, text.slice(keywordEnd, Math.max(keywordEnd, span.last)))
  if (heredocs.names.length > 0) {
    for (const name of heredocs.names) skipHeredoc(lines, name, heredocs.tabbed)
    last = lastNonSpace(text, span.last, lines.end)
  }
  return { line, text: text.slice(span.first, last) }
}

/**
 * From `from` on the current line to the end of the logical line: returns the first and last
 * (exclusive) offsets of argument text, -1 when there is none; leaves `lines` on its last line.
 */
function readLogicalLine(lines: Lines, from: number, escape: string): { first: number; last: number } {
  const { text } = lines
  let first = -1
  let last = -1
  let position = from
  for (;;) {
    const contentEnd = lastNonSpace(text, position, lines.end)
    const continues = contentEnd > position && text.charAt(contentEnd - 1) === escape
    const end = continues ? lastNonSpace(text, position, contentEnd - 1) : contentEnd
    const start = firstNonSpace(text, position, end)
    if (start < end) {
      if (first === -1) first = start
      last = end
    }
    if (!continues || !nextContentLine(lines)) return { first, last }
    position = lines.start
  }
}

/** Moves past blank and comment lines inside a continuation; false at the end of the text. */
function nextContentLine(lines: Lines): boolean {
  while (lines.next()) {
    const first = firstNonSpace(lines.text, lines.start, lines.end)
    if (first < lines.end && lines.text.charAt(first) !== '#') return true
  }
  return false
}

/** `<<EOF`, `<<-EOF`, `<<"EOF"` words of RUN, COPY and ADD (and ONBUILD of them). */
function heredocsOf(keyword: string, args: string): { names: string[]; tabbed: boolean } {
  const none = { names: [], tabbed: false }
  if (!args.includes('<<')) return none
  const words = args.trim().split(/[ \t\r\n]+/)
  const trigger = keyword === 'ONBUILD' ? (words[0] ?? '').toUpperCase() : keyword
  if (!HEREDOC_KEYWORDS.has(trigger)) return none
  const names: string[] = []
  let tabbed = false
  for (const word of words) {
    if (!word.startsWith('<<') || word.length <= 2) continue
    if (word.startsWith('<<-')) tabbed = true
    const name = heredocName(word)
    if (name !== null) names.push(name)
  }
  return { names, tabbed }
}

function heredocName(word: string): string | null {
  let name = word.slice(word.startsWith('<<-') ? 3 : 2)
  for (const quote of ['"', "'"]) {
    if (!name.startsWith(quote)) continue
    if (!name.endsWith(quote) || name.length < 2) return null
    name = name.slice(1, -1)
  }
  return name.startsWith('<') ? null : name
}

/** Moves to the line that closes the heredoc (tabs before it allowed with <<-), or to the end. */
function skipHeredoc(lines: Lines, name: string, tabbed: boolean): void {
  while (lines.next()) {
    let start = lines.start
    if (tabbed) while (lines.text.charCodeAt(start) === 9 && start < lines.end) start += 1
    if (lines.body.slice(start - lines.start) === name) return
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13
}

function firstNonSpace(text: string, from: number, to: number): number {
  let position = from
  while (position < to && isSpace(text.charCodeAt(position))) position += 1
  return position
}

/** The offset just after the last character of [from, to) that is not space or a line break. */
function lastNonSpace(text: string, from: number, to: number): number {
  let position = to
  while (position > from && (isSpace(text.charCodeAt(position - 1)) || text.charCodeAt(position - 1) === 10)) position -= 1
  return position
}
