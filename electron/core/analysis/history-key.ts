import { parseCreatedBy } from '../images/parse-created-by'
/** A history step as both the engine (via parse-created-by) and the catalogue write it. */
export interface StepText {
  instruction?: string | null
  createdBy: string
}

export interface StepKey {
  /** RUN, ENV …; null when the text does not say (an old `# debian.sh …` root step, say). */
  instruction: string | null
  /** The command with builder noise and whitespace differences removed. */
  body: string
}

/**
 * The catalogue keeps BuildKit's "RUN set -eux; … # buildkit"; the engine's steps arrive from
 * parse-created-by as instruction RUN + "set -eux; …", and older roots as a bare "# debian.sh …".
 * Both go through the one parser of builder formats, then lose the keyword the text may still
 * lead with ("ENV A=b"), so either form compares with the other.
 */
export function stepKey(step: StepText): StepKey {
  const parsed = step.instruction ? { instruction: step.instruction, createdBy: step.createdBy } : parseCreatedBy(step.createdBy)
  const text = parsed.createdBy.trim()
  const keyword = parsed.instruction === null ? null : `${parsed.instruction} `
  const body = keyword !== null && text.startsWith(keyword) ? text.slice(keyword.length) : text
  return { instruction: parsed.instruction, body: body.replace(/\s+/g, ' ').trim() }
}

/** Same command; an unknown instruction on either side does not count against the match. */
export function sameStep(a: StepKey, b: StepKey): boolean {
  if (a.body !== b.body) return false
  return a.instruction === null || b.instruction === null || a.instruction === b.instruction
}

/** True when every step of `base` matches the step of `steps` at the same position. */
export function isHistoryPrefix(base: readonly StepKey[], steps: readonly StepKey[]): boolean {
  if (base.length > steps.length) return false
  return base.every((key, index) => {
    const other = steps[index]
    return other !== undefined && sameStep(key, other)
  })
}
