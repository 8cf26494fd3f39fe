import { ShellWord } from './shell-word'

/** Build arguments in scope: a value, or null for `ARG NAME` declared without a default. */
export type ArgScope = ReadonlyMap<string, string | null>

export interface Expansion {
  /** The word with quotes removed and every variable replaced; null when one had no value or the word is malformed. */
  value: string | null
  /** Variables that had no value (declared without a default, or never declared). */
  missing: string[]
  /** Why the builder would refuse the word (an unclosed quote, `${}`); null when it reads. */
  error: string | null
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
 * Reads one word of an ARG default, ENV value or FROM line the way BuildKit's shell lexer does:
 * quotes removed, escapes applied, `$V`, `${V}`, `${V:-x}`, `${V-x}`, `${V:+x}`, `${V+x}` and
 * `${V:?msg}` expanded, words nested at any depth (`${A:-"${B:-x}"}`). A variable with no value
 * does not become "" (as an unset one does in a real build): the base would then be whatever the
 * build passes, and saying "unresolved" is more honest than guessing.
 */
export function expandArgs(text: string, scope: ArgScope, escapeChar = '\\'): Expansion {
  const word = new ShellWord(text, scope, escapeChar)
  try {
    const value = word.read()
    const missing = [...new Set(word.missing)]
    return { value: missing.length > 0 ? null : value, missing, error: null }
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error
    return { value: null, missing: [...new Set(word.missing)], error: error.message }
  }
}
