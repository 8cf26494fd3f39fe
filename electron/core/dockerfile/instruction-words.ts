/** `--name=value` before an instruction's arguments; value null for a bare `--flag`. */
export interface InstructionFlag {
  name: string
  value: string | null
}

/** Instructions whose leading `--` words are flags, and the word that ends them. */
const FLAGGED = new Set(['FROM', 'COPY', 'ADD', 'RUN'])

/**
 * The flags of an instruction, read from its joined text (`joinContinuations`). Only the leading
 * words are looked at, so a 1 MiB RUN line costs no more than a short one.
 */
export function readFlags(keyword: string, joined: string, escape: string): InstructionFlag[] {
  const isHealthcheck = keyword === 'HEALTHCHECK'
  if (!FLAGGED.has(keyword) && !isHealthcheck) return []
  const flags: InstructionFlag[] = []
  const words = new Words(joined)
  for (let raw = words.next(); raw !== null; raw = words.next()) {
    const word = wordValue(raw, escape)
    // HEALTHCHECK's flags run up to CMD or NONE; the others' up to the first word without "--".
    if (isHealthcheck ? ['CMD', 'NONE'].includes(word.toUpperCase()) : !word.includes('--')) break
    if (!word.startsWith('--')) continue
    const equals = word.indexOf('=')
    flags.push(equals === -1 ? { name: word.slice(2), value: null } : { name: word.slice(2, equals), value: word.slice(equals + 1) })
  }
  return flags
}

/** The first `count` words of a text (split at spaces, tabs and line breaks). */
export function firstWords(text: string, count: number): string[] {
  const words = new Words(text)
  const found: string[] = []
  for (let word = words.next(); word !== null && found.length < count; word = words.next()) found.push(word)
  return found
}

/** Words one at a time, so reading the first few of a long line does not split all of it. */
class Words {
  private position = 0

  constructor(private readonly text: string) {}

  next(): string | null {
    while (this.position < this.text.length && isBlank(this.text.charCodeAt(this.position))) this.position += 1
    if (this.position >= this.text.length) return null
    const start = this.position
    while (this.position < this.text.length && !isBlank(this.text.charCodeAt(this.position))) this.position += 1
    return this.text.slice(start, this.position)
  }
}

/** A word with its escapes applied: the escaped character stays, except `\$`, kept for the variable expansion. */
export function wordValue(word: string, escape: string): string {
  if (!word.includes(escape)) return word
  let out = ''
  for (let i = 0; i < word.length; i += 1) {
    const char = word.charAt(i)
    if (char !== escape) {
      out += char
      continue
    }
    const next = word.charAt(i + 1)
    if (next === '') break
    out += next === '$' ? char + next : next
    i += 1
  }
  return out
}

/**
 * NAME[=default] pairs of an ARG, defaults as written (quotes kept: expandArgs reads them as
 * BuildKit does). Continuation lines are joined as the builder joins them; `ARG NAME value`
 * (ENV's legacy form, which ARG does not have) declares NAME without a default.
 */
export function readArgs(args: string, escape: string): Array<{ name: string; value: string | null }> {
  const words = quotedWords(joinContinuations(args, escape), escape)
  const first = words[0]
  if (first === undefined) return []
  if (words.length > 1 && !first.includes('=')) return [{ name: nameOf(first, escape), value: null }]
  return words.map((word) => {
    const equals = nameEnd(word)
    return equals === -1 ? { name: nameOf(word, escape), value: null } : { name: nameOf(word.slice(0, equals), escape), value: word.slice(equals + 1) }
  })
}

/** Where the name of `name=value` ends; -1 when the word is only a name ("=" inside a quoted name does not count). */
function nameEnd(word: string): number {
  const equals = word.indexOf('=')
  if (equals === -1) return -1
  const initial = word.charAt(0)
  if (initial !== '"' && initial !== "'") return equals
  return word.charAt(equals - 1) === initial ? equals : -1
}

function nameOf(written: string, escape: string): string {
  const initial = written.charAt(0)
  const name = written.length >= 2 && (initial === '"' || initial === "'") && written.endsWith(initial) ? written.slice(1, -1) : written
  return wordValue(name, escape)
}

/**
 * Physical lines joined as BuildKit joins them: the trailing escape removed, blank and comment
 * lines inside dropped, nothing added ("ope\\⏎njdk:17" is "openjdk:17").
 */
export function joinContinuations(args: string, escape: string): string {
  if (!args.includes('\n')) return args
  return args
    .split('\n')
    .filter((line, index) => index === 0 || (line.trim() !== '' && !line.trimStart().startsWith('#')))
    .map((line) => {
      const body = line.trimEnd()
      return body.endsWith(escape) ? body.slice(0, -escape.length) : body
    })
    .join('')
}

/** Words split at white space outside quotes; quotes and escapes kept as written. */
function quotedWords(text: string, escape: string): string[] {
  const words: string[] = []
  let start = -1
  let quote = ''
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i)
    const isSpace = char === ' ' || char === '\t' || char === '\r'
    if (quote === '' && isSpace) {
      if (start !== -1) words.push(text.slice(start, i))
      start = -1
      continue
    }
    if (start === -1) start = i
    if (char === escape && quote !== "'") i += 1
    else if (quote === '' && (char === '"' || char === "'")) quote = char
    else if (char === quote) quote = ''
  }
  if (start !== -1) words.push(text.slice(start))
  return words
}

/** `text` as written without its first `count` words (keyword, flags); a word may run on across a continuation. */
export function dropWords(text: string, count: number, escape: string): string {
  let position = 0
  for (let word = 0; word < count && position < text.length; word += 1) {
    position = skipWhile(text, position, escape, false)
    position = skipWhile(text, position, escape, true)
  }
  return text.slice(position)
}

/** Past the characters that are blank (or not), continuations skipped either way. */
function skipWhile(text: string, from: number, escape: string, blank: boolean): number {
  let position = from
  while (position < text.length) {
    const after = afterContinuation(text, position, escape)
    if (after !== -1) position = after
    else if (isBlank(text.charCodeAt(position)) === blank) position += 1
    else return position
  }
  return position
}

/** Where the next content line starts when an escaped line break (and blank or comment lines) is at `position`; -1 otherwise. */
function afterContinuation(text: string, position: number, escape: string): number {
  if (text.charAt(position) !== escape) return -1
  let at = position + 1
  while (at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9 || text.charCodeAt(at) === 13)) at += 1
  if (at < text.length && text.charAt(at) !== '\n') return -1
  for (;;) {
    const start = at + 1
    if (start >= text.length) return text.length
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    const body = text.slice(start, end).trim()
    if (body !== '' && !body.startsWith('#')) return start
    at = end
  }
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10
}
