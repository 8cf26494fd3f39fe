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

const INSTRUCTIONS = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
])
const NOP_PREFIX = /^\/bin\/sh -c #\(nop\)\s*/
const SHELL_PREFIX = /^\/bin\/sh -c\s+/
const BUILDKIT_SUFFIX = /\s*# buildkit$/
const BUILD_ARGS = /^\|\d+\s+(?:\S+=\S*\s+)*/

/**
 * The catalogue keeps BuildKit's "RUN set -eux; … # buildkit"; the engine's steps arrive from
 * parse-created-by as instruction RUN + "set -eux; …", and older roots as a bare "# debian.sh …".
 * Reducing both to (instruction, command) lets one compare with the other whatever the form.
 */
export function stepKey(step: StepText): StepKey {
  let text = step.createdBy.trim().replace(BUILDKIT_SUFFIX, '')
  const nop = NOP_PREFIX.exec(text)
  if (nop) text = text.slice(nop[0].length)
  let instruction = step.instruction ?? null
  const keyword = /^([A-Z]+)(?:\s+|$)/.exec(text)
  if (keyword && INSTRUCTIONS.has(keyword[1] ?? '') && (instruction === null || instruction === keyword[1])) {
    instruction = keyword[1] ?? null
    text = text.slice(keyword[0].length)
  } else if (instruction === null && SHELL_PREFIX.test(text)) {
    instruction = 'RUN'
  }
  if (instruction === 'RUN') text = text.replace(BUILD_ARGS, '').replace(SHELL_PREFIX, '')
  return { instruction, body: text.replace(/\s+/g, ' ').trim() }
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
