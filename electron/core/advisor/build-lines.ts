import type { HistoryStep } from '../../../shared/model'

/**
 * One build instruction the advisor reads facts from: an image's history step or a Dockerfile
 * instruction. Both sources are reduced to this, so one set of rules reads either.
 */
export interface BuildLine {
  /** "RUN", "ENV", "COPY" …; null when not recognised. */
  instruction: string | null
  /** For RUN the command alone; otherwise the instruction as written ("ENV A=b", "COPY /a /b"). */
  text: string
  /** In the final image (or a Dockerfile's final stage), or in an earlier build stage. */
  stage: 'final' | 'build'
  /** Where a person finds it: "step 7", "line 12". */
  where: string
  /**
   * A Dockerfile's stage, by name or index ("build", "0"): COPY --from names it. Absent for image
   * history, which records no stages. A stage's FROM is a line too (instruction "FROM").
   */
  stageName?: string
}

export function linesFromHistory(history: readonly HistoryStep[], stage: BuildLine['stage'] = 'final'): BuildLine[] {
  return history.map((step) => ({ instruction: step.instruction, text: step.createdBy, stage, where: `step ${step.step}` }))
}

const MEMO_LIMIT = 100_000

/**
 * `split` remembering its answers for the texts seen lately: every rule reads the same lines
 * again, and a 1 MiB RUN line was re-split by each of them (most of a 6 s analysis went to
 * allocating those copies). Bounded: forgotten past MEMO_LIMIT texts. Callers must not mutate.
 */
export function memoizedSplit<T>(split: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>()
  return (text) => {
    // One lookup on a hit, not has() then get(): the rules ask ~60 times per RUN line of a file.
    const known = memo.get(text)
    if (known !== undefined || memo.has(text)) return known as T
    if (memo.size >= MEMO_LIMIT) memo.clear()
    const value = split(text)
    memo.set(text, value)
    return value
  }
}

/**
 * The simple commands of a shell line: "apt-get update && apt-get install -y gcc; make" gives
 * three. Continuations and the tabs the official images indent with become plain spaces.
 */
export const shellCommands: (text: string) => string[] = memoizedSplit((text) =>
  text
    .replace(/\\\r?\n/g, ' ')
    .split(/&&|\|\||[;|\n]/)
    .map((part) => part.replace(/[\t ]+/g, ' ').trim())
    .filter((part) => part !== ''),
)

/** The words of one simple command, quotes removed ("pip install 'numpy==2.*'" -> pip, install, numpy==2.*). */
export const words: (command: string) => string[] = memoizedSplit((command) =>
  (command.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map((word) => word.replace(/^["']|["']$/g, '')),
)

/**
 * Name=value pairs of an ENV step ("ENV A=1 B=2", the legacy "ENV A 1") or of a config env
 * entry ("A=1").
 */
export function envPairs(text: string): Array<[string, string]> {
  const body = text.replace(/^ENV\s+/, '').trim()
  const legacy = /^([A-Za-z_][A-Za-z0-9_]*)\s+([^=\s].*)$/.exec(body)
  if (legacy && !body.split(/\s+/)[0]?.includes('=')) return [[legacy[1] ?? '', (legacy[2] ?? '').trim()]]
  return words(body).flatMap((word) => {
    const at = word.indexOf('=')
    return at > 0 ? [[word.slice(0, at), word.slice(at + 1)] as [string, string]] : []
  })
}

/** Every NAME=value the lines' ENV steps and the config set, later ones winning. */
export function envOf(lines: readonly BuildLine[], configEnv: readonly string[] = []): Map<string, string> {
  const env = new Map<string, string>()
  for (const line of lines) {
    if (line.instruction === 'ENV') for (const [name, value] of envPairs(line.text)) env.set(name, value)
  }
  for (const entry of configEnv) for (const [name, value] of envPairs(entry)) env.set(name, value)
  return env
}

export function isRun(line: BuildLine): boolean {
  return line.instruction === 'RUN'
}

/** The argv of an exec-form instruction (ENTRYPOINT ["/a", "b"], history's ["/bin/sh" "-c" "x"]); null for shell form. */
export function execForm(text: string): string[] | null {
  const json = bracketed(text.replace(/^(ENTRYPOINT|CMD|SHELL|HEALTHCHECK)\s+/, '').trim())
  return json === null ? null : words(json.replace(/",\s*"/g, '" "').replace(/,\s*$/, ''))
}

/**
 * What stands between the first '[' of the last line and a ']' ending the text; null when it does
 * not end so. String search, not /\[(.*)\]\s*$/, which moves super-linearly over runs of '['.
 */
function bracketed(text: string): string | null {
  if (!text.endsWith(']')) return null
  const lastLine = text.slice(text.lastIndexOf('\n') + 1)
  const open = lastLine.indexOf('[')
  return open === -1 ? null : lastLine.slice(open + 1, -1)
}

/** The program of a simple command, past VAR=value assignments and sudo/env/exec. */
export function programOf(command: string): string {
  const argv = words(command)
  const program = argv.find((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word) && !['sudo', 'env', 'exec', 'RUN'].includes(word))
  return program ?? ''
}
