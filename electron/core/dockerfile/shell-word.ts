/**
 * BuildKit's word processing (frontend/dockerfile/shell/lex.go), re-derived from its rules:
 * - outside quotes the escape character (`\`, or `` ` `` after `# escape=`) makes the next
 *   character literal, and is dropped at the end of the word;
 * - single quotes keep everything literal up to the next `'`;
 * - double quotes keep everything literal except `$`, and the escape character before `"`, `$`
 *   or itself; any other escape stays as written;
 * - `$NAME`, `${NAME}` and `${NAME<op>word}` expand, the word itself read by these same rules.
 * An unclosed quote or brace, `${}` and `${:x}` are errors, as they fail the build.
 * One pass, each character read once: hostile text costs time in proportion to its length.
 * Nesting is bounded (BuildKit's is not, Go stacks grow): 100,000 nested `${A:-` overflowed ours.
 */
export class ShellWord {
  readonly missing: string[] = []
  private position = 0
  private depth = 0

  constructor(
    private readonly text: string,
    private readonly scope: ReadonlyMap<string, string | null>,
    private readonly escapeChar: string,
  ) {}

  read(): string {
    return this.until(null)
  }

  /** Reads up to `stop` (consumed), or to the end when stop is null. */
  private until(stop: string | null): string {
    let out = ''
    while (this.position < this.text.length) {
      const char = this.text.charAt(this.position)
      if (char === stop) {
        this.position += 1
        return out
      }
      if (char === '$') out += this.dollar()
      else if (char === "'") out += this.singleQuoted()
      else if (char === '"') out += this.doubleQuoted()
      else if (char === this.escapeChar) {
        out += this.text.charAt(this.position + 1)
        this.position += 2
      } else {
        out += char
        this.position += 1
      }
    }
    if (stop !== null) throw new SyntaxError(`missing "${stop}"`)
    return out
  }

  private singleQuoted(): string {
    const close = this.text.indexOf("'", this.position + 1)
    if (close === -1) throw new SyntaxError('a single quote is never closed')
    const inside = this.text.slice(this.position + 1, close)
    this.position = close + 1
    return inside
  }

  private doubleQuoted(): string {
    let out = ''
    this.position += 1
    while (this.position < this.text.length) {
      const char = this.text.charAt(this.position)
      if (char === '"') {
        this.position += 1
        return out
      }
      if (char === '$') {
        out += this.dollar()
        continue
      }
      this.position += 1
      const next = this.text.charAt(this.position)
      if (char === this.escapeChar && (next === '"' || next === '$' || next === this.escapeChar)) {
        out += next
        this.position += 1
      } else if (!(char === this.escapeChar && next === '')) {
        out += char
      }
    }
    throw new SyntaxError('a double quote is never closed')
  }

  private dollar(): string {
    this.position += 1
    if (this.text.charAt(this.position) !== '{') {
      const name = this.name()
      return name === '' ? '$' : this.lookup(name)
    }
    this.position += 1
    const first = this.text.charAt(this.position)
    if (first === '') throw new SyntaxError('missing "}"')
    if (first === '{' || first === '}' || first === ':') throw new SyntaxError('bad substitution: "${" needs a variable name')
    return this.braced(this.name())
  }

  private braced(name: string): string {
    let operator = this.text.charAt(this.position)
    this.position += 1
    if (operator === '}') return this.lookup(name)
    const nullIsUnset = operator === ':'
    if (nullIsUnset) {
      operator = this.text.charAt(this.position)
      this.position += 1
    }
    if (operator === '') throw new SyntaxError('missing "}"')
    if (!['-', '+', '?', '#', '%', '/'].includes(operator)) throw new SyntaxError(`bad substitution: "${operator}" after \${${name}`)
    if (!['-', '+', '?'].includes(operator)) {
      // ${V#pattern}, ${V%pattern}, ${V/from/to}: BuildKit knows them; a FROM line with one is rare
      // enough that naming it unresolved beats a second, partial pattern matcher.
      this.skipBraced()
      this.missing.push(name)
      return ''
    }
    const before = this.missing.length
    if (this.depth >= MAX_NESTING) throw new SyntaxError(`variables nested more than ${MAX_NESTING} deep`)
    this.depth += 1
    const word = this.until('}')
    this.depth -= 1
    const wordMissing = this.missing.splice(before)
    const value = this.scope.get(name)
    const isSet = value !== undefined && value !== null
    const isEmpty = !isSet || (nullIsUnset && value === '')
    const use = (text: string): string => {
      this.missing.push(...wordMissing)
      return text
    }
    if (operator === '-') return isEmpty ? use(word) : value
    if (operator === '+') return isEmpty ? '' : use(word)
    return this.lookup(name)
  }

  /** Steps over the rest of a `${…}` whose operator we do not evaluate, nesting included. */
  private skipBraced(): void {
    let depth = 1
    while (this.position < this.text.length && depth > 0) {
      const char = this.text.charAt(this.position)
      if (char === this.escapeChar) this.position += 1
      else if (char === '{') depth += 1
      else if (char === '}') depth -= 1
      this.position += 1
    }
    if (depth > 0) throw new SyntaxError('missing "}"')
  }

  /** Letters, digits and "_"; a leading digit reads digits only; one special parameter ($@, $#, …). */
  private name(): string {
    const start = this.position
    const first = this.text.charCodeAt(start)
    if (isDigit(first)) {
      while (isDigit(this.text.charCodeAt(this.position))) this.position += 1
    } else if ('@*#?-$!'.includes(this.text.charAt(start)) && start < this.text.length) {
      this.position += 1
    } else {
      while (isNameChar(this.text.charCodeAt(this.position))) this.position += 1
    }
    return this.text.slice(start, this.position)
  }

  private lookup(name: string): string {
    const value = this.scope.get(name)
    if (value === undefined || value === null) {
      this.missing.push(name)
      return ''
    }
    return value
  }
}

const MAX_NESTING = 100

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isNameChar(code: number): boolean {
  return isDigit(code) || code === 95 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
