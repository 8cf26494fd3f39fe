/** Build arguments in scope: a value, or null for `ARG NAME` declared without a default. */
export type ArgScope = ReadonlyMap<string, string | null>

export interface Expansion {
  /** The text with every variable replaced; null when one had no value. */
  value: string | null
  /** Variables that had no value (declared without a default, or never declared). */
  missing: string[]
}

/** BuildKit defines these for every build; without --platform they describe the builder's own platform. */
export function automaticPlatformArgs(platform = 'linux/amd64'): Map<string, string> {
  const [os = 'linux', arch = 'amd64', variant = ''] = platform.split('/')
  const args = new Map<string, string>()
  for (const prefix of ['BUILD', 'TARGET']) {
    args.set(`${prefix}PLATFORM`, platform)
    args.set(`${prefix}OS`, os)
    args.set(`${prefix}ARCH`, arch)
    args.set(`${prefix}VARIANT`, variant)
  }
  return args
}

/**
 * Expands `$V`, `${V}`, `${V:-x}`, `${V-x}`, `${V:+x}`, `${V+x}` and `${V:?msg}` as BuildKit's shell
 * lexer does, words nested at any depth (`${A:-${B:-x}}`). A variable with no value does not
 * become "" (as an unset one does in a real build): the base would then be whatever the build
 * passes, and saying "unresolved" is more honest than guessing.
 */
export function expandArgs(text: string, scope: ArgScope, escapeChar = '\\'): Expansion {
  const missing: string[] = []
  const value = new Expander(text, scope, escapeChar, missing).word('')
  const unique = [...new Set(missing)]
  return { value: unique.length > 0 ? null : value, missing: unique }
}

class Expander {
  private position = 0

  constructor(
    private readonly text: string,
    private readonly scope: ArgScope,
    private readonly escapeChar: string,
    private readonly missing: string[],
  ) {}

  /** Reads up to `stop` (a "}" closing an enclosing `${…}`), or the end. */
  word(stop: string): string {
    let out = ''
    while (this.position < this.text.length) {
      const char = this.text.charAt(this.position)
      if (char === stop) return out
      if (char === this.escapeChar && this.text.charAt(this.position + 1) === '$') {
        out += '$'
        this.position += 2
      } else if (char === '$') {
        this.position += 1
        out += this.variable()
      } else {
        out += char
        this.position += 1
      }
    }
    return out
  }

  private variable(): string {
    if (this.text.charAt(this.position) === '{') {
      this.position += 1
      return this.braced()
    }
    const name = this.name()
    if (name === '') return '$'
    return this.lookup(name)
  }

  private braced(): string {
    const name = this.name()
    const operator = /^(:-|:\+|:\?|-|\+|\?)/.exec(this.text.slice(this.position))?.[0] ?? ''
    this.position += operator.length
    const before = this.missing.length
    const alternative = operator === '' ? '' : this.word('}')
    const alternativeMissing = this.missing.splice(before)
    this.position += 1 // the closing brace
    const value = this.scope.get(name)
    const isSet = value !== undefined && value !== null
    const isNonEmpty = isSet && value !== ''
    const use = (text: string): string => {
      this.missing.push(...alternativeMissing)
      return text
    }
    switch (operator) {
      case ':-': return isNonEmpty ? value : use(alternative)
      case '-': return isSet ? value : use(alternative)
      case ':+': return isNonEmpty ? use(alternative) : ''
      case '+': return isSet ? use(alternative) : ''
      default: return this.lookup(name)
    }
  }

  private name(): string {
    const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.position))
    const name = match?.[0] ?? ''
    this.position += name.length
    return name
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
